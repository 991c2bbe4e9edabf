import { Link, useSearchParams } from "wouter";
import { formatDate } from "../../../domain/formats";
import { localized } from "../../../domain/i18n";
import { problemTypeText } from "../../../domain/problem-lifecycle";
import {
  type ProblemStateFilter,
  problemStateFilterSchema,
  problemStateFilters,
} from "../../../domain/problem-views";
import { type ProblemListItem, useProblems } from "../../api/problems";
import { AsyncState } from "../../components/async-state";
import { type DataColumn, DataTable } from "../../components/data-table";
import { IllustrativeTag } from "../../components/illustrative-tag";
import { ProblemActions, useCanActOnAny } from "../../components/problem-actions";
import { ProblemHistory } from "../../components/problem-history";
import { EscalatedMarker, ProblemStatusBadge } from "../../components/problem-status";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { problemsMessages } from "./messages";
import "./problems.css";

const stateChoices = ["all", ...problemStateFilterSchema.options] as const;
type StateChoice = (typeof stateChoices)[number];

/** The filters live in the URL (?state=overdue&unit=…), so a link shows the same list. */
function useProblemFilters() {
  const [params, setParams] = useSearchParams();
  const raw = params.get("state");
  const state: StateChoice = problemStateFilterSchema.safeParse(raw).success
    ? (raw as ProblemStateFilter)
    : "all";
  const unit = params.get("unit") ?? "";
  const set = (key: "state" | "unit", value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (!value || value === "all") next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return { state, unit, set };
}

const keep = (state: StateChoice, unit: string) => (p: ProblemListItem) =>
  (state === "all" || problemStateFilters[state](p)) && (!unit || p.ownerUnit === unit);

/** /problems: every project's problems, filtered by state and unit, sortable, with their steps. */
export function ProblemsPage() {
  const t = useMessages(problemsMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const query = useProblems();
  const { state, unit, set } = useProblemFilters();
  const data = query.data;
  return (
    <div className="problems-page">
      <header className="page-header">
        <h1>{t("title")}</h1>
        {data && (
          <span className="page-header__meta">
            {common("dataAsOf", { date: formatDate(data.asOf, lang) })}
          </span>
        )}
        <IllustrativeTag />
      </header>
      <AsyncState query={query}>
        {() => {
          if (!data) return null;
          const all = data.problems;
          const units = [...new Set(all.map((p) => p.ownerUnit))].sort((a, b) =>
            a.localeCompare(b, "zh-CN"),
          );
          const rows = all.filter(keep(state, unit));
          return (
            <>
              <p className="problems-page__intro">
                {t("intro", { limit: data.escalateProblemAfterDays })}
              </p>
              <div className="problems-filters">
                <fieldset className="problems-filters__states">
                  <legend className="visually-hidden">{t("filterState")}</legend>
                  {stateChoices.map((choice) => (
                    <label
                      key={choice}
                      className={`problems-chip${state === choice ? " is-active" : ""}`}
                    >
                      <input
                        type="radio"
                        name="problem-state"
                        value={choice}
                        checked={state === choice}
                        onChange={() => set("state", choice)}
                      />
                      {t(choice)}
                      <span className="problems-chip__count">
                        {all.filter(keep(choice, unit)).length}
                      </span>
                    </label>
                  ))}
                </fieldset>
                <label className="field problems-filters__unit">
                  {t("unit")}
                  <select
                    className="select"
                    value={unit}
                    onChange={(e) => set("unit", e.target.value)}
                  >
                    <option value="">{t("allUnits")}</option>
                    {units.map((u) => (
                      <option key={u} value={u}>
                        {localized(
                          all.find((p) => p.ownerUnit === u) ?? { ownerUnit: u, ownerUnitEn: u },
                          "ownerUnit",
                          lang,
                        )}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <p className="problems-page__count" aria-live="polite">
                {t("count", { shown: rows.length, total: all.length })}
              </p>
              <ProblemTable rows={rows} escalateAfter={data.escalateProblemAfterDays} />
            </>
          );
        }}
      </AsyncState>
    </div>
  );
}

function ProblemTable({ rows, escalateAfter }: { rows: ProblemListItem[]; escalateAfter: number }) {
  const t = useMessages(problemsMessages);
  const lang = useLang();
  const canAct = useCanActOnAny(rows, (i) => rows[i]?.projectUnit ?? "");
  const columns: DataColumn<ProblemListItem>[] = [
    {
      id: "problem",
      header: t("problem"),
      rowHeader: true,
      cellClassName: "problems-table__problem",
      sortValue: (p) => localized(p, "description", lang),
      cell: (p) => (
        <>
          <span className="problems-table__title">{localized(p, "description", lang)}</span>
          <Link href={`/projects/${p.projectId}`} className="problems-table__project">
            {localized(p, "projectName", lang)}
          </Link>
          <ProblemHistory history={p.history} />
        </>
      ),
    },
    {
      id: "type",
      header: t("type"),
      sortValue: (p) => problemTypeText(p.type, lang),
      cell: (p) => problemTypeText(p.type, lang),
    },
    {
      id: "unit",
      header: t("unit"),
      cellClassName: "problems-table__unit",
      sortValue: (p) => localized(p, "ownerUnit", lang),
      cell: (p) => localized(p, "ownerUnit", lang),
    },
    {
      id: "status",
      header: t("status"),
      sortValue: (p) => ["open", "awaiting_close", "closed"].indexOf(p.status),
      cell: (p) => (
        <span className="problems-table__status">
          <ProblemStatusBadge status={p.status} />
          {p.escalated && <EscalatedMarker days={p.overdueDays} limit={escalateAfter} />}
        </span>
      ),
    },
    {
      id: "raised",
      header: t("raised"),
      sortValue: (p) => p.raisedDate,
      cell: (p) => formatDate(p.raisedDate, lang),
    },
    {
      id: "due",
      header: t("due"),
      sortValue: (p) => p.dueDate,
      cell: (p) => formatDate(p.dueDate, lang),
    },
    {
      id: "daysOpen",
      header: t("daysOpen"),
      numeric: true,
      sortValue: (p) => p.daysOpen,
      cell: (p) => t("days", { n: p.daysOpen }),
    },
    {
      id: "overdueDays",
      header: t("overdueDays"),
      numeric: true,
      sortValue: (p) => p.overdueDays,
      cell: (p) =>
        p.overdue ? (
          <strong className="problems-table__overdue">
            <span aria-hidden="true">⚠ </span>
            {t("days", { n: p.overdueDays })}
          </strong>
        ) : (
          <span className="problems-table__muted">—</span>
        ),
    },
  ];
  if (canAct)
    columns.push({
      id: "actions",
      header: t("actions"),
      cell: (p) => <ProblemActions problem={p} projectUnit={p.projectUnit} />,
    });
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(p) => p.id}
      caption={t("caption")}
      captionHidden
      cards
      className="problems-table"
      empty={t("none")}
      defaultSort={{ id: "overdueDays", desc: true }}
      sortLabel={(column) => t("sortBy", { column })}
      rowProps={(p) => ({
        className: p.escalated ? "is-escalated" : p.overdue ? "is-overdue" : undefined,
        "data-problem-id": p.id,
      })}
    />
  );
}
