import { type FormEvent, type ReactNode, useId, useMemo, useState } from "react";
import { parseRosterRows, type RosterRowIssue } from "../../../domain/roster-paste";
import { categoryName } from "../../../domain/shared-messages";
import { useCategories } from "../../api/project-admin";
import { useProjects } from "../../api/projects";
import { ApiError } from "../../api/read-json";
import { Card } from "../../components/card";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { bodyOf, type DraftForm, freshKey, messagesAt, rowKey } from "./draft-form";
import { eventsAdminMessages } from "./messages";

type Issue = { field: string; message: string };

type Props = {
  title: string;
  note?: string;
  initial: DraftForm;
  saving: boolean;
  error: Error | null;
  submitLabel: string;
  savedVersion?: number;
  sheetCount?: number;
  onSave: (form: DraftForm) => void;
  onBack: () => void;
  onOpen?: { pending: boolean; run: () => void };
};

/** The server's per-field messages, shown under the field they concern. */
function FieldErrors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="field__error events-admin__errors" role="alert">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/** A labelled input in a row of inputs (a card of its own on a phone). */
function Cell(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  type?: string;
  inputMode?: "decimal" | "numeric";
  wide?: boolean;
}) {
  const id = useId();
  return (
    <div className={props.wide ? "field events-admin__cell--wide" : "field"}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        className="input"
        type={props.type ?? "text"}
        inputMode={props.inputMode}
        value={props.value}
        aria-invalid={props.invalid || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="events-admin__section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/** A draft's editor: every field, kept as typed when the server refuses it. */
export function DraftEditor(props: Props) {
  const t = useMessages(eventsAdminMessages);
  const [form, setForm] = useState(props.initial);
  const issues: Issue[] =
    props.error instanceof ApiError
      ? ((props.error.details as { issues?: Issue[] } | undefined)?.issues ?? [])
      : [];
  const at = (prefix: string) => messagesAt(issues, prefix);
  const set = <K extends keyof DraftForm>(key: K, value: DraftForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const dirty = JSON.stringify(bodyOf(form)) !== JSON.stringify(bodyOf(props.initial));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave(form);
  };
  return (
    <Card title={props.title}>
      <form className="events-admin__form" onSubmit={submit} noValidate>
        {props.note && <p className="events-admin__note">{props.note}</p>}
        <Section title={t("details")}>
          <div className="events-admin__row">
            <div className="events-admin__cell--wide">
              <Cell
                label={t("name")}
                value={form.name}
                invalid={at("name").length > 0}
                onChange={(v) => set("name", v)}
              />
              <FieldErrors messages={at("name")} />
            </div>
            <div>
              <Cell
                label={t("date")}
                type="date"
                value={form.date}
                invalid={at("date").length > 0}
                onChange={(v) => set("date", v)}
              />
              <FieldErrors messages={at("date")} />
            </div>
            <div className="events-admin__cell--wide">
              <Cell label={t("venue")} value={form.venue} onChange={(v) => set("venue", v)} />
              <FieldErrors messages={at("venue")} />
            </div>
          </div>
        </Section>
        <ProjectPicker
          chosen={form.projectIds}
          onChange={(ids) => set("projectIds", ids)}
          errors={at("projectIds")}
        />
        <SchemeSection form={form} setForm={setForm} at={at} sheetCount={props.sheetCount ?? 0} />
        <RosterSection form={form} setForm={setForm} at={at} />
        <RecusalSection form={form} setForm={setForm} at={at} />
        {props.error && (
          <p className="field__error" role="alert">
            {t("refused", { message: props.error.message })}
          </p>
        )}
        {props.savedVersion !== undefined && !dirty && (
          <p className="notice" role="status">
            {t("saved", { version: props.savedVersion })}
          </p>
        )}
        <div className="events-admin__buttons">
          <button type="submit" className="button" disabled={props.saving}>
            {props.saving ? t("saving") : props.submitLabel}
          </button>
          {props.onOpen && (
            <button
              type="button"
              className="button"
              disabled={props.onOpen.pending || dirty}
              onClick={props.onOpen.run}
            >
              {t("open")}
            </button>
          )}
          <button type="button" className="button button--ghost" onClick={props.onBack}>
            {t("backToList")}
          </button>
        </div>
        {props.onOpen && dirty && <p className="events-admin__note">{t("unsaved")}</p>}
      </form>
    </Card>
  );
}

/**
 * How many matches the picker lists: a city has thousands of projects, so past this the search
 * narrows them (chosen matches are always listed, so each can be unticked).
 */
export const PICKER_SHOWN = 50;

function ProjectPicker(props: {
  chosen: string[];
  onChange: (ids: string[]) => void;
  errors: string[];
}) {
  const t = useMessages(eventsAdminMessages);
  const lang = useLang();
  const projects = useProjects().data?.projects ?? [];
  const categories = useCategories().data?.categories ?? [];
  const [search, setSearch] = useState("");
  const searchId = useId();
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return projects.filter((p) => {
      if (!q) return true;
      const words = [p.name, p.nameEn, categoryName(p.category, lang, categories)];
      return words.some((w) => w.toLowerCase().includes(q));
    });
  }, [projects, categories, search, lang]);
  const chosen = new Set(props.chosen);
  const listed = shown.slice(0, PICKER_SHOWN);
  const listedIds = new Set(listed.map((p) => p.id));
  const chosenElsewhere = shown.filter((p) => chosen.has(p.id) && !listedIds.has(p.id));
  const toggle = (id: string) =>
    props.onChange(chosen.has(id) ? props.chosen.filter((c) => c !== id) : [...props.chosen, id]);
  return (
    <Section title={t("projects", { count: props.chosen.length })}>
      <div className="field">
        <label htmlFor={searchId}>{t("searchProjects")}</label>
        <input
          id={searchId}
          className="input"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <ul className="events-admin__projects">
        {[...chosenElsewhere, ...listed].map((p) => (
          <li key={p.id}>
            <label className="events-admin__project">
              <input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
              <span>{localized(p, "name", lang)}</span>
              <span className="events-admin__category">
                {categoryName(p.category, lang, categories)}
              </span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li>{t("noProjectMatch")}</li>}
      </ul>
      {shown.length > listed.length && (
        <p className="events-admin__note" role="status">
          {t("moreMatches", { n: shown.length - listed.length })}
        </p>
      )}
      <FieldErrors messages={props.errors} />
    </Section>
  );
}

type SectionProps = {
  form: DraftForm;
  setForm: (update: (f: DraftForm) => DraftForm) => void;
  at: (prefix: string) => string[];
};

/** Replaces one row of a list in the form. */
const withRow = <T,>(rows: readonly T[], i: number, row: Partial<T>) =>
  rows.map((r, j) => (j === i ? { ...r, ...row } : r));

function SchemeSection({ form, setForm, at, sheetCount }: SectionProps & { sheetCount: number }) {
  const t = useMessages(eventsAdminMessages);
  // Messages about one criterion show under its row; the rest (e.g. too few) under the list.
  const rowMessages = new Set(form.criteria.flatMap((_, i) => at(`scheme.criteria.${i}`)));
  const total = form.criteria.reduce((sum, c) => sum + (Number(c.max) || 0), 0);
  const weightId = useId();
  return (
    <>
      <Section title={t("scheme")}>
        {sheetCount > 0 && (
          <p className="notice notice--warning">{t("schemeLocked", { count: sheetCount })}</p>
        )}
        {form.criteria.map((c, i) => (
          <div className="events-admin__row events-admin__row--card" key={c.id}>
            <Cell
              wide
              label={t("criterionName")}
              value={c.name}
              onChange={(v) =>
                setForm((f) => ({ ...f, criteria: withRow(f.criteria, i, { name: v }) }))
              }
            />
            <Cell
              wide
              label={t("criterionNameEn")}
              value={c.nameEn}
              onChange={(v) =>
                setForm((f) => ({ ...f, criteria: withRow(f.criteria, i, { nameEn: v }) }))
              }
            />
            <Cell
              label={t("criterionMax")}
              inputMode="decimal"
              value={c.max}
              invalid={at(`scheme.criteria.${i}`).length > 0}
              onChange={(v) =>
                setForm((f) => ({ ...f, criteria: withRow(f.criteria, i, { max: v }) }))
              }
            />
            <button
              type="button"
              className="button button--small button--ghost events-admin__remove"
              aria-label={t("removeRow", { n: i + 1 })}
              onClick={() =>
                setForm((f) => ({ ...f, criteria: f.criteria.filter((_, j) => j !== i) }))
              }
            >
              {t("remove")}
            </button>
            <FieldErrors messages={at(`scheme.criteria.${i}`)} />
          </div>
        ))}
        <FieldErrors messages={at("scheme").filter((m) => !rowMessages.has(m))} />
        <div className="events-admin__buttons">
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              setForm((f) => ({
                ...f,
                criteria: [
                  ...f.criteria,
                  { id: freshKey("c", f.criteria), name: "", nameEn: "", max: "" },
                ],
              }))
            }
          >
            {t("addCriterion")}
          </button>
          <span className="events-admin__note">{t("schemeTotal", { total })}</span>
        </div>
      </Section>
      <Section title={t("rules")}>
        <div className="events-admin__row">
          <Cell
            wide
            label={t("trimMinSheets")}
            inputMode="numeric"
            value={form.trimMinSheets}
            invalid={at("rules.trimMinSheets").length > 0}
            onChange={(v) => setForm((f) => ({ ...f, trimMinSheets: v }))}
          />
          <Cell
            wide
            label={t("scoreWeight")}
            inputMode="decimal"
            value={form.scoreWeight}
            invalid={at("rules.scoreWeight").length > 0}
            onChange={(v) => setForm((f) => ({ ...f, scoreWeight: v }))}
          />
          <div className="field events-admin__check">
            <input
              id={weightId}
              type="checkbox"
              checked={form.weightByGroup}
              onChange={(e) => setForm((f) => ({ ...f, weightByGroup: e.target.checked }))}
            />
            <label htmlFor={weightId}>{t("weightByGroup")}</label>
          </div>
        </div>
        <FieldErrors messages={at("rules")} />
      </Section>
      <Section title={t("groups")}>
        {form.groups.map((g, i) => (
          <div className="events-admin__row events-admin__row--card" key={g.id}>
            <Cell
              wide
              label={t("groupName")}
              value={g.name}
              onChange={(v) =>
                setForm((f) => ({ ...f, groups: withRow(f.groups, i, { name: v }) }))
              }
            />
            <Cell
              wide
              label={t("groupNameEn")}
              value={g.nameEn}
              onChange={(v) =>
                setForm((f) => ({ ...f, groups: withRow(f.groups, i, { nameEn: v }) }))
              }
            />
            <Cell
              label={t("groupWeight")}
              inputMode="decimal"
              value={g.weight}
              invalid={at(`groups.${i}`).length > 0}
              onChange={(v) =>
                setForm((f) => ({ ...f, groups: withRow(f.groups, i, { weight: v }) }))
              }
            />
            <button
              type="button"
              className="button button--small button--ghost events-admin__remove"
              aria-label={t("removeRow", { n: i + 1 })}
              onClick={() => setForm((f) => ({ ...f, groups: f.groups.filter((_, j) => j !== i) }))}
            >
              {t("remove")}
            </button>
            <FieldErrors messages={at(`groups.${i}`)} />
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            setForm((f) => ({
              ...f,
              groups: [
                ...f.groups,
                { id: freshKey("g", f.groups), name: "", nameEn: "", weight: "" },
              ],
            }))
          }
        >
          {t("addGroup")}
        </button>
      </Section>
    </>
  );
}

function RosterSection({ form, setForm, at }: SectionProps) {
  const t = useMessages(eventsAdminMessages);
  const lang = useLang();
  const pasteId = useId();
  const [pasted, setPasted] = useState("");
  const [pasteIssues, setPasteIssues] = useState<RosterRowIssue[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const groups = form.groups.map((g) => ({ ...g, weight: Number(g.weight) || 1 }));
  const addPasted = () => {
    const { entries, issues } = parseRosterRows(pasted, groups, lang);
    setPasteIssues(issues);
    setAdded(issues.length ? null : entries.length);
    if (issues.length) return;
    setForm((f) => ({
      ...f,
      roster: [
        ...f.roster,
        ...entries.map((e) => ({
          key: rowKey(),
          label: e.label,
          name: e.name ?? "",
          groupId: e.groupId ?? "",
          unit: e.unit ?? "",
        })),
      ],
    }));
    setPasted("");
  };
  return (
    <Section title={t("roster", { count: form.roster.length })}>
      <p className="events-admin__note">{t("rosterNote")}</p>
      {form.roster.map((r, i) => (
        <div
          className="events-admin__row events-admin__row--card"
          key={r.key}
          data-testid="roster-row"
        >
          <Cell
            label={t("label")}
            value={r.label}
            invalid={at(`evaluators.${i}.label`).length > 0}
            onChange={(v) => setForm((f) => ({ ...f, roster: withRow(f.roster, i, { label: v }) }))}
          />
          <Cell
            label={t("personName")}
            value={r.name}
            onChange={(v) => setForm((f) => ({ ...f, roster: withRow(f.roster, i, { name: v }) }))}
          />
          <GroupSelect
            value={r.groupId}
            groups={form.groups}
            invalid={at(`evaluators.${i}.groupId`).length > 0}
            onChange={(v) =>
              setForm((f) => ({ ...f, roster: withRow(f.roster, i, { groupId: v }) }))
            }
          />
          <Cell
            wide
            label={t("unit")}
            value={r.unit}
            onChange={(v) => setForm((f) => ({ ...f, roster: withRow(f.roster, i, { unit: v }) }))}
          />
          <button
            type="button"
            className="button button--small button--ghost events-admin__remove"
            aria-label={t("removeRow", { n: i + 1 })}
            onClick={() => setForm((f) => ({ ...f, roster: f.roster.filter((_, j) => j !== i) }))}
          >
            {t("remove")}
          </button>
          <FieldErrors messages={at(`evaluators.${i}`)} />
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          setForm((f) => ({
            ...f,
            roster: [
              ...f.roster,
              {
                key: rowKey(),
                label: `评委${String(f.roster.length + 1).padStart(2, "0")}`,
                name: "",
                groupId: f.groups[0]?.id ?? "",
                unit: "",
              },
            ],
          }))
        }
      >
        {t("addEvaluator")}
      </button>
      <div className="field events-admin__paste">
        <label htmlFor={pasteId}>{t("pasteTitle")}</label>
        <p className="events-admin__note">{t("pasteHelp")}</p>
        <textarea
          id={pasteId}
          className="input"
          rows={4}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        <div>
          <button
            type="button"
            className="button button--small"
            disabled={!pasted.trim()}
            onClick={addPasted}
          >
            {t("pasteAdd")}
          </button>
        </div>
        {pasteIssues.length > 0 && (
          <div role="alert" className="field__error">
            <p>{t("pasteRefused")}</p>
            <ul>
              {pasteIssues.map((i) => (
                <li key={`${i.row}-${i.message}`}>{i.message}</li>
              ))}
            </ul>
          </div>
        )}
        {added !== null && (
          <p role="status" className="events-admin__note">
            {t("pasteAdded", { count: added })}
          </p>
        )}
      </div>
    </Section>
  );
}

function GroupSelect(props: {
  value: string;
  groups: DraftForm["groups"];
  invalid?: boolean;
  onChange: (value: string) => void;
}) {
  const t = useMessages(eventsAdminMessages);
  const lang = useLang();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t("group")}</label>
      <select
        id={id}
        className="input"
        value={props.value}
        aria-invalid={props.invalid || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.groups.map((g) => (
          <option key={g.id} value={g.id}>
            {lang === "zh" ? g.name : g.nameEn || g.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function RecusalSection({ form, setForm, at }: SectionProps) {
  const t = useMessages(eventsAdminMessages);
  const lang = useLang();
  const projects = useProjects().data?.projects ?? [];
  const names = new Map(projects.map((p) => [p.id, localized(p, "name", lang)]));
  const saved = form.roster.filter((r) => r.id);
  const labels = new Map(saved.map((r) => [r.id as string, r.label]));
  const [pick, setPick] = useState({ evaluatorId: "", projectId: "", reason: "" });
  const ids = { evaluator: useId(), project: useId(), reason: useId() };
  return (
    <Section title={t("recusals")}>
      <p className="events-admin__note">{t("recusalNote")}</p>
      <ul className="events-admin__recusals">
        {form.recusals.length === 0 && <li>{t("none")}</li>}
        {form.recusals.map((r, i) => (
          <li key={`${r.evaluatorId}-${r.projectId}`}>
            <span>
              {labels.get(r.evaluatorId) ?? r.evaluatorId} × {names.get(r.projectId) ?? r.projectId}
              {r.reason ? `：${r.reason}` : ""}
            </span>
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={t("removeRow", { n: i + 1 })}
              onClick={() =>
                setForm((f) => ({ ...f, recusals: f.recusals.filter((_, j) => j !== i) }))
              }
            >
              {t("remove")}
            </button>
            <FieldErrors messages={at(`recusals.${i}`)} />
          </li>
        ))}
      </ul>
      <div className="events-admin__row">
        <div className="field">
          <label htmlFor={ids.evaluator}>{t("recusalEvaluator")}</label>
          <select
            id={ids.evaluator}
            className="input"
            value={pick.evaluatorId}
            onChange={(e) => setPick({ ...pick, evaluatorId: e.target.value })}
          >
            <option value="">{t("choose")}</option>
            {saved.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name ? `${r.label}（${r.name}）` : r.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field events-admin__cell--wide">
          <label htmlFor={ids.project}>{t("recusalProject")}</label>
          <select
            id={ids.project}
            className="input"
            value={pick.projectId}
            onChange={(e) => setPick({ ...pick, projectId: e.target.value })}
          >
            <option value="">{t("choose")}</option>
            {form.projectIds.map((id) => (
              <option key={id} value={id}>
                {names.get(id) ?? id}
              </option>
            ))}
          </select>
        </div>
        <div className="field events-admin__cell--wide">
          <label htmlFor={ids.reason}>{t("recusalReason")}</label>
          <input
            id={ids.reason}
            className="input"
            value={pick.reason}
            onChange={(e) => setPick({ ...pick, reason: e.target.value })}
          />
        </div>
        <button
          type="button"
          className="button button--small"
          disabled={!pick.evaluatorId || !pick.projectId}
          onClick={() => {
            setForm((f) => ({
              ...f,
              recusals: [...f.recusals, { ...pick, reason: pick.reason.trim() }],
            }));
            setPick({ evaluatorId: "", projectId: "", reason: "" });
          }}
        >
          {t("addRecusal")}
        </button>
      </div>
    </Section>
  );
}
