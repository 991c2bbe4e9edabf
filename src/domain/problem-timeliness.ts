/**
 * Whether a problem was or is being handled within its 办结时限. A problem resolved after its due date
 * stays late in the record (逾期办结 N 天); only open problems can be overdue now (超期 N 天).
 */
import { daysBetween } from "./periods";
import type { Problem } from "./project";

export type ProblemTimeliness =
  | { kind: "overdue"; days: number }
  | { kind: "not_due" }
  | { kind: "resolved_late"; days: number }
  | { kind: "resolved_on_time" }
  /** Resolved, but the date it was resolved on is not recorded. */
  | { kind: "resolved_undated" };

/** Due today is not overdue, as for the status lights. */
export function problemTimeliness(
  problem: Pick<Problem, "status" | "dueDate" | "resolvedDate">,
  asOf: string,
): ProblemTimeliness {
  if (problem.status !== "closed") {
    const days = daysBetween(problem.dueDate, asOf);
    return days >= 1 ? { kind: "overdue", days } : { kind: "not_due" };
  }
  if (!problem.resolvedDate) return { kind: "resolved_undated" };
  const late = daysBetween(problem.dueDate, problem.resolvedDate);
  return late >= 1 ? { kind: "resolved_late", days: late } : { kind: "resolved_on_time" };
}
