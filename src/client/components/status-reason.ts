import type { Lang } from "../../domain/formats";
import type { StatusExplanation } from "../../domain/outcome-schemas";

const pct = (v: number) => v.toFixed(1);

/** One sentence: the rule that set the light and the numbers it compared. */
export function describeStatus(s: StatusExplanation, lang: Lang): string {
  const th = s.thresholds;
  const behind = s.behindPoints;
  const plan =
    lang === "zh"
      ? `年度投资完成 ${pct(s.ytdCompletionPct)}%，序时进度 ${pct(s.timeElapsedPct)}%`
      : `${pct(s.ytdCompletionPct)}% of this year's plan done vs ${pct(s.timeElapsedPct)}% of the year elapsed`;
  const worstMilestone = Math.max(0, ...s.overdueMilestones.map((m) => m.days));
  const worstProblem = Math.max(0, ...s.overdueProblems.map((p) => p.days));
  switch (s.rule) {
    case "on_track":
      return lang === "zh"
        ? `${plan}，落后不足 ${th.yellowBehindPoints} 个百分点，无逾期节点和问题。`
        : `${plan}; less than ${th.yellowBehindPoints} points behind, nothing overdue.`;
    case "behind_yellow":
      return lang === "zh"
        ? `${plan}，落后 ${pct(behind)} 个百分点（${th.yellowBehindPoints}–${th.redBehindPoints} 为黄灯）。`
        : `${plan}: ${pct(behind)} points behind (${th.yellowBehindPoints}–${th.redBehindPoints} is yellow).`;
    case "behind_red":
      return lang === "zh"
        ? `${plan}，落后 ${pct(behind)} 个百分点（超过 ${th.redBehindPoints} 为红灯）。`
        : `${plan}: ${pct(behind)} points behind (over ${th.redBehindPoints} is red).`;
    case "milestone_overdue":
      return lang === "zh"
        ? `${s.overdueMilestones.length} 个节点逾期，最长 ${worstMilestone} 天（超过 ${th.redMilestoneOverdueDays} 天为红灯）。`
        : `${s.overdueMilestones.length} milestone(s) overdue, up to ${worstMilestone} days (over ${th.redMilestoneOverdueDays} is red).`;
    case "milestone_overdue_red":
      return lang === "zh"
        ? `节点逾期 ${worstMilestone} 天，超过 ${th.redMilestoneOverdueDays} 天。`
        : `A milestone is ${worstMilestone} days overdue, more than ${th.redMilestoneOverdueDays}.`;
    case "problem_overdue":
      return lang === "zh"
        ? `${s.overdueProblems.length} 个问题超期未解决，最长 ${worstProblem} 天。`
        : `${s.overdueProblems.length} open problem(s) past due, up to ${worstProblem} days.`;
    case "problem_overdue_red":
      return lang === "zh"
        ? `问题超期 ${worstProblem} 天未解决，超过 ${th.redProblemOverdueDays} 天。`
        : `A problem is ${worstProblem} days past due, more than ${th.redProblemOverdueDays}.`;
  }
}
