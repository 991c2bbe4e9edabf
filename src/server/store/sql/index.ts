/**
 * The store's one query layer, over both databases: Kysely with SqliteDialect on the same
 * better-sqlite3 handle the unconverted modules use (DATA_DIR, the default), or with
 * PostgresDialect over a `pg` pool (DATABASE_URL). `openStore(config)` picks one and migrates it.
 *
 * Moving a module over (see categories-store.ts, idempotency-store.ts):
 * - take the Store, write each query once with `store.q()` (the query builder, or the open
 *   transaction when the call runs inside one), and make the functions async; callers await;
 * - a write of several statements goes in `store.transaction(async () => …)`; converted modules
 *   called under it join it without being handed anything;
 * - its tests use `forEachStore` (store/test-stores.ts) so they run on both stores;
 * - JSON stays TEXT and timestamps ISO TEXT (see postgres-baseline.ts): parse where read.
 *
 * The transaction rule while both kinds of module live side by side on SQLite: a Kysely
 * transaction over better-sqlite3 whose body awaits only database calls (through q(), or the
 * synchronous better-sqlite3 calls of unconverted modules) runs within one macrotask, because the
 * SQLite driver answers each query in a microtask; no other request's synchronous store code can
 * run in the middle of it, so it stays as isolated as a better-sqlite3 transaction. So:
 * - never await anything but the store inside a transaction (no fetch, timers, file reads);
 * - unconverted (synchronous) store code may be called inside a Kysely transaction: it runs on the
 *   same connection, so it is part of it (and a better-sqlite3 `db.transaction` there becomes a
 *   savepoint);
 * - never call a converted (async) function from inside a synchronous better-sqlite3 transaction:
 *   its query would run after that transaction ends. Convert the caller first.
 * - never query `store.db` directly inside a transaction: on SQLite it waits for the one
 *   connection the transaction holds, for ever. Use q().
 *
 * Adding a migration: append one entry to `storeMigrations` in migrate.ts (ids from 14), built
 * with Kysely's schema builder or as a (sqlite, postgres) pair; sql/schema-parity.test.ts fails
 * when the two stores' tables, columns or indexes then differ. Add its columns to schema.ts.
 */
export { type StoreMigration, storeMigrations } from "./migrate";
export {
  isUniqueViolation,
  openStore,
  type Store,
  type StoreConfig,
  type StoreKind,
  StoreOpenError,
  sqliteStore,
  storeAnswers,
} from "./open-store";
export type { Database } from "./schema";
