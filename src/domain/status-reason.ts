/**
 * The sentence that explains a status light: where the project stands against 序时进度 (ahead, on plan
 * or behind, by how much) and the rule that set the light. The figures in the sentence are the ones a
 * reader sees, so the gap is the difference of the two shown percentages, and it is never shown on the
 * other side of a threshold than the one the light was decided on.
 */
import type { Lang } from "./formats";
import type { StatusExplanation } from "./outcome-schemas";
import { roundTo } from "./rounding";

export type PlanStanding =
  | { kind: "ahead"; points: number }
  | { kind: "on_plan" }
  | { kind: "behind"; points: number }
  /** Behind, but the shown gap would land on a threshold the light was not decided by. */
  | { kind: "behind_under"; bound: number }
  | { kind: "behind_over"; bound: number };

const pct = (v: number) => v.toFixed(1);

/**
 * Ahead / on plan / behind, by the gap between the shown (one-decimal) percentages. When rounding puts
 * that gap across a threshold the light did not cross (9.96 shown as 10.0 on a green light), the
 * sentence names the bound instead ("less than 10"), so sentence and light never disagree.
 */
export function planStanding(s: StatusExplanation): PlanStanding {
  const gap = roundTo(roundTo(s.timeElapsedPct, 1) - roundTo(s.ytdCompletionPct, 1), 1);
  const { yellowBehindPoints: yellow, redBehindPoints: red } = s.thresholds;
  const byPlan = s.fired.find((f) => f.rule === "behind_red" || f.rule === "behind_yellow")?.rule;
  if (byPlan === "behind_red") {
    return gap > red ? { kind: "behind", points: gap } : { kind: "behind_over", bound: red };
  }
  if (byPlan === "behind_yellow") {
    // Decided on the unrounded gap, which lies within [yellow, red]; the shown one may be 0.1 outside.
    return { kind: "behind", points: Math.min(red, Math.max(yellow, gap)) };
  }
  if (gap >= yellow) return { kind: "behind_under", bound: yellow };
  if (gap > 0) return { kind: "behind", points: gap };
  if (gap < 0) return { kind: "ahead", points: -gap };
  return { kind: "on_plan" };
}

function standingWords(standing: PlanStanding, lang: Lang): string {
  const zh = lang === "zh";
  switch (standing.kind) {
    case "ahead":
      return zh ? `超前 ${pct(standing.points)} 个百分点` : `${pct(standing.points)} points ahead`;
    case "on_plan":
      return zh ? "与序时持平" : "on plan";
    case "behind":
      return zh ? `落后 ${pct(standing.points)} 个百分点` : `${pct(standing.points)} points behind`;
    case "behind_under":
      return zh ? `落后不足 ${standing.bound} 个百分点` : `under ${standing.bound} points behind`;
    case "behind_over":
      return zh ? `落后超过 ${standing.bound} 个百分点` : `over ${standing.bound} points behind`;
  }
}

function planClause(s: StatusExplanation, lang: Lang): string {
  const done = pct(s.ytdCompletionPct);
  const elapsed = pct(s.timeElapsedPct);
  const where = standingWords(planStanding(s), lang);
  return lang === "zh"
    ? `年度投资完成 ${done}%，序时进度 ${elapsed}%，${where}`
    : `${done}% of the year's plan done, ${elapsed}% of the year gone: ${where}`;
}

// Kept short: the same sentence has to fit a wall panel as well as a tooltip.
function ruleClause(s: StatusExplanation, lang: Lang): string {
  const th = s.thresholds;
  const milestones = s.overdueMilestones.length;
  const problems = s.overdueProblems.length;
  const worstMilestone = Math.max(0, ...s.overdueMilestones.map((m) => m.days));
  const worstProblem = Math.max(0, ...s.overdueProblems.map((p) => p.days));
  const zh = lang === "zh";
  switch (s.rule) {
    case "on_track":
      return zh
        ? `绿灯：落后不足 ${th.yellowBehindPoints} 个百分点且无逾期。`
        : `Green: under ${th.yellowBehindPoints} points behind, nothing overdue.`;
    case "behind_yellow":
      return zh
        ? `黄灯：落后 ${th.yellowBehindPoints}–${th.redBehindPoints} 个百分点。`
        : `Yellow: ${th.yellowBehindPoints}–${th.redBehindPoints} points behind.`;
    case "behind_red":
      return zh
        ? `红灯：落后超过 ${th.redBehindPoints} 个百分点。`
        : `Red: over ${th.redBehindPoints} points behind.`;
    case "milestone_overdue":
      return zh
        ? `黄灯：${milestones} 个节点逾期，最长 ${worstMilestone} 天（超过 ${th.redMilestoneOverdueDays} 天为红灯）。`
        : `Yellow: ${milestones} milestone${milestones > 1 ? "s" : ""} overdue, up to ${worstMilestone} days (red after ${th.redMilestoneOverdueDays}).`;
    case "milestone_overdue_red":
      return zh
        ? `红灯：节点逾期 ${worstMilestone} 天，超过 ${th.redMilestoneOverdueDays} 天。`
        : `Red: a milestone ${worstMilestone} days overdue, over ${th.redMilestoneOverdueDays}.`;
    case "problem_overdue":
      return zh
        ? `黄灯：${problems} 个问题超期，最长 ${worstProblem} 天（超过 ${th.redProblemOverdueDays} 天为红灯）。`
        : `Yellow: ${problems} problem${problems > 1 ? "s" : ""} past due, up to ${worstProblem} days (red after ${th.redProblemOverdueDays}).`;
    case "problem_overdue_red":
      return zh
        ? `红灯：问题超期 ${worstProblem} 天未解决，超过 ${th.redProblemOverdueDays} 天。`
        : `Red: a problem ${worstProblem} days past due, over ${th.redProblemOverdueDays}.`;
  }
}

/** One sentence: where the project stands against plan, then the rule that set its light. */
export function describeStatus(s: StatusExplanation, lang: Lang): string {
  return lang === "zh"
    ? `${planClause(s, lang)}。${ruleClause(s, lang)}`
    : `${planClause(s, lang)}. ${ruleClause(s, lang)}`;
}
