/**
 * The status light as it stood at the end of each 旬: the project is rebuilt from its accepted
 * reports, the milestones reached by then and the problems open then, and the same rules that set
 * today's light are applied at the 旬's last day. So the history never disagrees with today.
 */
import type { StatusExplanation } from "./outcome-schemas";
import { comparePeriods, listPeriods, periodEnd } from "./periods";
import type { Problem, ProgressReport, ProjectRecord } from "./project";
import { computeStatus } from "./status-light";
import type { StatusLight, StatusRules } from "./status-rules";
import { recordedYearPlan } from "./year-plan";

/** A stored report may carry its review state; the seed's reports carry none and count as accepted. */
export type TrackedReport = ProgressReport & {
  state?: "accepted" | "submitted" | "returned";
  late?: boolean;
};

export const isAcceptedReport = (report: TrackedReport) =>
  report.state === undefined || report.state === "accepted";

/** 销号: closed out. A problem awaiting closure is still open for the light and the agenda. */
export const isClosedProblemStatus = (status: Problem["status"]) => status === "closed";

// Period ids are validated where they enter (schemas); the year is their first four digits.
const yearOf = (period: string) => Number(period.slice(0, 4));

const byPeriod = (a: { period: string }, b: { period: string }) =>
  comparePeriods(a.period, b.period);

/** How many of `sorted` (by period) fall on or before `period`. */
function countUpTo(sorted: readonly TrackedReport[], period: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comparePeriods((sorted[mid] as TrackedReport).period, period) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The year's plan (亿元): the plan recorded for that year when the project was listed with one.
 * Failing that, the record's own plan is for the year of its latest report; an earlier year's plan
 * is read off the planned cumulative investment the reports carry: its rise over that year (from
 * the end of the year before, or from where reporting began).
 */
export function yearPlanFor(project: ProjectRecord, year: number): number {
  const recorded = recordedYearPlan(project, year);
  if (recorded !== undefined) return recorded;
  const accepted = (project.reports as TrackedReport[])
    .filter(isAcceptedReport)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const latest = accepted.at(-1);
  if (!latest || yearOf(latest.period) <= year) return project.yearPlanInvestment;
  const inYear = accepted.filter((r) => yearOf(r.period) === year);
  const last = inYear.at(-1);
  if (!last) return project.yearPlanInvestment;
  const before = accepted.filter((r) => yearOf(r.period) < year).at(-1);
  const first = accepted[0] as TrackedReport;
  const base = before
    ? before.plannedCumulativeInvestment
    : first.cumulativeInvestment - first.completedInvestment;
  return Math.max(0, last.plannedCumulativeInvestment - base);
}

/**
 * The project as it stood at the end of `period`: cumulative investment and 形象进度 from its latest
 * accepted report by then, the year's investment from that year's accepted reports, milestones
 * reached on or before the last day, and problems raised by then and not closed by then.
 */
export function projectStateAt(project: ProjectRecord, period: string): ProjectRecord {
  return projectStatesAt(project, [period])[0] as ProjectRecord;
}

/**
 * projectStateAt for several 旬 of one project, sorting its reports and working out each year's
 * plan once rather than per 旬: the review and the light history ask for every 旬 of thousands.
 */
export function projectStatesAt(
  project: ProjectRecord,
  periods: readonly string[],
): ProjectRecord[] {
  const accepted = (project.reports as TrackedReport[]).filter(isAcceptedReport).sort(byPeriod);
  const plans = new Map<number, number>();
  const planFor = (year: number) => {
    let plan = plans.get(year);
    if (plan === undefined) {
      plan = yearPlanFor(project, year);
      plans.set(year, plan);
    }
    return plan;
  };
  const first = accepted[0];
  return periods.map((period) => {
    const end = periodEnd(period);
    const year = yearOf(period);
    const count = countUpTo(accepted, period);
    const latest = accepted[count - 1];
    let ytd = 0;
    for (let i = count - 1; i >= 0 && yearOf((accepted[i] as TrackedReport).period) === year; i--)
      ytd += (accepted[i] as TrackedReport).completedInvestment;
    return {
      ...project,
      reports: accepted.slice(0, count),
      cumulativeInvestment: latest
        ? latest.cumulativeInvestment
        : first
          ? first.cumulativeInvestment - first.completedInvestment
          : 0,
      ytdInvestment: ytd,
      yearPlanInvestment: planFor(year),
      progress: latest?.progress ?? 0,
      milestones: project.milestones.map((m) => ({
        ...m,
        actualDate: m.actualDate !== null && m.actualDate <= end ? m.actualDate : null,
      })),
      problems: project.problems
        .filter((p) => p.raisedDate <= end)
        .map((p) => {
          const closedByThen =
            isClosedProblemStatus(p.status) && p.resolvedDate !== null && p.resolvedDate <= end;
          if (closedByThen || !isClosedProblemStatus(p.status)) return p;
          // Closed later: at the end of this 旬 it was still open.
          return { ...p, status: "open" as const, resolvedDate: null };
        }),
    };
  });
}

export type LightAtPeriod = {
  period: string;
  light: StatusLight;
  rule: StatusExplanation["rule"];
  explanation: StatusExplanation;
};

/** The light at the end of each given 旬, in the order given. */
export function lightHistory(
  project: ProjectRecord,
  periods: readonly string[],
  rules: StatusRules,
): LightAtPeriod[] {
  const states = projectStatesAt(project, periods);
  return periods.map((period, i) => {
    const explanation = computeStatus(states[i] as ProjectRecord, periodEnd(period), rules);
    return { period, light: explanation.light, rule: explanation.rule, explanation };
  });
}

export type LightChange = LightAtPeriod & { from: StatusLight | null };

/** The 旬 where the light changed (the first entry counts as a change from nothing), with why. */
export function lightChanges(history: readonly LightAtPeriod[]): LightChange[] {
  return history.flatMap((entry, i) => {
    const from = i === 0 ? null : (history[i - 1] as LightAtPeriod).light;
    return from === entry.light ? [] : [{ ...entry, from }];
  });
}

/** Whether a project is under way by the end of `period`: only those are expected to report or be judged. */
export const isActiveAt = (project: Pick<ProjectRecord, "startDate">, period: string) =>
  project.startDate <= periodEnd(period);

/** The 旬 a project has history for: from its first accepted report to `lastPeriod`. */
export function reportedPeriods(project: ProjectRecord, lastPeriod: string): string[] {
  const first = (project.reports as TrackedReport[])
    .filter(isAcceptedReport)
    .map((r) => r.period)
    .sort(comparePeriods)[0];
  return first ? listPeriods(first, lastPeriod) : [];
}
