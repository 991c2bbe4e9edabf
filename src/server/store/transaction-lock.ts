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
