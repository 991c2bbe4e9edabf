import type { Role as AccountRole } from "./roles";
import type { EventState } from "./scoring-schemas";

/** Leaders read the desk; they never change an event's state. */
type Role = Exclude<AccountRole, "leader">;

/**
 * draft → open → closed → published. Going back (closed → open, or reopening a published event)
 * needs a reason; only an admin publishes or reopens published results.
 */
const transitions: { from: EventState; to: EventState; roles: Role[]; needsReason: boolean }[] = [
  { from: "draft", to: "open", roles: ["admin", "staff"], needsReason: false },
  { from: "open", to: "closed", roles: ["admin", "staff"], needsReason: false },
  { from: "closed", to: "open", roles: ["admin", "staff"], needsReason: true },
  { from: "closed", to: "published", roles: ["admin"], needsReason: false },
  { from: "published", to: "closed", roles: ["admin"], needsReason: true },
  { from: "published", to: "open", roles: ["admin"], needsReason: true },
];

export type TransitionCheck =
  | { ok: true; needsReason: boolean }
  | { ok: false; why: "invalid_transition" | "forbidden" };

export function checkTransition(from: EventState, to: EventState, role: Role): TransitionCheck {
  const rule = transitions.find((t) => t.from === from && t.to === to);
  if (!rule) return { ok: false, why: "invalid_transition" };
  if (!rule.roles.includes(role)) return { ok: false, why: "forbidden" };
  return { ok: true, needsReason: rule.needsReason };
}

/** The states an event can move to next, for a role (what a screen offers). */
export function nextStates(
  from: EventState,
  role: Role,
): { to: EventState; needsReason: boolean }[] {
  return transitions
    .filter((t) => t.from === from && t.roles.includes(role))
    .map(({ to, needsReason }) => ({ to, needsReason }));
}

/** Why a draft cannot be opened for scoring yet: nobody could score it, or a sheet would fit no group. */
export type OpeningProblem = "roster_empty" | "evaluator_without_group";

export function openingProblems(
  event: { groups: readonly { id: string }[] },
  roster: readonly { groupId: string }[],
): OpeningProblem[] {
  const groups = new Set(event.groups.map((g) => g.id));
  const problems: OpeningProblem[] = [];
  if (roster.length === 0) problems.push("roster_empty");
  if (roster.some((e) => !groups.has(e.groupId))) problems.push("evaluator_without_group");
  return problems;
}
