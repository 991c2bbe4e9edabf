import { type Context, Hono } from "hono";
import { z } from "zod";
import { sheetWithTotalSchema } from "../../domain/api-views";
import { compareEntries } from "../../domain/double-entry";
import { idSchema } from "../../domain/ids";
import { voteSchema } from "../../domain/scoring-schemas";
import { sheetInputSchema } from "../../domain/sheet-input";
import { sheetTotal } from "../../domain/sheet-total";
import { documented, writeHeaders } from "../api-doc";
import { errorBody } from "../api-error";
import { type Actor, type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { onceByBody } from "../idempotency";
import type { Services } from "../services";
import type { DoubleEntry, Mismatch } from "../store/double-entry-store";
import { sheetBody, validate } from "../validate";
import { eventInPath } from "./event-in-path";
import { checkSheetTarget } from "./sheet-checks";

const id = idSchema();
const pairParams = z.object({ id, evaluatorId: id, projectId: id });
const mismatchParams = z.object({ id, mismatchId: z.coerce.number().int().positive() });

const keyedEntrySchema = z.object({
  keyedBy: z.string(),
  keyedAt: z.string(),
  scores: z.record(z.string(), z.number()),
  vote: voteSchema.nullable(),
  comment: z.string(),
});
const mismatchBase = {
  id: z.number().int(),
  evaluatorId: z.string(),
  projectId: z.string(),
  keyers: z.array(z.string()),
  keyedAt: z.array(z.string()),
  openedAt: z.string(),
};
const openEntriesSchema = z.object({
  waiting: z.array(
    z.object({
      evaluatorId: z.string(),
      projectId: z.string(),
      keyedBy: z.string(),
      keyedAt: z.string(),
      mine: z.boolean(),
    }),
  ),
  mismatches: z.array(
    z.discriminatedUnion("blind", [
      z.object({ ...mismatchBase, blind: z.literal(true) }),
      z.object({
        ...mismatchBase,
        blind: z.literal(false),
        first: keyedEntrySchema,
        second: keyedEntrySchema,
        differing: z.object({
          criteria: z.array(z.string()),
          vote: z.boolean(),
          comment: z.boolean(),
        }),
      }),
    ]),
  ),
  you: z.string(),
});
const tags = ["double entry"];

type Fail = { status: 400 | 403 | 404 | 409; body: ReturnType<typeof errorBody> };

const publicEntry = (e: DoubleEntry) => ({
  keyedBy: e.keyedBy,
  keyedAt: e.keyedAt,
  scores: e.scores,
  vote: e.vote,
  comment: e.comment ?? "",
});

/**
 * Blind double entry of paper sheets by staff. Each keying is kept as an entry; a second keying by
 * another account either stores the sheet (both agree on every score and the vote) or opens a
 * mismatch. Blindness: no answer ever carries another keyer's values to someone who keyed the
 * sheet. The third look (resolve) must come from an account that keyed neither pass — admins
 * included, so that the review is always a different person's reading of the paper.
 */
export function doubleEntryRoutes({ store, doubleEntries, idempotency, feed }: Services) {
  const me = (c: Context) => actorLabel(c.get("actor") as Actor);
  const publish = (eventId: string, evaluatorId: string, projectId: string) =>
    feed.publish({ type: "sheets", eventId, projectId, evaluatorId });

  const viewMismatch = (m: Mismatch, caller: string) => {
    const keyers = [m.first.keyedBy, m.second.keyedBy];
    const blind = keyers.includes(caller);
    // Who keyed when is not a value: keyers may see it.
    const keyedAt = [m.first.keyedAt, m.second.keyedAt];
    const base = { id: m.id, evaluatorId: m.evaluatorId, projectId: m.projectId, keyers, keyedAt };
    if (blind) return { ...base, openedAt: m.openedAt, blind: true as const };
    const diff = compareEntries(m.first, m.second);
    return {
      ...base,
      openedAt: m.openedAt,
      blind: false as const,
      first: publicEntry(m.first),
      second: publicEntry(m.second),
      differing: { criteria: diff.criteria, vote: diff.vote, comment: diff.comment },
    };
  };

  return (
    new Hono<AppEnv>()
      // Staff work, every path of it (admins included).
      .use("/:id/double-entry/*", requireRole("admin", "staff"))
      .get(
        "/:id/double-entry",
        documented({
          summary:
            "Blind double entry: passes waiting for a second keyer, and open mismatches (values only for a third account)",
          tags,
          answers: { 200: openEntriesSchema },
          errors: [404],
        }),
        validate("param", z.object({ id })),
        eventInPath(store),
        async (c) => {
          const eventId = c.get("event").id;
          const caller = me(c);
          const open = await doubleEntries.listOpen(eventId);
          return c.json({
            // Who keyed and when; never the values (the second keyer must not see the first's).
            waiting: open.waiting.map((e) => ({
              evaluatorId: e.evaluatorId,
              projectId: e.projectId,
              keyedBy: e.keyedBy,
              keyedAt: e.keyedAt,
              mine: e.keyedBy === caller,
            })),
            mismatches: open.mismatches.map((m) => viewMismatch(m, caller)),
            you: caller,
          });
        },
      )
      .post(
        "/:id/double-entry/:evaluatorId/:projectId",
        documented({
          summary:
            "Key one pass of a paper sheet; a matching second pass by another account stores the sheet",
          tags,
          answers: {
            200: z.object({ outcome: z.literal("mismatch"), mismatchId: z.number().int() }),
            201: z.union([
              z.object({ outcome: z.literal("first") }),
              z.object({ outcome: z.literal("matched"), sheet: sheetWithTotalSchema }),
            ]),
          },
          errors: [400, 404, 409, 413, 422],
          headers: writeHeaders,
        }),
        validate("param", pairParams),
        validate("json", sheetInputSchema, sheetBody),
        async (c) => {
          const { id: eventId, evaluatorId, projectId } = c.req.valid("param");
          const input = c.req.valid("json");
          const actor = c.get("actor") as Actor;
          let changed = false;
          const response = await onceByBody(c, idempotency, me(c), async () => {
            const target = { eventId, evaluatorId, projectId };
            const checked = await checkSheetTarget(c, store, actor, target, input.scores);
            if (checked.failure) return checked.failure;
            const keyed = { scores: input.scores, vote: input.vote, comment: input.comment };
            const outcome = await doubleEntries.submit(target, keyed, me(c));
            const fail = (status: 409, code: Parameters<typeof errorBody>[1]) => ({
              status,
              body: errorBody(c, code),
            });
            switch (outcome.kind) {
              case "same_keyer":
                return fail(409, "double_entry_same_keyer");
              case "in_review":
                return fail(409, "double_entry_in_review");
              case "sheet_exists":
                return fail(409, "double_entry_sheet_exists");
              case "first":
                changed = true;
                return { status: 201, body: { outcome: "first" } };
              case "mismatch":
                changed = true;
                return {
                  status: 200,
                  body: { outcome: "mismatch", mismatchId: outcome.mismatchId },
                };
              case "matched": {
                changed = true;
                const { total } = sheetTotal(outcome.sheet, checked.event.scheme);
                return {
                  status: 201,
                  body: { outcome: "matched", sheet: { ...outcome.sheet, total } },
                  headers: { ETag: `"v${outcome.sheet.version}"` },
                };
              }
            }
          });
          // Pages hear of a keying only once it is committed.
          if (changed) publish(eventId, evaluatorId, projectId);
          return response;
        },
      )
      .post(
        "/:id/double-entry/mismatches/:mismatchId/resolve",
        documented({
          summary:
            "A third account chooses the values of a mismatch (reason required); the sheet is stored and audited",
          tags,
          answers: {
            200: z.object({ outcome: z.literal("resolved"), sheet: sheetWithTotalSchema }),
          },
          errors: [400, 404, 409, 413, 422],
          headers: writeHeaders,
        }),
        validate("param", mismatchParams),
        validate("json", sheetInputSchema, sheetBody),
        async (c) => {
          const { id: eventId, mismatchId } = c.req.valid("param");
          const input = c.req.valid("json");
          const actor = c.get("actor") as Actor;
          let changed: { evaluatorId: string; projectId: string } | undefined;
          const response = await onceByBody(c, idempotency, me(c), async () => {
            const fail = (
              status: Fail["status"],
              ...args: Parameters<typeof errorBody> extends [unknown, ...infer R] ? R : never
            ) => ({ status, body: errorBody(c, ...args) });
            const m = await doubleEntries.mismatch(eventId, mismatchId);
            if (!m) return fail(404, "double_entry_not_found", { id: String(mismatchId) });
            if (m.resolvedAt) return fail(409, "double_entry_resolved");
            if (m.first.keyedBy === me(c) || m.second.keyedBy === me(c))
              return fail(403, "double_entry_keyer_cannot_resolve");
            const target = { eventId, evaluatorId: m.evaluatorId, projectId: m.projectId };
            const checked = await checkSheetTarget(c, store, actor, target, input.scores);
            if (checked.failure) return checked.failure;
            const reason = input.reason?.trim();
            if (!reason) return fail(400, "double_entry_reason_required");
            const keyed = { scores: input.scores, vote: input.vote, comment: input.comment };
            const outcome = await doubleEntries.resolve(eventId, mismatchId, keyed, {
              resolver: me(c),
              reason,
            });
            // Checked above; asked again inside the store's transaction in case of a race.
            if (outcome.kind === "not_found")
              return fail(404, "double_entry_not_found", { id: String(mismatchId) });
            if (outcome.kind === "closed") return fail(409, "double_entry_resolved");
            if (outcome.kind !== "resolved") return fail(403, "double_entry_keyer_cannot_resolve");
            changed = m;
            const { total } = sheetTotal(outcome.sheet, checked.event.scheme);
            return {
              status: 200,
              body: { outcome: "resolved", sheet: { ...outcome.sheet, total } },
              headers: { ETag: `"v${outcome.sheet.version}"` },
            };
          });
          if (changed) publish(eventId, changed.evaluatorId, changed.projectId);
          return response;
        },
      )
  );
}
