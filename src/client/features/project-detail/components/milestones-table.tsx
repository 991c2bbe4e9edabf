import type { ProjectDetail } from "../../../../domain/api-views";
import { formatDate } from "../../../../domain/formats";
import { daysBetween } from "../../../../domain/periods";
import { EmptyState } from "../../../components/async-state";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

/** Planned against actual dates; an overdue milestone says so in words, not only in red. */
export function MilestonesTable({ project }: { project: ProjectDetail }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  if (!project.milestones.length) return <EmptyState>{t("noMilestones")}</EmptyState>;
  // Overdue days come from the status rules' own explanation, so table and light always agree.
  const overdue = new Map(project.statusExplanation.overdueMilestones.map((m) => [m.id, m.days]));
  const rows = [...project.milestones].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));
  return (
    <div className="table-scroll">
      <table className="data-table detail-table detail-table--cards">
        <thead>
          <tr>
            <th scope="col">{t("milestone")}</th>
            <th scope="col">{t("plannedDate")}</th>
            <th scope="col">{t("actualDate")}</th>
            <th scope="col">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const late = m.actualDate ? daysBetween(m.plannedDate, m.actualDate) : 0;
            const overdueDays = overdue.get(m.id);
            let state = <span>{t("pending")}</span>;
            if (m.actualDate) {
              state = <span>{late > 0 ? t("doneLate", { days: late }) : t("done")}</span>;
            } else if (overdueDays !== undefined) {
              state = (
                <strong className="detail-overdue">
                  <span aria-hidden="true">⚠ </span>
                  {t("overdue", { days: overdueDays })}
                </strong>
              );
            }
            return (
              <tr key={m.id} className={overdueDays !== undefined ? "is-overdue" : undefined}>
                <th scope="row" className="detail-table__name">
                  {localized(m, "name", lang)}
                </th>
                <td data-label={t("plannedDate")}>{formatDate(m.plannedDate, lang)}</td>
                <td data-label={t("actualDate")}>
                  {m.actualDate ? formatDate(m.actualDate, lang) : "—"}
                </td>
                <td data-label={t("state")}>{state}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
