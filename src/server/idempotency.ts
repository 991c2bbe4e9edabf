import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { apiError } from "./api-error";
import type { GroupCommit } from "./store/group-commit";
import type { IdempotencyStore } from "./store/idempotency-store";
import { isUniqueViolation } from "./store/sql";

type Outcome = {
  status: ContentfulStatusCode;
  body: unknown;
  headers?: Record<string, string>;
};
type Settled = (Outcome & { replayed?: true }) | { mismatch: true };
type Keyed = { key: string; requestHash: string };
type Write = () => Outcome | Promise<Outcome>;

/** The key was stored by a request that committed while this one ran. */
class KeyTaken extends Error {}

function keyOf(c: Context, bodyText: string): Keyed | undefined {
  const key = c.req.header("idempotency-key")?.trim();
  if (!key) return undefined;
  const requestHash = createHash("sha256")
    .update(`${c.req.method} ${c.req.path}\n${bodyText}`)
    .digest("hex");
  return { key: key.slice(0, 200), requestHash };
}

/**
 * The lookup, the write and the saving of its outcome, with nothing in between: the caller runs
 * this inside one transaction, so a crash keeps the write and its outcome both or neither.
 */
async function settleOnce(
  store: IdempotencyStore,
  actor: string,
  keyed: Keyed | undefined,
  run: Write,
): Promise<Settled> {
  if (!keyed) return run();
  const stored = await store.find(actor, keyed.key);
  if (stored) {
    if (stored.requestHash !== keyed.requestHash) return { mismatch: true };
    return { status: stored.status as ContentfulStatusCode, body: stored.body, replayed: true };
  }
  const result = await run();
  if (result.status < 500)
    await store.save(actor, keyed.key, { requestHash: keyed.requestHash, ...result }).catch((e) => {
      throw isUniqueViolation(e) ? new KeyTaken() : e;
    });
  return result;
}

/**
 * Where two requests with the same key run at once (PostgreSQL: two nodes), the second's save
 * finds the key taken: its transaction is rolled back, and run again it replays the first's answer.
 */
const retriedOnceIfTaken = (settle: () => Promise<Settled>) =>
  settle().catch((error) => {
    if (error instanceof KeyTaken) return settle();
    throw error;
  });

function answer(c: Context, settled: Settled) {
  if ("mismatch" in settled) return apiError(c, 422, "idempotency_mismatch");
  if (settled.replayed) c.header("Idempotent-Replayed", "true");
  return c.json(settled.body, settled.status, settled.headers);
}

/**
 * Runs a write at most once per (actor, Idempotency-Key): a replay with the same body gets the stored
 * outcome; the same key with a different body gets 422. Without a key the write simply runs (in a
 * transaction, all of it or nothing).
 * The lookup, the write and its stored outcome are one transaction, so a crash between them cannot
 * turn a retry into a second write or an "unchanged". Server errors are not stored: a retry can
 * still succeed. `run` may await the store only (see store/sql/index.ts).
 */
export async function onceByKey(
  c: Context,
  store: IdempotencyStore,
  actor: string,
  bodyText: string,
  run: Write,
) {
  const keyed = keyOf(c, bodyText);
  return answer(
    c,
    await retriedOnceIfTaken(() => store.atomically(() => settleOnce(store, actor, keyed, run))),
  );
}

/**
 * onceByKey for a write whose JSON body a validator has read: the key binds the raw text as sent
 * (the request keeps it), not the parsed value, so a replay must send the very same bytes.
 */
export async function onceByBody(c: Context, store: IdempotencyStore, actor: string, run: Write) {
  return onceByKey(c, store, actor, await c.req.text(), run);
}

/**
 * onceByBody through a group commit: the lookup, the write and its outcome run in their own
 * savepoint of a transaction shared with other writes, and the answer waits until that
 * transaction is durable. For the busiest write (score sheets), where one fsync per request
 * would be most of the cost.
 */
export async function onceByBodyGrouped(
  c: Context,
  store: IdempotencyStore,
  actor: string,
  commits: GroupCommit,
  run: Write,
) {
  const keyed = keyOf(c, await c.req.text());
  return answer(
    c,
    await retriedOnceIfTaken(() => commits.run(() => settleOnce(store, actor, keyed, run))),
  );
}
