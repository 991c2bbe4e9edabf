/**
 * The generator's own reading of the status-light rules (data/status-rules.json), used only to
 * check that the illustrative data produces the intended mix of lights. The app derives the
 * lights itself; this is not its implementation.
 */
import type { ProjectRecord } from "../../src/domain/project";
import type { StatusRules } from "../../src/domain/status-rules";
import { daysBetween, yearFraction } from "./dates";
import type { Light } from "./project-catalogue";

export type StatusReading = {
  light: Light;
  reasons: string[];
  timeElapsedPct: number;
  ytdCompletionPct: number;
  behindPoints: number;
};

export function readStatus(p: ProjectRecord, asOf: string, rules: StatusRules): StatusReading {
  const { dayOfYear, daysInYear } = yearFraction(asOf);
  const timeElapsedPct = (100 * dayOfYear) / daysInYear;
  const ytdCompletionPct =
    p.yearPlanInvestment > 0 ? (100 * p.ytdInvestment) / p.yearPlanInvestment : 100;
  const behindPoints = timeElapsedPct - ytdCompletionPct;
  const reasons: string[] = [];
  let light: Light = "green";
  const raise = (to: Light, why: string) => {
    reasons.push(why);
    if (to === "red" || (to === "yellow" && light === "green")) light = to;
  };
  if (behindPoints > rules.redBehindPoints) raise("red", `behind ${behindPoints.toFixed(1)} pts`);
  else if (behindPoints >= rules.yellowBehindPoints)
    raise("yellow", `behind ${behindPoints.toFixed(1)} pts`);
  for (const m of p.milestones) {
    if (m.actualDate || m.plannedDate >= asOf) continue;
    const days = daysBetween(m.plannedDate, asOf);
    raise(
      days > rules.redMilestoneOverdueDays ? "red" : "yellow",
      `milestone ${m.name} overdue ${days} d`,
    );
  }
  for (const q of p.problems) {
    if (q.status !== "open" || q.dueDate >= asOf) continue;
    const days = daysBetween(q.dueDate, asOf);
    raise(
      days > rules.redProblemOverdueDays ? "red" : "yellow",
      `problem ${q.id} past due ${days} d`,
    );
  }
  return { light, reasons, timeElapsedPct, ytdCompletionPct, behindPoints };
}
