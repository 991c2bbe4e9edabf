import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { apiError } from "./api-error";
import type { IdempotencyStore } from "./store/idempotency-store";
import { isUniqueViolation } from "./store/sql";

type Outcome = {
  status: ContentfulStatusCode;
  body: unknown;
  headers?: Record<string, string>;
};

/** The key was stored by a request that committed while this one ran. */
class KeyTaken extends Error {}

/**
 * Runs a write at most once per (actor, Idempotency-Key): a replay with the same body gets the stored
 * outcome; the same key with a different body gets 422. Without a key the write simply runs (in a
 * transaction, all of it or nothing).
 * The lookup, the write and its stored outcome are one transaction, so a crash between them cannot
 * turn a retry into a second write or an "unchanged". Where two requests with the same key run at
 * once (PostgreSQL), the second's save finds the key taken: its write is rolled back and it answers
 * with the first one's outcome. Server errors are not stored: a retry can still succeed.
 * `run` may await the store only (see store/sql/index.ts).
 */
export async function onceByKey(
  c: Context,
  store: IdempotencyStore,
  actor: string,
  bodyText: string,
  run: () => Outcome | Promise<Outcome>,
) {
  const header = c.req.header("idempotency-key")?.trim();
  if (!header) {
    const outcome = await store.atomically(async () => run());
    return c.json(outcome.body, outcome.status, outcome.headers);
  }
  const key = header.slice(0, 200);
  const requestHash = createHash("sha256")
    .update(`${c.req.method} ${c.req.path}\n${bodyText}`)
    .digest("hex");
  const once = () =>
    store.atomically(async () => {
      const stored = await store.find(actor, key);
      if (stored) return { stored, result: null };
      const result = await run();
      if (result.status < 500)
        await store.save(actor, key, { requestHash, ...result }).catch((error) => {
          throw isUniqueViolation(error) ? new KeyTaken() : error;
        });
      return { stored: null, result };
    });
  const outcome = await once().catch((error) => {
    if (error instanceof KeyTaken) return once();
    throw error;
  });
  const { stored, result } = outcome;
  if (result) return c.json(result.body, result.status, result.headers);
  if (!stored) throw new Error("neither a stored outcome nor a result");
  if (stored.requestHash !== requestHash) return apiError(c, 422, "idempotency_mismatch");
  c.header("Idempotent-Replayed", "true");
  return c.json(stored.body, stored.status as ContentfulStatusCode);
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
