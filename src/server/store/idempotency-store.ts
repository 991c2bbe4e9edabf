import type { Db } from "./open-database";

export type StoredOutcome = { requestHash: string; status: number; body: unknown };

/** Outcomes of writes sent with an Idempotency-Key, per actor, so a retry gets the same answer. */
export function createIdempotencyStore(db: Db) {
  const get = db.prepare(
    "SELECT request_hash, status, response FROM idempotency WHERE actor = ? AND key = ?",
  );
  const put = db.prepare(
    `INSERT OR IGNORE INTO idempotency (actor, key, request_hash, status, response, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  return {
    find(actor: string, key: string): StoredOutcome | undefined {
      const row = get.get(actor, key) as
        | { request_hash: string; status: number; response: string }
        | undefined;
      return row
        ? { requestHash: row.request_hash, status: row.status, body: JSON.parse(row.response) }
        : undefined;
    },
    /** Runs `write` and the saving of its outcome in one transaction: a crash keeps both or neither. */
    atomically<T>(write: () => T): T {
      return db.transaction(write)();
    },
    save(actor: string, key: string, outcome: StoredOutcome) {
      put.run(
        actor,
        key,
        outcome.requestHash,
        outcome.status,
        JSON.stringify(outcome.body),
        new Date().toISOString(),
      );
    },
  };
}
export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;
