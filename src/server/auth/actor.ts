import type { Role } from "../../domain/roles";
import type { User } from "../store/accounts-store";
import type { RequestFacts } from "./request-facts";

/** Who is making a request: a signed-in account, an evaluator's personal link, or a wall screen. */
export type Actor =
  | { kind: "user"; user: User; csrfToken: string; sessionHash: string }
  | { kind: "evaluator"; evaluatorId: string; eventId: string }
  | { kind: "display"; tokenId: string };

export type AppEnv = { Variables: { actor: Actor | null; facts: RequestFacts } };

/** The role an actor acts in; links and tokens have roles of their own. */
export function roleOf(actor: Actor | null): Role | "evaluator" | "display" | null {
  if (!actor) return null;
  return actor.kind === "user" ? actor.user.role : actor.kind;
}

/**
 * Whether the actor may see an event's results (totals, rankings, per-evaluator steps). An
 * evaluator's personal link may not until they are published: others' scores must not sway its own
 * while it is still scoring. Everyone else who may read, may (the wall shows the live ranking).
 */
export function maySeeResults(actor: Actor | null, eventState: string): boolean {
  return actor?.kind !== "evaluator" || eventState === "published";
}

/** A stable label for audit records and idempotency scopes. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case "user":
      return `user:${actor.user.username}`;
    case "evaluator":
      return `evaluator:${actor.evaluatorId}`;
    case "display":
      return `display:${actor.tokenId}`;
  }
}
