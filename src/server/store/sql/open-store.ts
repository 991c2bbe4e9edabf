import { AsyncLocalStorage } from "node:async_hooks";
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from "kysely";
import pg from "pg";
import { type Db, openDatabase } from "../open-database";
import { migratePostgres } from "./migrate";
import type { Database } from "./schema";

export type StoreKind = "sqlite" | "postgres";

/** One opened store, whichever database it is on. */
export type Store = {
  kind: StoreKind;
  /** The query builder over the whole store (outside any transaction). */
  db: Kysely<Database>;
  /** The better-sqlite3 handle for modules not yet converted; null on PostgreSQL. */
  raw: Db | null;
  /** Where a query goes now: the transaction this call runs in, if any, else `db`. */
  q(): Kysely<Database>;
  /**
   * Runs `body` in a transaction; a call made while one is open joins it. Modules' queries made
   * (through q()) anywhere under `body` are part of it.
   */
  transaction<T>(body: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type StoreConfig = {
  /** Where the embedded SQLite store lives when there is no databaseUrl. */
  dataDir: string;
  /** postgres://… : the store is on PostgreSQL. */
  databaseUrl?: string | null;
  /** PostgreSQL schema to keep the tables in (search_path); the server's default when absent. */
  postgresSchema?: string;
};

/** Opens the store the settings name (PostgreSQL for a DATABASE_URL, else SQLite in dataDir), migrated. */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (!config.databaseUrl) return sqliteStore(openDatabase(config.dataDir));
  return postgresStore(config.databaseUrl, config.postgresSchema);
}

/** A store over an opened (and migrated) better-sqlite3 database; close() closes it. */
export function sqliteStore(raw: Db): Store {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return withTransactions("sqlite", db, raw);
}

/** The store could not be opened: the operator's message, without the password. */
export class StoreOpenError extends Error {}

/** host:port/database of a PostgreSQL address, for messages (never its user or password). */
const addressOf = (url: string) => {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || 5432}${pathname}`;
};

async function postgresStore(url: string, schema: string | undefined): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    // COUNT(*) and other BIGINTs as numbers, as SQLite gives them (exact below 2^53).
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === pg.types.builtins.INT8
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migratePostgres(db);
  } catch (error) {
    await db.destroy();
    throw new StoreOpenError(
      `Cannot open the PostgreSQL store at ${addressOf(url)} (DATABASE_URL): ${(error as Error).message}. ` +
        "Check that the database runs, that the address and password are right, and that the user may create tables.",
    );
  }
  return withTransactions("postgres", db, null);
}

function withTransactions(kind: StoreKind, db: Kysely<Database>, raw: Db | null): Store {
  const open = new AsyncLocalStorage<Transaction<Database>>();
  return {
    kind,
    db,
    raw,
    q: () => open.getStore() ?? db,
    async transaction(body) {
      if (open.getStore()) return body();
      return db.transaction().execute((trx) => open.run(trx, body));
    },
    // On PostgreSQL this ends the pool. The SQLite dialect closes the handle only if it ever ran a
    // query, so the handle is closed here too (a second close does nothing).
    async close() {
      await db.destroy();
      raw?.close();
    },
  };
}

/** Whether the store answers a query now (for the health check). */
export async function storeAnswers(store: Store): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(store.db);
    return true;
  } catch {
    return false;
  }
}

/** Whether an insert failed because its key is taken (on either store). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    code === "SQLITE_CONSTRAINT_UNIQUE"
  );
}
