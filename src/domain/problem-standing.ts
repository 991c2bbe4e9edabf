/**
 * Where an unclosed problem stands at 数据截至: how long it has been open, how far past its 办结时限,
 * and whether it is escalated (督办) — overdue by more than the status rule's threshold.
 * Due today is not overdue, as for the status lights.
 */
import { daysBetween } from "./periods";
import type { Problem } from "./project";
import type { StatusRules } from "./status-rules";

export type ProblemStanding = {
  /** Days from raising to 数据截至, or to 销号 once closed. */
  daysOpen: number;
  /** Days past the due date, 0 when not overdue (closed problems are never overdue). */
  overdueDays: number;
  overdue: boolean;
  escalated: boolean;
};

export function problemStanding(
  problem: Pick<Problem, "status" | "raisedDate" | "dueDate" | "resolvedDate">,
  asOf: string,
  rules: Pick<StatusRules, "escalateProblemAfterDays">,
): ProblemStanding {
  const closed = problem.status === "closed";
  const end = closed && problem.resolvedDate ? problem.resolvedDate : asOf;
  const daysOpen = Math.max(0, daysBetween(problem.raisedDate, end));
  const overdueDays = closed ? 0 : Math.max(0, daysBetween(problem.dueDate, asOf));
  return {
    daysOpen,
    overdueDays,
    overdue: overdueDays > 0,
    escalated: overdueDays > rules.escalateProblemAfterDays,
  };
}
