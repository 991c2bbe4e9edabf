/**
 * 问题清单 lifecycle: a problem is raised open; its unit applies to close it with a note (申请销号,
 * → awaiting_close); staff close it (销号, → closed) or return it with a reason (→ open); a closed
 * problem can be reopened with a reason. Pure: the caller stores what comes back.
 */
import { defineMessages, type Lang, text } from "./i18n";
import type { Problem, ProblemActionName, ProblemStatus, ProblemType } from "./project";

export type ProblemAction = Exclude<ProblemActionName, "raise">;
export const problemActions = [
  "resolve",
  "close",
  "return",
  "reopen",
] as const satisfies readonly ProblemAction[];

/** Who acts, as far as the rules care: a role, and for a unit account the unit it speaks for. */
export type ProblemActor = { role: string; unit?: string | null };

export type ProblemRefusalCode =
  | "problem_note_required"
  | "problem_invalid_action"
  | "problem_not_permitted";

export type ProblemRefusal = { refused: ProblemRefusalCode; params: Record<string, string> };

const from: Record<ProblemAction, ProblemStatus> = {
  resolve: "open",
  close: "awaiting_close",
  return: "awaiting_close",
  reopen: "closed",
};
const to: Record<ProblemAction, ProblemStatus> = {
  resolve: "awaiting_close",
  close: "closed",
  return: "open",
  reopen: "open",
};
/** Closing may go without a word; every other step must say why or what was done. */
const needsNote: Record<ProblemAction, boolean> = {
  resolve: true,
  close: false,
  return: true,
  reopen: true,
};

/**
 * Whether `actor` may take `action` on a problem of a project whose responsible unit is
 * `projectUnit`: staff and admins may do everything; a unit account may only apply to close
 * (申请销号) problems on its own unit's projects.
 */
export function mayActOnProblem(
  actor: ProblemActor,
  action: ProblemAction | "raise",
  projectUnit: string,
): boolean {
  if (actor.role === "admin" || actor.role === "staff") return true;
  return (
    action === "resolve" && actor.role === "unit" && !!actor.unit && actor.unit === projectUnit
  );
}

/**
 * The problem after `action`, or why not. `at` is when it happened (kept in the history);
 * `asOf` is the dataset's date (数据截至), the 销号 date when staff close it.
 */
export function problemAction(
  problem: Problem,
  action: ProblemAction,
  actor: string,
  note: string | undefined,
  at: string,
  asOf: string,
): Problem | ProblemRefusal {
  if (problem.status !== from[action])
    return { refused: "problem_invalid_action", params: { status: problem.status, action } };
  const said = note?.trim() ?? "";
  if (needsNote[action] && !said) return { refused: "problem_note_required", params: { action } };
  return {
    ...problem,
    status: to[action],
    resolvedDate: action === "close" ? asOf : action === "reopen" ? null : problem.resolvedDate,
    history: [...(problem.history ?? []), { at, actor, action, ...(said ? { note: said } : {}) }],
  };
}

export const isRefusal = (v: Problem | ProblemRefusal): v is ProblemRefusal => "refused" in v;

export const problemMessages = defineMessages({
  zh: {
    status_open: "办理中",
    status_awaiting_close: "待销号",
    status_closed: "已销号",
    action_raise: "交办",
    action_resolve: "申请销号",
    action_close: "销号",
    action_return: "退回",
    action_reopen: "重新打开",
    type_land: "用地",
    type_approval: "审批手续",
    type_funding: "资金",
    type_construction: "施工建设",
    type_utilities: "水电气配套",
    type_other: "其他",
    problem_note_required: "“{action}”须填写说明：申请销号写明办理情况，退回或重新打开写明理由。",
    problem_invalid_action: "该问题当前为“{status}”，不能“{action}”。",
    problem_not_permitted: "只有工作人员可以“{action}”；责任单位只能为本单位项目的问题申请销号。",
  },
  en: {
    status_open: "Open",
    status_awaiting_close: "Awaiting closure",
    status_closed: "Closed",
    action_raise: "Raised",
    action_resolve: "Apply to close",
    action_close: "Close",
    action_return: "Return",
    action_reopen: "Reopen",
    type_land: "Land",
    type_approval: "Approvals",
    type_funding: "Funding",
    type_construction: "Construction",
    type_utilities: "Utilities",
    type_other: "Other",
    problem_note_required:
      '"{action}" needs a note: what was done when applying to close, the reason when returning or reopening.',
    problem_invalid_action: 'The problem is "{status}", so it cannot take "{action}".',
    problem_not_permitted:
      'Only staff may "{action}"; a responsible unit may only apply to close problems on its own projects.',
  },
});

type StatusKey = `status_${ProblemStatus}`;
type ActionKey = `action_${ProblemActionName}`;

export const problemStatusText = (status: ProblemStatus, lang: Lang) =>
  text(problemMessages, `status_${status}` as StatusKey, lang);
export const problemActionText = (action: ProblemActionName, lang: Lang) =>
  text(problemMessages, `action_${action}` as ActionKey, lang);

export const problemTypeText = (type: ProblemType, lang: Lang) =>
  text(problemMessages, `type_${type}` as `type_${ProblemType}`, lang);

/** The steps an actor may take on a problem now, in the order a screen offers them. */
export function availableProblemActions(
  problem: Pick<Problem, "status">,
  actor: ProblemActor,
  projectUnit: string,
): ProblemAction[] {
  return problemActions.filter(
    (action) => from[action] === problem.status && mayActOnProblem(actor, action, projectUnit),
  );
}

/** Whether the step must carry a note (the form asks for one before sending). */
export const problemActionNeedsNote = (action: ProblemAction) => needsNote[action];

/** A refusal in the reader's language, its status and action named in words. */
export function problemRefusalText(refusal: ProblemRefusal, lang: Lang): string {
  const { status, action } = refusal.params;
  return text(problemMessages, refusal.refused, lang, {
    ...refusal.params,
    ...(status ? { status: problemStatusText(status as ProblemStatus, lang) } : {}),
    ...(action ? { action: problemActionText(action as ProblemActionName, lang) } : {}),
  });
}
