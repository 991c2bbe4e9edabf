/**
 * Replanning a milestone: a new planned date needs a reason; the first plan is kept as
 * `originalPlannedDate` and every replan is listed, so nobody can quietly move a deadline.
 */
import { defineMessages, type Lang, text } from "./i18n";
import type { Milestone } from "./project";

export type ReplanRefusalCode =
  | "replan_reason_required"
  | "replan_same_date"
  | "replan_milestone_reached";

export type ReplanRefusal = { refused: ReplanRefusalCode; params: Record<string, string> };

export function replanMilestone(
  milestone: Milestone,
  plannedDate: string,
  reason: string | undefined,
  actor: string,
  at: string,
): Milestone | ReplanRefusal {
  const why = reason?.trim() ?? "";
  if (milestone.actualDate)
    return { refused: "replan_milestone_reached", params: { date: milestone.actualDate } };
  if (plannedDate === milestone.plannedDate)
    return { refused: "replan_same_date", params: { date: plannedDate } };
  if (!why) return { refused: "replan_reason_required", params: {} };
  return {
    ...milestone,
    plannedDate,
    originalPlannedDate: milestone.originalPlannedDate ?? milestone.plannedDate,
    replans: [
      ...(milestone.replans ?? []),
      { from: milestone.plannedDate, to: plannedDate, reason: why, actor, at },
    ],
  };
}

export const isReplanRefusal = (v: Milestone | ReplanRefusal): v is ReplanRefusal => "refused" in v;

export const replanMessages = defineMessages({
  zh: {
    replan_reason_required: "调整节点计划须填写理由。",
    replan_same_date: "新的计划日期与原计划相同（{date}），无需调整。",
    replan_milestone_reached: "该节点已于 {date} 完成，不能再调整计划。",
  },
  en: {
    replan_reason_required: "Replanning a milestone needs a reason.",
    replan_same_date: "The new planned date is the current one ({date}); nothing to replan.",
    replan_milestone_reached:
      "This milestone was reached on {date}; its plan can no longer change.",
  },
});

export const replanRefusalText = (refusal: ReplanRefusal, lang: Lang) =>
  text(replanMessages, refusal.refused, lang, refusal.params);
