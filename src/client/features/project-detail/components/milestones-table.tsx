import type { ProjectDetail } from "../../../../domain/api-views";
import { formatDate } from "../../../../domain/formats";
import { daysBetween } from "../../../../domain/periods";
import { useRole } from "../../../api/session";
import { type DataColumn, DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";
import { ReplanMilestone } from "./replan-milestone";

type Milestone = ProjectDetail["milestones"][number];

/** Planned against actual dates; an overdue milestone says so in words, not only in red. */
export function MilestonesTable({ project }: { project: ProjectDetail }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const role = useRole();
  const mayReplan = role === "staff" || role === "admin";
  // Overdue days come from the status rules' own explanation, so table and light always agree.
  const overdue = new Map(project.statusExplanation.overdueMilestones.map((m) => [m.id, m.days]));
  const rows = [...project.milestones].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));
  const state = (m: Milestone) => {
    const overdueDays = overdue.get(m.id);
    if (m.actualDate) {
      const late = daysBetween(m.plannedDate, m.actualDate);
      return <span>{late > 0 ? t("doneLate", { days: late }) : t("done")}</span>;
    }
    if (overdueDays !== undefined)
      return (
        <strong className="detail-overdue">
          <span aria-hidden="true">⚠ </span>
          {t("overdue", { days: overdueDays })}
        </strong>
      );
    return <span>{t("pending")}</span>;
  };
  const columns: DataColumn<Milestone>[] = [
    {
      id: "name",
      header: t("milestone"),
      rowHeader: true,
      cellClassName: "detail-table__name",
      cell: (m) => localized(m, "name", lang),
    },
    {
      id: "planned",
      header: t("plannedDate"),
      cell: (m) => (
        // One element: as a phone card, the cell is a grid of its label and one value.
        <span>
          {formatDate(m.plannedDate, lang)}
          {m.originalPlannedDate && (
            <span
              className="detail-muted detail-replanned"
              title={m.replans
                ?.map((r) =>
                  t("replanHistory", {
                    from: formatDate(r.from, lang),
                    to: formatDate(r.to, lang),
                    reason: r.reason,
                  }),
                )
                .join("\n")}
            >
              {t("originalPlan", { date: formatDate(m.originalPlannedDate, lang) })}
            </span>
          )}
        </span>
      ),
    },
    {
      id: "actual",
      header: t("actualDate"),
      cell: (m) => (m.actualDate ? formatDate(m.actualDate, lang) : "—"),
    },
    { id: "state", header: t("state"), cell: state },
  ];
  if (mayReplan && rows.some((m) => !m.actualDate))
    columns.push({
      id: "replan",
      header: t("actions"),
      cell: (m) =>
        m.actualDate ? null : (
          <ReplanMilestone
            projectId={project.id}
            milestone={{ ...m, name: localized(m, "name", lang) }}
          />
        ),
    });
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(m) => m.id}
      empty={t("noMilestones")}
      cards
      className="detail-table"
      rowProps={(m) => ({ className: overdue.has(m.id) ? "is-overdue" : undefined })}
    />
  );
}
