/**
 * The sentence that explains a status light: where the project stands against 序时进度 (ahead, on plan
 * or behind, by how much) and the rule that set the light. The figures in the sentence are the ones a
 * reader sees, so the gap is the difference of the two shown percentages, and it is never shown on the
 * other side of a threshold than the one the light was decided on.
 */
import { defineMessages, type Lang, translate } from "./i18n";
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

const statusMessages = defineMessages({
  zh: {
    ahead: "超前 {points} 个百分点",
    on_plan: "与序时持平",
    behind: "落后 {points} 个百分点",
    behind_under: "落后不足 {bound} 个百分点",
    behind_over: "落后超过 {bound} 个百分点",
    plan: "年度投资完成 {done}%，序时进度 {elapsed}%，{where}",
    on_track: "绿灯：落后不足 {yellow} 个百分点且无逾期。",
    behind_yellow: "黄灯：落后 {yellow}–{red} 个百分点。",
    behind_red: "红灯：落后超过 {red} 个百分点。",
    milestone_overdue: "黄灯：{count} 个节点逾期，最长 {days} 天（超过 {redDays} 天为红灯）。",
    milestone_overdue_red: "红灯：节点逾期 {days} 天，超过 {redDays} 天。",
    problem_overdue: "黄灯：{count} 个问题超期，最长 {days} 天（超过 {redDays} 天为红灯）。",
    problem_overdue_red: "红灯：问题超期 {days} 天未解决，超过 {redDays} 天。",
    sentence: "{plan}。{rule}",
    short_behind: "年度投资{where}",
  },
  en: {
    // Gaps are shown with one decimal ("1.0 points"), so only whole-number bounds take a plural.
    ahead: "{points} points ahead",
    on_plan: "on plan",
    behind: "{points} points behind",
    behind_under: "under {bound, plural, one {# point} other {# points}} behind",
    behind_over: "over {bound, plural, one {# point} other {# points}} behind",
    plan: "{done}% of the year's plan done, {elapsed}% of the year gone: {where}",
    on_track:
      "Green: under {yellow, plural, one {# point} other {# points}} behind, nothing overdue.",
    behind_yellow: "Yellow: {yellow}–{red} points behind.",
    behind_red: "Red: over {red, plural, one {# point} other {# points}} behind.",
    milestone_overdue:
      "Yellow: {count, plural, one {# milestone} other {# milestones}} overdue, up to {days, plural, one {# day} other {# days}} (red after {redDays}).",
    milestone_overdue_red:
      "Red: a milestone {days, plural, one {# day} other {# days}} overdue, over {redDays}.",
    problem_overdue:
      "Yellow: {count, plural, one {# problem} other {# problems}} past due, up to {days, plural, one {# day} other {# days}} (red after {redDays}).",
    problem_overdue_red:
      "Red: a problem {days, plural, one {# day} other {# days}} past due, over {redDays}.",
    sentence: "{plan}. {rule}",
    short_behind: "Year's investment {where}",
  },
});

function standingWords(standing: PlanStanding, lang: Lang): string {
  const t = translate(statusMessages, lang);
  switch (standing.kind) {
    case "ahead":
    case "behind":
      return t(standing.kind, { points: pct(standing.points) });
    case "on_plan":
      return t("on_plan");
    case "behind_under":
    case "behind_over":
      return t(standing.kind, { bound: standing.bound });
  }
}

function planClause(s: StatusExplanation, lang: Lang): string {
  return translate(statusMessages, lang)("plan", {
    done: pct(s.ytdCompletionPct),
    elapsed: pct(s.timeElapsedPct),
    where: standingWords(planStanding(s), lang),
  });
}

// Kept short: the same sentence has to fit a wall panel as well as a tooltip.
function ruleClause(s: StatusExplanation, lang: Lang): string {
  const th = s.thresholds;
  const milestones = s.rule === "milestone_overdue" || s.rule === "milestone_overdue_red";
  const overdue = milestones ? s.overdueMilestones : s.overdueProblems;
  return translate(statusMessages, lang)(s.rule, {
    yellow: th.yellowBehindPoints,
    red: th.redBehindPoints,
    count: overdue.length,
    days: Math.max(0, ...overdue.map((o) => o.days)),
    redDays: milestones ? th.redMilestoneOverdueDays : th.redProblemOverdueDays,
  });
}

/** One sentence: where the project stands against plan, then the rule that set its light. */
export function describeStatus(s: StatusExplanation, lang: Lang): string {
  return translate(statusMessages, lang)("sentence", {
    plan: planClause(s, lang),
    rule: ruleClause(s, lang),
  });
}

/**
 * The light's reason in a few words, for a wall read from across a room: how far behind plan when
 * the plan set the light, otherwise the rule with its figure (the days overdue).
 */
export function shortStatusReason(s: StatusExplanation, lang: Lang): string {
  if (s.rule === "behind_red" || s.rule === "behind_yellow")
    return translate(statusMessages, lang)("short_behind", {
      where: standingWords(planStanding(s), lang),
    });
  return ruleClause(s, lang);
}
