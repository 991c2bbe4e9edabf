import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { apiError } from "./api-error";
import type { IdempotencyStore } from "./store/idempotency-store";

/**
 * Runs a write at most once per (actor, Idempotency-Key): a replay with the same body gets the stored
 * outcome; the same key with a different body gets 422. Without a key the write simply runs.
 * The write and its stored outcome commit together, so a crash between them cannot turn a retry
 * into a second write or an "unchanged". Server errors are not stored: a retry can still succeed.
 * The write is synchronous (SQLite) so that the lookup, the write and the save cannot interleave
 * with another request carrying the same key.
 */
export function onceByKey(
  c: Context,
  store: IdempotencyStore,
  actor: string,
  bodyText: string,
  run: () => {
    status: ContentfulStatusCode;
    body: unknown;
    headers?: Record<string, string>;
  },
) {
  const key = c.req.header("idempotency-key")?.trim();
  if (!key) {
    const outcome = run();
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
  const outcome = store.atomically(() => {
    const result = run();
    if (result.status < 500) store.save(actor, key.slice(0, 200), { requestHash, ...result });
    return result;
  });
  return c.json(outcome.body, outcome.status, outcome.headers);
}

/**
 * onceByKey for a write whose JSON body a validator has read: the key binds the raw text as sent
 * (the request keeps it), not the parsed value, so a replay must send the very same bytes.
 */
export async function onceByBody(
  c: Context,
  store: IdempotencyStore,
  actor: string,
  run: Parameters<typeof onceByKey>[4],
) {
  return onceByKey(c, store, actor, await c.req.text(), run);
}
