import type { Store } from "./sql";

export type StoredOutcome = { requestHash: string; status: number; body: unknown };

/** Outcomes of writes sent with an Idempotency-Key, per actor, so a retry gets the same answer. */
export function createIdempotencyStore(store: Store) {
  return {
    async find(actor: string, key: string): Promise<StoredOutcome | undefined> {
      const row = await store
        .q()
        .selectFrom("idempotency")
        .select(["request_hash", "status", "response"])
        .where("actor", "=", actor)
        .where("key", "=", key)
        .executeTakeFirst();
      return row
        ? { requestHash: row.request_hash, status: row.status, body: JSON.parse(row.response) }
        : undefined;
    },
    /**
     * Runs `write` and the saving of its outcome in one transaction: a crash keeps both or neither.
     * The write's own store calls join it (see store/sql/index.ts for what it may await).
     */
    atomically<T>(write: () => Promise<T>): Promise<T> {
      return store.transaction(write);
    },
    /** Fails (a unique violation) when the key is already stored: the caller then replays it. */
    async save(actor: string, key: string, outcome: StoredOutcome): Promise<void> {
      await store
        .q()
        .insertInto("idempotency")
        .values({
          actor,
          key,
          request_hash: outcome.requestHash,
          status: outcome.status,
          response: JSON.stringify(outcome.body),
          created_at: new Date().toISOString(),
        })
        .execute();
    },
  };
}
export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;
