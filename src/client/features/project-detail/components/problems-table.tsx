import type { ProjectDetail } from "../../../../domain/api-views";
import { formatDate } from "../../../../domain/formats";
import { type ProblemTimeliness, problemTimeliness } from "../../../../domain/problem-timeliness";
import { EmptyState } from "../../../components/async-state";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

/** 问题清单: open problems first, each with who owns it and whether it is past its due date. */
export function ProblemsTable({ project }: { project: ProjectDetail }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  if (!project.problems.length) return <EmptyState>{t("noProblems")}</EmptyState>;
  // Measured at the same date as the status light, so the table and the light agree.
  const asOf = project.statusExplanation.asOf;
  const rows = [...project.problems].sort(
    (a, b) =>
      Number(a.status === "resolved") - Number(b.status === "resolved") ||
      a.dueDate.localeCompare(b.dueDate),
  );
  return (
    <>
      <p className="detail-muted">{t("openCount", { n: project.openProblemCount })}</p>
      <div className="table-scroll">
        <table className="data-table detail-table detail-table--cards">
          <thead>
            <tr>
              <th scope="col">{t("description")}</th>
              <th scope="col">{t("type")}</th>
              <th scope="col">{t("ownerUnit")}</th>
              <th scope="col">{t("raised")}</th>
              <th scope="col">{t("due")}</th>
              <th scope="col">{t("problemStatus")}</th>
              <th scope="col">{t("overdueCol")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => {
              const timeliness = problemTimeliness(p, asOf);
              return (
                <tr key={p.id} className={timeliness.kind === "overdue" ? "is-overdue" : undefined}>
                  <th scope="row" className="detail-table__text">
                    {localized(p, "description", lang)}
                  </th>
                  <td data-label={t("type")}>{t(p.type)}</td>
                  <td data-label={t("ownerUnit")} className="detail-table__text">
                    {localized(p, "ownerUnit", lang)}
                  </td>
                  <td data-label={t("raised")}>{formatDate(p.raisedDate, lang)}</td>
                  <td data-label={t("due")}>{formatDate(p.dueDate, lang)}</td>
                  <td data-label={t("problemStatus")}>
                    {p.status === "open"
                      ? t("open")
                      : p.resolvedDate
                        ? t("resolvedOn", { date: formatDate(p.resolvedDate, lang) })
                        : t("resolved")}
                  </td>
                  <td data-label={t("overdueCol")}>
                    <TimelinessCell timeliness={timeliness} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function TimelinessCell({ timeliness }: { timeliness: ProblemTimeliness }) {
  const t = useMessages(detailMessages);
  switch (timeliness.kind) {
    case "overdue":
      return (
        <strong className="detail-overdue">
          <span aria-hidden="true">⚠ </span>
          {t("problemOverdue", { days: timeliness.days })}
        </strong>
      );
    case "resolved_late":
      return <span>{t("resolvedLate", { days: timeliness.days })}</span>;
    case "resolved_on_time":
      return <span className="detail-muted">{t("resolvedOnTime")}</span>;
    case "not_due":
      return <span className="detail-muted">{t("notOverdue")}</span>;
    case "resolved_undated":
      return <span className="detail-muted">—</span>;
  }
}
