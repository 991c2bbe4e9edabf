import { type Context, Hono } from "hono";
import { z } from "zod";
import { withoutName } from "../../domain/event-input";
import { checkTransition, openingProblems } from "../../domain/event-states";
import { idSchema } from "../../domain/ids";
import type { Evaluator } from "../../domain/scoring-schemas";
import { eventStateSchema } from "../../domain/scoring-schemas";
import { documented, writeHeaders } from "../api-doc";
import { apiError } from "../api-error";
import { type Actor, actorLabel, roleOf } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { hashToken, randomToken } from "../auth/tokens";
import type { ChangeFeed } from "../live/change-feed";
import type { AuditStore } from "../store/audit-store";
import type { EventWrites } from "../store/event-writes";
import type { ReadStore } from "../store/read-store";
import type { TokensStore } from "../store/tokens-store";
import { validate } from "../validate";
import { type EventEnv, eventInPath } from "./event-in-path";

const id = idSchema();
const eventParam = z.object({ id });
const linkParams = z.object({ id, evaluatorId: id });
const stateBody = z.object({
  state: eventStateSchema,
  reason: z.string().trim().max(500).optional(),
});
const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

const revokedSchema = z.object({ revoked: z.boolean() });
const auditRecordSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  eventId: z.string().nullable(),
  subject: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
const linkSchema = z.object({
  evaluatorId: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
const tags = ["event admin"];

/** An audit record of a draft (event and roster) without the evaluators' names. */
function withoutRosterNames<R extends { before: unknown; after: unknown }>(record: R): R {
  const strip = (side: unknown) => {
    const roster = (side as { roster?: Evaluator[] } | null)?.roster;
    return roster ? { ...(side as object), roster: roster.map(withoutName) } : side;
  };
  return { ...record, before: strip(record.before), after: strip(record.after) };
}

/** Who is acting, behind requireRole (so someone is). */
const signedIn = (c: Context) => actorLabel(c.get("actor") as Actor);

type Deps = {
  store: ReadStore;
  eventWrites: EventWrites;
  audit: AuditStore;
  tokens: TokensStore;
  feed: ChangeFeed;
};

/** Event states, the audit log, and evaluators' personal links. */
export function eventAdminRoutes({ store, eventWrites, audit, tokens, feed }: Deps) {
  // Links carry no content worth a before/after: the record says who issued or revoked whose.
  const linkAudit = (action: string, actor: string, eventId: string, evaluatorId: string) => ({
    actor,
    action,
    eventId,
    subject: `evaluator:${evaluatorId}`,
    before: null,
    after: null,
    reason: null,
  });
  return new Hono<EventEnv>()
    .post(
      "/:id/state",
      documented({
        summary:
          "Move the event draft → open → closed → published (reopening needs an admin and a reason)",
        tags,
        answers: {
          200: z.object({ event: z.object({ id: z.string(), state: eventStateSchema }) }),
        },
        errors: [400, 404, 409, 413],
        headers: writeHeaders,
      }),
      requireRole("admin", "staff"),
      validate("param", eventParam),
      validate("json", stateBody),
      eventInPath(store),
      async (c) => {
        const actor = c.get("actor");
        if (actor?.kind !== "user" || actor.user.role === "leader")
          return apiError(c, 403, "forbidden");
        const { state, reason } = c.req.valid("json");
        const event = c.get("event");
        const eventId = event.id;
        const check = checkTransition(event.state, state, actor.user.role);
        if (!check.ok)
          return check.why === "forbidden"
            ? apiError(c, 403, "forbidden")
            : apiError(c, 409, "invalid_transition", { from: event.state, to: state });
        if (check.needsReason && !reason) return apiError(c, 400, "reason_required");
        if (event.state === "draft" && state === "open") {
          const [problem] = openingProblems(event, await store.eventEvaluators(event));
          if (problem) return apiError(c, 409, problem);
        }
        await eventWrites.setState(eventId, event.state, state, actorLabel(actor), reason ?? null);
        feed.publish({ type: "event", eventId });
        return c.json({ event: { id: eventId, state } });
      },
    )
    .get(
      "/:id/audit",
      documented({
        summary: "The event's append-only change log, newest first (staff, admin, leader)",
        tags,
        answers: { 200: z.object({ records: z.array(auditRecordSchema) }) },
        errors: [404],
      }),
      requireRole("admin", "staff", "leader"),
      validate("param", eventParam),
      validate("query", auditQuery),
      eventInPath(store),
      async (c) => {
        const eventId = c.get("event").id;
        const { limit, offset } = c.req.valid("query");
        const records = await audit.list(eventId, limit, offset);
        // Leaders read the log too; evaluators' names in a roster's before → after are not theirs.
        const staff = ["admin", "staff"].includes(roleOf(c.get("actor")) ?? "");
        return c.json({ records: staff ? records : records.map(withoutRosterNames) });
      },
    )
    .get(
      "/:id/links",
      documented({
        summary: "Evaluators with an active personal link",
        tags,
        answers: { 200: z.object({ links: z.array(linkSchema) }) },
        errors: [404],
      }),
      requireRole("admin", "staff"),
      validate("param", eventParam),
      eventInPath(store),
      async (c) => c.json({ links: await tokens.activeLinks(c.get("event").id) }),
    )
    .post(
      "/:id/links/:evaluatorId",
      documented({
        summary:
          "Issue an evaluator's personal link (revokes the previous one); the token is shown once",
        tags,
        answers: {
          201: z.object({ evaluatorId: z.string(), token: z.string(), path: z.string() }),
        },
        errors: [404, 413],
        headers: writeHeaders,
      }),
      requireRole("admin", "staff"),
      validate("param", linkParams),
      eventInPath(store),
      async (c) => {
        const by = signedIn(c);
        const { id: eventId, evaluatorId } = c.req.valid("param");
        if (!(await store.eventEvaluators(c.get("event"))).some((e) => e.id === evaluatorId))
          return apiError(c, 404, "evaluator_not_found", { id: evaluatorId });
        // The token is shown once, here; the store keeps only its hash. Issuing revokes older links.
        const token = randomToken();
        await tokens.issueLink(
          eventId,
          evaluatorId,
          hashToken(token),
          by,
          linkAudit("link.issue", by, eventId, evaluatorId),
        );
        feed.publish({ type: "access" }); // an older link may have just been revoked
        return c.json({ evaluatorId, token, path: `/score/${token}` }, 201);
      },
    )
    .delete(
      "/:id/links/:evaluatorId",
      documented({
        summary: "Revoke an evaluator's personal link",
        tags,
        answers: { 200: revokedSchema },
        errors: [413],
        headers: writeHeaders,
      }),
      requireRole("admin", "staff"),
      validate("param", linkParams),
      async (c) => {
        const by = signedIn(c);
        const { id: eventId, evaluatorId } = c.req.valid("param");
        const revoked = await tokens.revokeLink(
          eventId,
          evaluatorId,
          linkAudit("link.revoke", by, eventId, evaluatorId),
        );
        if (revoked) feed.publish({ type: "access" });
        return c.json({ revoked });
      },
    );
}
