import { Hono } from "hono";
import { z } from "zod";
import { sheetWithTotalSchema } from "../../domain/api-views";
import { idSchema } from "../../domain/ids";
import { sheetInputSchema } from "../../domain/sheet-input";
import { sheetTotal } from "../../domain/sheet-total";
import { documented, writeHeaders } from "../api-doc";
import { apiError, errorBody } from "../api-error";
import { type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { onceByBodyGrouped } from "../idempotency";
import type { ChangeFeed } from "../live/change-feed";
import type { GroupCommit } from "../store/group-commit";
import type { IdempotencyStore } from "../store/idempotency-store";
import type { ReadStore } from "../store/read-store";
import type { SheetWrites } from "../store/sheet-writes";
import { sheetBody, validate } from "../validate";
import { checkSheetTarget } from "./sheet-checks";

const id = idSchema();
const sheetParams = z.object({ id, evaluatorId: id, projectId: id });

const writtenSchema = (outcome: z.ZodType) => z.object({ sheet: sheetWithTotalSchema, outcome });

type Deps = {
  store: ReadStore;
  writes: SheetWrites;
  idempotency: IdempotencyStore;
  feed: ChangeFeed;
  commits: GroupCommit;
};

/** "v3" or W/"v3" → 3; "*" → undefined (any version). */
function parseIfMatch(header: string | undefined): number | undefined | "invalid" {
  if (!header || header.trim() === "*") return undefined;
  const match = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return match ? Number(match[1]) : "invalid";
}

/**
 * PUT one evaluator's sheet for one project. Staff and admins (cookie + CSRF) may write any sheet
 * while the event is open or closed; an evaluator's personal link writes only that evaluator's
 * sheets while the event is open. Nothing is stored unless every check passes.
 */
export function sheetWriteRoutes({ store, writes, idempotency, feed, commits }: Deps) {
  return new Hono<AppEnv>().put(
    "/:id/sheets/:evaluatorId/:projectId",
    documented({
      summary:
        "Store one evaluator's sheet for one project (staff/admin, or the evaluator's personal link)",
      description:
        'Honours Idempotency-Key (a replay returns the stored outcome; the same key with another body gets 422) and If-Match ("v3"; 412 when stale). Changing a submitted sheet needs a reason.',
      tags: ["sheets"],
      answers: {
        200: writtenSchema(z.enum(["updated", "unchanged"])),
        201: writtenSchema(z.literal("created")),
      },
      errors: [400, 404, 409, 412, 413, 422],
      headers: [...writeHeaders, "If-Match"],
    }),
    requireRole("admin", "staff", "evaluator"),
    validate("param", sheetParams),
    validate("json", sheetInputSchema, sheetBody),
    async (c) => {
      const actor = c.get("actor");
      if (!actor) return apiError(c, 401, "unauthenticated");
      const { id: eventId, evaluatorId, projectId } = c.req.valid("param");
      const input = c.req.valid("json");
      let changed = false;
      const by = actorLabel(actor);
      const response = await onceByBodyGrouped(c, idempotency, by, commits, async () => {
        const fail = (
          status: 400 | 403 | 404 | 409 | 412,
          ...args: Parameters<typeof errorBody> extends [unknown, ...infer R] ? R : never
        ) => ({
          status,
          body: errorBody(c, ...args),
        });
        const checked = await checkSheetTarget(
          c,
          store,
          actor,
          { eventId, evaluatorId, projectId },
          input.scores,
        );
        if (checked.failure) return checked.failure;
        const { event } = checked;
        const ifMatch = parseIfMatch(c.req.header("if-match"));
        if (ifMatch === "invalid")
          return fail(400, "invalid_parameter", { detail: 'If-Match: expected an ETag like "v3"' });

        const outcome = await writes.put(
          { eventId, evaluatorId, projectId },
          { scores: input.scores, vote: input.vote, comment: input.comment },
          { actor: by, reason: input.reason, ifMatchVersion: ifMatch },
        );
        if (outcome.kind === "version_conflict")
          return fail(412, "version_conflict", { current: String(outcome.current) });
        if (outcome.kind === "reason_required") return fail(400, "reason_required");
        changed = outcome.kind !== "unchanged";
        const { total } = sheetTotal(outcome.sheet, event.scheme);
        return {
          status: outcome.kind === "created" ? 201 : 200,
          body: { sheet: { ...outcome.sheet, total }, outcome: outcome.kind },
          headers: { ETag: `"v${outcome.sheet.version}"` },
        };
      });
      // Pages hear of a change only once it is durable (the commit holding it has returned).
      if (changed) feed.publish({ type: "sheets", eventId, projectId, evaluatorId });
      return response;
    },
  );
}
