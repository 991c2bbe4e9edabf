import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { apiError } from "./api-error";
import type { IdempotencyStore } from "./store/idempotency-store";

/**
 * Runs a write at most once per (actor, Idempotency-Key): a replay with the same body gets the stored
 * outcome; the same key with a different body gets 422. Without a key the write simply runs.
 * Server errors are not stored, so a retry after one can still succeed.
 */
export async function onceByKey(
  c: Context,
  store: IdempotencyStore,
  actor: string,
  bodyText: string,
  run: () => Promise<{
    status: ContentfulStatusCode;
    body: unknown;
    headers?: Record<string, string>;
  }>,
) {
  const key = c.req.header("idempotency-key")?.trim();
  if (!key) {
    const outcome = await run();
    return c.json(outcome.body, outcome.status, outcome.headers);
  }
  const requestHash = createHash("sha256")
    .update(`${c.req.method} ${c.req.path}\n${bodyText}`)
    .digest("hex");
  const stored = store.find(actor, key.slice(0, 200));
  if (stored) {
    if (stored.requestHash !== requestHash) return apiError(c, 422, "idempotency_mismatch");
    c.header("Idempotent-Replayed", "true");
    return c.json(stored.body, stored.status as ContentfulStatusCode);
  }
  const outcome = await run();
  if (outcome.status < 500) store.save(actor, key.slice(0, 200), { requestHash, ...outcome });
  return c.json(outcome.body, outcome.status, outcome.headers);
}
