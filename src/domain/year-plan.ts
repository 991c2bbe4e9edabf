import type { ProjectRecord, YearPlan } from "./project";

/**
 * 年度计划投资 per year. A key project is re-listed every year with that year's plan; the record keeps
 * every year's plan in `yearPlans`, and `yearPlanInvestment` stays the plan of the year 数据截至
 * falls in (what the pages, lights and KPIs read). These helpers keep the two in step.
 */
type Planned = Pick<ProjectRecord, "yearPlans" | "yearPlanInvestment">;

/** The year an ISO date (数据截至, a report's day) falls in. */
export const yearOfDate = (isoDate: string) => Number(isoDate.slice(0, 4));

/** The plan recorded for `year` in the record's list of year plans, if any. */
export const recordedYearPlan = (project: Planned, year: number): number | undefined =>
  project.yearPlans?.find((p) => p.year === year)?.planInvestment;

/**
 * The plan for `year`: the recorded one, or, for the current year (the year 数据截至 falls in),
 * the record's yearPlanInvestment — seed records carry no list. Unknown for other years.
 */
export function planForYear(project: Planned, year: number, currentYear: number) {
  return (
    recordedYearPlan(project, year) ??
    (year === currentYear ? project.yearPlanInvestment : undefined)
  );
}

/**
 * Sets one year's plan. When it is the current year, yearPlanInvestment follows; the current year's
 * plan is also written into the list once any year is, so the list alone tells every year.
 */
export function withYearPlan(
  project: Planned,
  year: number,
  planInvestment: number,
  currentYear: number,
): { yearPlans: YearPlan[]; yearPlanInvestment: number } {
  const others = (project.yearPlans ?? []).filter((p) => p.year !== year);
  const plans = [...others, { year, planInvestment }];
  if (year !== currentYear && !plans.some((p) => p.year === currentYear))
    plans.push({ year: currentYear, planInvestment: project.yearPlanInvestment });
  return {
    yearPlans: plans.sort((a, b) => a.year - b.year),
    yearPlanInvestment: year === currentYear ? planInvestment : project.yearPlanInvestment,
  };
}

/** Every year's plan, oldest first, the current year's included even when only the record has it. */
export function yearPlansOf(project: Planned, currentYear: number): YearPlan[] {
  const plans = [...(project.yearPlans ?? [])];
  if (!plans.some((p) => p.year === currentYear))
    plans.push({ year: currentYear, planInvestment: project.yearPlanInvestment });
  return plans.sort((a, b) => a.year - b.year);
}
