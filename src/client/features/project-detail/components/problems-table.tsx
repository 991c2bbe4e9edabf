import type { ProjectDetail } from "../../../../domain/api-views";
import { formatDate } from "../../../../domain/formats";
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
  const overdue = new Map(project.statusExplanation.overdueProblems.map((p) => [p.id, p.days]));
  const rows = [...project.problems].sort(
    (a, b) =>
      Number(a.status === "resolved") - Number(b.status === "resolved") ||
      a.dueDate.localeCompare(b.dueDate),
  );
  return (
    <>
      <p className="detail-muted">{t("openCount", { n: project.openProblemCount })}</p>
      <div className="table-scroll">
        <table className="data-table detail-table">
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
              const days = overdue.get(p.id);
              return (
                <tr key={p.id} className={days !== undefined ? "is-overdue" : undefined}>
                  <th scope="row" className="detail-table__text">
                    {localized(p, "description", lang)}
                  </th>
                  <td>{t(p.type)}</td>
                  <td className="detail-table__text">{localized(p, "ownerUnit", lang)}</td>
                  <td>{formatDate(p.raisedDate, lang)}</td>
                  <td>{formatDate(p.dueDate, lang)}</td>
                  <td>
                    {p.status === "open"
                      ? t("open")
                      : p.resolvedDate
                        ? t("resolvedOn", { date: formatDate(p.resolvedDate, lang) })
                        : t("resolved")}
                  </td>
                  <td>
                    {days !== undefined ? (
                      <strong className="detail-overdue">
                        <span aria-hidden="true">⚠ </span>
                        {t("overdue", { days })}
                      </strong>
                    ) : (
                      <span className="detail-muted">{t("notOverdue")}</span>
                    )}
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
