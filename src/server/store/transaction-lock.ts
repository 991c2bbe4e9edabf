import { sql } from "kysely";
import type { Store } from "./sql";

/**
 * Holds a lock named by `key` until the open transaction ends, so transactions on the same key
 * run one after another even from different nodes. On PostgreSQL that is a transaction-scoped
 * advisory lock; SQLite needs none, as it runs one writing transaction at a time. Call it inside
 * store.transaction; take several keys in one fixed order (sorted) so two callers cannot deadlock.
 */
export async function lockOnPostgres(store: Store, key: string): Promise<void> {
  if (store.kind !== "postgres") return;
  await sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`.execute(store.q());
}

/**
 * Runs `body` while no other node runs a body under the same key: a startup that seeds an empty
 * store or writes its defaults, done by two nodes started at once, would otherwise write the same
 * rows twice and one node would fail. On PostgreSQL a session advisory lock held on a connection of
 * its own (the body's queries use the pool as usual); one process serves the embedded store.
 */
export async function oneNodeAtATime<T>(
  store: Store,
  key: string,
  body: () => Promise<T>,
): Promise<T> {
  if (store.kind !== "postgres") return body();
  return store.db.connection().execute(async (connection) => {
    const lockKey = sql`hashtext(${key} || ':' || current_schema())`;
    await sql`SELECT pg_advisory_lock(${lockKey})`.execute(connection);
    try {
      return await body();
    } finally {
      await sql`SELECT pg_advisory_unlock(${lockKey})`.execute(connection);
    }
  });
}
