import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useMemo, useState } from "react";
import {
  formatDate,
  formatProgress,
  formatYi,
  periodLabel,
  yiToWan,
} from "../../../domain/formats";
import { localized } from "../../../domain/i18n";
import type { ProjectRecord } from "../../../domain/project";
import {
  type ReportFormField,
  type ReportFormValues,
  readReportForm,
  reportFormMessages,
} from "../../../domain/report-form";
import {
  checkReport,
  previousAcceptedReport,
  reportIssueMessage,
} from "../../../domain/report-input";
import { useProject } from "../../api/projects";
import { queryKeys } from "../../api/query-keys";
import { ApiError } from "../../api/read-json";
import { putReport, type Round, type RoundReport } from "../../api/reports";
import { AsyncState } from "../../components/async-state";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { reportFormText } from "./messages";
import { clearDraft, type Draft, loadDraft, newKey, saveDraft } from "./report-draft";

type Props = {
  projectId: string;
  round: Round;
  row: RoundReport | undefined;
  /** Staff and admins' reports count at once; a unit's wait for review. */
  staff: boolean;
  onSent: (message: "saved" | "savedStaff") => void;
};

type ServerIssue = { field: string; message: string };
type FieldKey = ReportFormField | "reason" | "period";

/** The form a stored report (submitted or returned) is shown in, so nothing sent is typed again. */
function valuesFrom(project: ProjectRecord, row: RoundReport | undefined): ReportFormValues {
  const report = row?.report;
  const reached = new Map((report?.milestones ?? []).map((m) => [m.id, m.doneOn]));
  return {
    investmentWan: report ? String(yiToWan(report.completedInvestment)) : "",
    progress: report ? String(report.progress) : "",
    note: report?.note ?? "",
    milestones: project.milestones
      .filter((m) => m.actualDate === null || reached.has(m.id))
      .map((m) => ({ id: m.id, reached: reached.has(m.id), doneOn: reached.get(m.id) ?? "" })),
    reason: report?.reason ?? "",
    overTotal: report?.overTotal ?? false,
  };
}

export function ReportForm(props: Props) {
  const query = useProject(props.projectId);
  return (
    <AsyncState query={query}>
      {() =>
        query.data && <ReportFormBody {...props} project={query.data.project as ProjectRecord} />
      }
    </AsyncState>
  );
}

function ReportFormBody({
  project,
  round,
  row,
  staff,
  onSent,
}: Props & { project: ProjectRecord }) {
  const t = useMessages(reportFormText);
  const problemText = useMessages(reportFormMessages);
  const lang = useLang();
  const client = useQueryClient();
  const id = useId();
  const period = round.period;
  const target = { projectId: project.id, period };
  const [draft, setDraft] = useState<Draft>(
    () =>
      loadDraft(target) ?? {
        values: valuesFrom(project, row),
        key: newKey(),
        baseVersion: row?.version ?? 0,
      },
  );
  const [tried, setTried] = useState(false);
  const [serverIssues, setServerIssues] = useState<ServerIssue[]>([]);
  const [notice, setNotice] = useState<"offline" | "conflict" | "fixBelow" | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const values = draft.values;

  // Every change typed is kept on the device at once: a reload, a crash or a dropped network
  // loses nothing. Only once something is typed, so an untouched form leaves no stale copy.
  const [touched, setTouched] = useState(false);
  const projectId = project.id;
  useEffect(() => {
    if (touched) saveDraft({ projectId, period }, draft);
  }, [touched, draft, projectId, period]);

  const update = (patch: Partial<ReportFormValues>) => {
    setServerIssues([]);
    setTouched(true);
    setDraft((d) => ({ ...d, values: { ...d.values, ...patch } }));
  };

  const previous = previousAcceptedReport(project.reports, period);
  const read = readReportForm(values);
  const issues = useMemo(
    () => (read.input ? checkReport(read.input, project, previous, round, period, lang) : []),
    [read.input, project, previous, round, period, lang],
  );

  const errors: Partial<Record<FieldKey, string[]>> = {};
  const add = (field: FieldKey, message: string) => {
    errors[field] = [...(errors[field] ?? []), message];
  };
  for (const [field, problem] of Object.entries(read.problems))
    if (tried || problem !== "required") add(field as FieldKey, problemText(problem));
  for (const issue of issues) add(issue.field, reportIssueMessage(issue, lang));
  for (const issue of serverIssues) if (!issues.length) add(issue.field as FieldKey, issue.message);
  const overTotalAsked = issues.some((i) => i.code === "over_total") || values.overTotal;

  const send = useMutation({
    mutationFn: () => {
      if (!read.input) throw new Error("unreadable form");
      return putReport(target, read.input, {
        baseVersion: draft.baseVersion,
        idempotencyKey: draft.key,
      });
    },
    onSuccess: () => {
      setTouched(false);
      clearDraft(target);
      client.invalidateQueries({ queryKey: queryKeys.rounds() });
      client.invalidateQueries({ queryKey: queryKeys.projects() });
      onSent(staff ? "savedStaff" : "saved");
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      if (error.status === 0) return setNotice("offline");
      if (error.status === 412) {
        setNotice("conflict");
        client.invalidateQueries({ queryKey: queryKeys.rounds() });
        return;
      }
      const details = error.details as { issues?: ServerIssue[] } | undefined;
      if (details?.issues?.length) {
        setServerIssues(details.issues);
        return setNotice("fixBelow");
      }
      setServerError(error.message);
    },
  });

  // After a conflict the newer version is known: what was typed stays, and sending again (a new
  // sending, so a new key) is over that version once the person has looked at it.
  useEffect(() => {
    if (notice !== "conflict" || row?.version === undefined || row.version === draft.baseVersion)
      return;
    const version = row.version;
    setDraft((d) => ({ ...d, key: newKey(), baseVersion: version }));
  }, [notice, row, draft.baseVersion]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setServerError(null);
    if (!read.input || issues.length) return setNotice("fixBelow");
    setNotice(null);
    send.mutate();
  };

  const fieldId = (field: string) => `${id}-${field}`;
  const errorList = (field: FieldKey) =>
    errors[field]?.length ? (
      <ul className="report-form__errors" id={fieldId(`${field}-error`)}>
        {errors[field]?.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    ) : null;
  const described = (field: FieldKey, hint?: boolean) =>
    [hint ? fieldId(`${field}-hint`) : "", errors[field]?.length ? fieldId(`${field}-error`) : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  const cumulative = previous?.cumulativeInvestment ?? project.cumulativeInvestment;
  const previousProgress = previous?.progress ?? project.progress;

  return (
    <form className="report-form" onSubmit={submit} noValidate>
      {/* The browser knows it is offline: the sending waits and goes by itself once back online. */}
      {send.isPaused && (
        <p className="report-form__notice" role="status">
          {t("waitingForNetwork")}
        </p>
      )}
      {notice && (
        <p className="report-form__notice" role="alert">
          {t(notice)}
        </p>
      )}
      {serverError && (
        <p className="report-form__notice" role="alert">
          {serverError}
        </p>
      )}
      {errorList("period")}
      <div className="report-form__row">
        <div className="field report-form__field">
          <label htmlFor={fieldId("investment")}>{t("investmentWan")}</label>
          <input
            id={fieldId("investment")}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            value={values.investmentWan}
            aria-invalid={Boolean(errors.investment?.length)}
            aria-describedby={described("investment", true)}
            onChange={(e) => update({ investmentWan: e.target.value })}
          />
          <span className="report-form__hint" id={fieldId("investment-hint")}>
            {t("investmentHint", {
              cumulative: formatYi(cumulative, lang),
              total: formatYi(project.totalInvestment, lang),
            })}
          </span>
          {errorList("investment")}
          {overTotalAsked && (
            <label className="report-form__check">
              <input
                type="checkbox"
                checked={values.overTotal}
                onChange={(e) => update({ overTotal: e.target.checked })}
              />
              {t("overTotal")}
            </label>
          )}
        </div>
        <div className="field report-form__field">
          <label htmlFor={fieldId("progress")}>{t("progress")}</label>
          <input
            id={fieldId("progress")}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            value={values.progress}
            aria-invalid={Boolean(errors.progress?.length)}
            aria-describedby={described("progress", true)}
            onChange={(e) => update({ progress: e.target.value })}
          />
          <span className="report-form__hint" id={fieldId("progress-hint")}>
            {t("progressHint", { previous: formatProgress(previousProgress, lang) })}
          </span>
          {errorList("progress")}
        </div>
      </div>
      <fieldset className="report-form__milestones" aria-describedby={described("milestones")}>
        <legend>{t("milestones")}</legend>
        {values.milestones.length === 0 && <p className="report-form__hint">{t("noMilestones")}</p>}
        {values.milestones.map((m, i) => {
          const milestone = project.milestones.find((x) => x.id === m.id);
          if (!milestone) return null;
          const set = (patch: Partial<typeof m>) =>
            update({
              milestones: values.milestones.map((x, j) => (j === i ? { ...x, ...patch } : x)),
            });
          return (
            <div key={m.id} className="report-form__milestone">
              <label className="report-form__check">
                <input
                  type="checkbox"
                  checked={m.reached}
                  onChange={(e) => set({ reached: e.target.checked })}
                />
                <span>
                  {localized(milestone, "name", lang)}{" "}
                  <small>
                    {t("milestonePlanned", { date: formatDate(milestone.plannedDate, lang) })}
                  </small>
                </span>
              </label>
              {m.reached && (
                <label className="report-form__date">
                  <span>{t("doneOn")}</span>
                  <input
                    type="date"
                    className="input"
                    value={m.doneOn}
                    onChange={(e) => set({ doneOn: e.target.value })}
                  />
                </label>
              )}
            </div>
          );
        })}
        {errorList("milestones")}
      </fieldset>
      <div className="field report-form__field">
        <label htmlFor={fieldId("note")}>{t("note")}</label>
        <textarea
          id={fieldId("note")}
          className="input report-form__text"
          rows={3}
          placeholder={t("noteHint")}
          value={values.note}
          aria-describedby={described("note")}
          onChange={(e) => update({ note: e.target.value })}
        />
        {errorList("note")}
      </div>
      <div className="field report-form__field">
        <label htmlFor={fieldId("reason")}>{t("reason")}</label>
        <textarea
          id={fieldId("reason")}
          className="input report-form__text"
          rows={2}
          value={values.reason}
          aria-describedby={described("reason", true)}
          onChange={(e) => update({ reason: e.target.value })}
        />
        <span className="report-form__hint" id={fieldId("reason-hint")}>
          {t("reasonHint")}
        </span>
        {errorList("reason")}
      </div>
      <div className="report-form__actions">
        <button type="submit" className="button" disabled={send.isPending}>
          {send.isPending ? t("sending") : staff ? t("submitStaff") : t("submit")}
        </button>
        <span className="report-form__hint">
          {periodLabel(period, lang)} · {t("draftKept")}
        </span>
      </div>
    </form>
  );
}
