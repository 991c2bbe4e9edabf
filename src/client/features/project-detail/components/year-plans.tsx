import type { ProjectDetail } from "../../../../domain/api-views";
import { formatDate, formatYiGroup } from "../../../../domain/formats";
import { milestonesByYear } from "../../../../domain/project-plans";
import { yearOfDate, yearPlansOf } from "../../../../domain/year-plan";
import { useRole } from "../../../api/session";
import { type DataColumn, DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { AddMilestone, AddYear, MilestoneActions, YearPlanEditor } from "./year-plan-forms";
import { yearPlanMessages } from "./year-plans-messages";
import "./year-plans.css";

type Milestone = ProjectDetail["milestones"][number];

/**
 * 年度计划: per year, the plan the project was listed with and the milestones planned in it (by
 * the year of their planned date), the year 数据截至 falls in marked. Staff and admins set a year's
 * plan, add a year, and add, edit and remove milestones in place; everyone else reads it.
 */
export function YearPlans({
  project,
  asOf,
  version,
}: {
  project: ProjectDetail;
  asOf: string;
  version: number;
}) {
  const t = useMessages(yearPlanMessages);
  const lang = useLang();
  const role = useRole();
  const mayEdit = role === "staff" || role === "admin";
  const current = yearOfDate(asOf);
  const plans = yearPlansOf(project, current);
  const byYear = milestonesByYear(project.milestones);
  const years = [...new Set([...plans.map((p) => p.year), ...byYear.keys()])].sort((a, b) => a - b);
  // One unit for every year, so the years compare at a glance.
  const amounts = formatYiGroup(
    plans.map((p) => p.planInvestment),
    lang,
  );
  const planOf = new Map(
    plans.map((p, i) => [p.year, { value: p.planInvestment, text: amounts[i] }]),
  );
  const written = { project: project.id, version };

  const columns: DataColumn<Milestone>[] = [
    {
      id: "name",
      header: t("milestone"),
      rowHeader: true,
      label: null,
      className: "year-plan__col-name",
      cell: (m) => localized(m, "name", lang),
    },
    {
      id: "planned",
      header: t("plannedDate"),
      className: "year-plan__col-date",
      cell: (m) => (
        <span>
          {formatDate(m.plannedDate, lang)}
          {m.originalPlannedDate && (
            <span className="year-plan__first">
              {t("originalPlan", { date: formatDate(m.originalPlannedDate, lang) })}
            </span>
          )}
        </span>
      ),
    },
    {
      id: "state",
      header: t("state"),
      className: "year-plan__col-date",
      cell: (m) =>
        m.actualDate ? t("doneOn", { date: formatDate(m.actualDate, lang) }) : t("pending"),
    },
  ];
  if (mayEdit)
    columns.push({
      id: "actions",
      header: t("actions"),
      className: "year-plan__actions-cell",
      cell: (m) => (
        <MilestoneActions {...written} milestone={m} name={localized(m, "name", lang)} />
      ),
    });

  return (
    <div className="year-plans">
      {years.map((year) => {
        const plan = planOf.get(year);
        const milestones = byYear.get(year) ?? [];
        const headingId = `year-plan-${year}`;
        return (
          <section key={year} className="year-plan" aria-labelledby={headingId}>
            <div className="year-plan__head">
              <h3 id={headingId} className="year-plan__year">
                {t("yearOf", { year })}
                {year === current && <span className="year-plan__current">{t("current")}</span>}
              </h3>
              <p className="year-plan__amount">
                <span className="year-plan__label">{t("plan")}</span>{" "}
                <strong>{plan?.text ?? t("noPlan")}</strong>
              </p>
              {mayEdit && <YearPlanEditor {...written} year={year} plan={plan?.value} />}
            </div>
            {milestones.length > 0 ? (
              <DataTable
                compact
                cards
                className="year-plan__milestones"
                caption={t("milestonesOf", { year })}
                captionHidden
                rows={milestones}
                rowKey={(m) => m.id}
                columns={columns}
              />
            ) : (
              <p className="year-plan__none">{t("noMilestones")}</p>
            )}
            {mayEdit && (
              <div className="year-plan__add">
                <AddMilestone {...written} year={year} />
              </div>
            )}
          </section>
        );
      })}
      {mayEdit && (
        <div className="year-plans__add-year">
          <AddYear {...written} year={Math.max(current, ...years) + 1} />
        </div>
      )}
    </div>
  );
}
