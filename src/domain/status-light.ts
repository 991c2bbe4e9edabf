/**
 * 红/黄/绿 status lights, derived from plan-vs-actual investment and overdue milestones and problems.
 * The result carries every number and threshold it looked at, so the reason can be shown beside it.
 */
import type { StatusExplanation } from "./outcome-schemas";
import { daysBetween, parseIsoDate, timeElapsedShareOfYear } from "./periods";
import type { ProjectRecord } from "./project";
import { roundTo } from "./rounding";
import { lightUrgency, type StatusRules } from "./status-rules";

type FiredRule = StatusExplanation["fired"][number] & { rule: StatusExplanation["rule"] };
type Overdue = { id: string; days: number };

// Among rules of equal severity, plan-vs-actual comes first, then milestones, then problems.
const PRECEDENCE: Record<string, number> = {
  behind_red: 0,
  behind_yellow: 0,
  milestone_overdue_red: 1,
  milestone_overdue: 1,
  problem_overdue_red: 2,
  problem_overdue: 2,
};

/** Year-to-date completion, %; with no plan for the year there is nothing to fall behind on. */
export function ytdCompletionShare(
  project: Pick<ProjectRecord, "ytdInvestment" | "yearPlanInvestment">,
) {
  if (project.yearPlanInvestment === 0) return 100;
  return (project.ytdInvestment * 100) / project.yearPlanInvestment;
}

/** Days past `dueDate` at `asOf`, or null when not yet due (due today is not overdue). */
function daysOverdue(dueDate: string, asOf: string): number | null {
  const days = daysBetween(dueDate, asOf);
  return days >= 1 ? days : null;
}

function overdueItems<T extends { id: string }>(
  items: T[],
  isPending: (item: T) => boolean,
  dueDate: (item: T) => string,
  asOf: string,
): Overdue[] {
  return items.flatMap((item) => {
    const days = isPending(item) ? daysOverdue(dueDate(item), asOf) : null;
    return days === null ? [] : [{ id: item.id, days }];
  });
}

/** Each overdue item sets yellow, or red once it is more than `redAfterDays` late. */
function overdueRules(
  overdue: Overdue[],
  redAfterDays: number,
  rule: "milestone_overdue" | "problem_overdue",
): FiredRule[] {
  return overdue.map(({ id, days }) => {
    const red = days > redAfterDays;
    return {
      rule: red ? `${rule}_red` : rule,
      light: red ? "red" : "yellow",
      subjectId: id,
      days,
    };
  });
}

export function computeStatus(
  project: ProjectRecord,
  asOf: string,
  rules: StatusRules,
): StatusExplanation {
  parseIsoDate(asOf); // fail loudly on a malformed date rather than compute a wrong light
  const timeElapsed = timeElapsedShareOfYear(asOf);
  const ytdCompletion = ytdCompletionShare(project);
  // Compared at 6 decimals: exact thresholds hold (10 is yellow, 9.99 green) despite float noise.
  const behind = roundTo(timeElapsed - ytdCompletion, 6);

  const fired: FiredRule[] = [];
  if (behind > rules.redBehindPoints) fired.push({ rule: "behind_red", light: "red" });
  else if (behind >= rules.yellowBehindPoints)
    fired.push({ rule: "behind_yellow", light: "yellow" });

  const overdueMilestones = overdueItems(
    project.milestones,
    (m) => m.actualDate === null,
    (m) => m.plannedDate,
    asOf,
  );
  fired.push(
    ...overdueRules(overdueMilestones, rules.redMilestoneOverdueDays, "milestone_overdue"),
  );

  const overdueProblems = overdueItems(
    project.problems,
    // Awaiting 销号 is still unfinished: only staff closing it ends the clock.
    (p) => p.status !== "closed",
    (p) => p.dueDate,
    asOf,
  );
  fired.push(...overdueRules(overdueProblems, rules.redProblemOverdueDays, "problem_overdue"));

  // Most severe first; within a rule, the longest overdue first. Array sort is stable.
  fired.sort(
    (a, b) =>
      lightUrgency[b.light] - lightUrgency[a.light] ||
      PRECEDENCE[a.rule] - PRECEDENCE[b.rule] ||
      (b.days ?? 0) - (a.days ?? 0),
  );
  const deciding = fired[0];

  return {
    light: deciding?.light ?? "green",
    rule: deciding?.rule ?? "on_track",
    fired,
    asOf,
    timeElapsedPct: roundTo(timeElapsed, 1),
    ytdCompletionPct: roundTo(ytdCompletion, 1),
    behindPoints: roundTo(timeElapsed - ytdCompletion, 1),
    overdueMilestones,
    overdueProblems,
    thresholds: {
      yellowBehindPoints: rules.yellowBehindPoints,
      redBehindPoints: rules.redBehindPoints,
      redMilestoneOverdueDays: rules.redMilestoneOverdueDays,
      redProblemOverdueDays: rules.redProblemOverdueDays,
    },
  };
}
