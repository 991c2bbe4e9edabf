import type { ProjectDetail } from "../../../../domain/api-views";
import { formatDate } from "../../../../domain/formats";
import { problemTypeText } from "../../../../domain/problem-lifecycle";
import { type ProblemTimeliness, problemTimeliness } from "../../../../domain/problem-timeliness";
import { EmptyState } from "../../../components/async-state";
import { type DataColumn, DataTable } from "../../../components/data-table";
import { ProblemActions, useCanActOnAny } from "../../../components/problem-actions";
import { ProblemHistory } from "../../../components/problem-history";
import { ProblemStatusBadge } from "../../../components/problem-status";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

type Problem = ProjectDetail["problems"][number];

/**
 * 问题清单: unclosed problems first, each with who owns it, its status and history, whether it
 * is past its due date, and the steps the signed-in account may take on it.
 */
export function ProblemsTable({ project }: { project: ProjectDetail }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const canAct = useCanActOnAny(project.problems, () => project.responsibleUnit);
  if (!project.problems.length) return <EmptyState>{t("noProblems")}</EmptyState>;
  // Measured at the same date as the status light, so the table and the light agree.
  const asOf = project.statusExplanation.asOf;
  const rows = [...project.problems].sort(
    (a, b) =>
      Number(a.status === "closed") - Number(b.status === "closed") ||
      a.dueDate.localeCompare(b.dueDate),
  );
  const columns: DataColumn<Problem>[] = [
    {
      id: "description",
      header: t("description"),
      rowHeader: true,
      cellClassName: "detail-table__text",
      cell: (p) => (
        <>
          {localized(p, "description", lang)}
          <ProblemHistory history={p.history} />
        </>
      ),
    },
    { id: "type", header: t("type"), cell: (p) => problemTypeText(p.type, lang) },
    {
      id: "owner",
      header: t("ownerUnit"),
      cellClassName: "detail-table__text",
      cell: (p) => localized(p, "ownerUnit", lang),
    },
    { id: "raised", header: t("raised"), cell: (p) => formatDate(p.raisedDate, lang) },
    { id: "due", header: t("due"), cell: (p) => formatDate(p.dueDate, lang) },
    {
      id: "status",
      header: t("problemStatus"),
      cell: (p) =>
        p.status === "closed" && p.resolvedDate ? (
          t("resolvedOn", { date: formatDate(p.resolvedDate, lang) })
        ) : (
          <ProblemStatusBadge status={p.status} />
        ),
    },
    {
      id: "overdue",
      header: t("overdueCol"),
      cell: (p) => <TimelinessCell timeliness={problemTimeliness(p, asOf)} />,
    },
  ];
  if (canAct)
    columns.push({
      id: "actions",
      header: t("actions"),
      cell: (p) => (
        <ProblemActions
          problem={{ ...p, description: localized(p, "description", lang) }}
          projectUnit={project.responsibleUnit}
        />
      ),
    });
  return (
    <>
      <p className="detail-muted">{t("openCount", { n: project.openProblemCount })}</p>
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(p) => p.id}
        cards
        className="detail-table"
        rowProps={(p) => ({
          className: problemTimeliness(p, asOf).kind === "overdue" ? "is-overdue" : undefined,
          "data-problem-id": p.id,
        })}
      />
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
