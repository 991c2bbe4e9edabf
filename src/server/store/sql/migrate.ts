import type BetterSqlite3 from "better-sqlite3";
import { type Compilable, Kysely, SqliteDialect, sql } from "kysely";
import { migrations as sqliteHistory } from "../migrations";
import { postgresBaseline, postgresBaselineThrough } from "./postgres-baseline";
import type { Database } from "./schema";

/**
 * A migration from 14 on (13 is taken in store/migrations.ts, which stops there), written once for
 * both stores: either with Kysely's schema builder (`build`, compiled for each dialect), or as the
 * same change in each dialect's SQL (`sqlite` + `postgres`) where the builder cannot say it.
 * Never edit a shipped one: add a new entry at the end.
 */
export type StoreMigration = { id: number; name: string } & (
  | { build: (db: MigrationDb) => Compilable[] }
  | { sqlite: string; postgres: string }
);
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its time, not today's types
type MigrationDb = Kysely<any>;

/**
 * The tables whose rows the pages show (the list, the review, the agenda, results). A write to
 * any of them moves the data version; sign-ins, heartbeats, audit and idempotency records do not.
 */
const shownTables = [
  "meta",
  "projects",
  "project_reports",
  "milestones",
  "problems",
  "events",
  "evaluators",
  "sheets",
  "rounds",
  "categories",
];
const operations = ["insert", "update", "delete"] as const;

export const storeMigrations: StoreMigration[] = [
  {
    // Sign-in attempts in the store, so every node counts against the same limits. One row per
    // attempt and limit key; the rows of one attempt share its id, so a success takes back its own.
    id: 14,
    name: "sign-in-attempts",
    build: (db) => [
      db.schema
        .createTable("sign_in_attempts")
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("attempt", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("sign_in_attempts_pk", ["key", "attempt"]),
      db.schema
        .createIndex("sign_in_attempts_by_key")
        .on("sign_in_attempts")
        .columns(["key", "at"]),
      db.schema.createIndex("sign_in_attempts_by_at").on("sign_in_attempts").column("at"),
    ],
  },
  {
    id: 15,
    name: "data version moved by writes to shown tables",
    sqlite: [
      "CREATE TABLE data_version (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);",
      "INSERT INTO data_version (id, n) VALUES (1, 0);",
      ...shownTables.flatMap((table) =>
        operations.map(
          (op) =>
            `CREATE TRIGGER data_version_${table}_${op} AFTER ${op.toUpperCase()} ON ${table}
             BEGIN UPDATE data_version SET n = n + 1; END;`,
        ),
      ),
    ].join("\n"),
    // Once per statement, not per row: a seed of 50,000 rows moves it once. The row update is
    // part of the writer's transaction, so the version and the data it stands for commit together.
    postgres: [
      "CREATE TABLE data_version (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);",
      "INSERT INTO data_version (id, n) VALUES (1, 0);",
      `CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN UPDATE data_version SET n = n + 1; RETURN NULL; END $$;`,
      ...shownTables.flatMap((table) =>
        operations.map(
          (op) =>
            `CREATE TRIGGER data_version_${table}_${op} AFTER ${op.toUpperCase()} ON ${table}
             FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();`,
        ),
      ),
    ].join("\n"),
  },
];

const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;

/** SQLite: the history (1–12) and then the shared list, each in its own transaction. */
export function migrateSqlite(db: BetterSqlite3.Database): void {
  db.exec(createMigrationsTable);
  const applied = new Set(
    db
      .prepare("SELECT id FROM schema_migrations")
      .all()
      .map((row) => (row as { id: number }).id),
  );
  const record = db.prepare(
    "INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)",
  );
  // Only compiles (never connects or closes): the builder's SQL for this dialect.
  const compiler = new Kysely<unknown>({ dialect: new SqliteDialect({ database: db }) });
  for (const migration of [...sqliteHistory, ...storeMigrations]) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      if ("sql" in migration) db.exec(migration.sql);
      else if ("sqlite" in migration) db.exec(migration.sqlite);
      else
        for (const query of migration.build(compiler)) {
          const compiled = query.compile();
          db.prepare(compiled.sql).run(...compiled.parameters);
        }
      record.run(migration.id, migration.name, new Date().toISOString());
    })();
  }
}

/**
 * PostgreSQL: a new store gets the baseline (SQLite's schema after 12) and those ids recorded, then
 * the shared list. All in one transaction under an advisory lock, so nodes starting together
 * migrate once.
 */
export async function migratePostgres(db: Kysely<Database>): Promise<void> {
  const sqliteOnly = sqliteHistory.filter((m) => m.id > postgresBaselineThrough);
  if (sqliteOnly.length)
    throw new Error(
      `Migration ${sqliteOnly.map((m) => m.id).join(", ")} exists for SQLite only: move it to the shared list in store/sql/migrate.ts with its PostgreSQL half`,
    );
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('schema_migrations:' || current_schema()))`.execute(
      trx,
    );
    await sql.raw(createMigrationsTable).execute(trx);
    const applied = new Set(
      (await trx.selectFrom("schema_migrations").select("id").execute()).map((r) => r.id),
    );
    const record = (id: number, name: string) =>
      trx
        .insertInto("schema_migrations")
        .values({ id, name, applied_at: new Date().toISOString() })
        .execute();
    if (!applied.size) {
      await sql.raw(postgresBaseline).execute(trx);
      for (const m of sqliteHistory) await record(m.id, m.name);
    }
    for (const migration of storeMigrations) {
      if (applied.has(migration.id)) continue;
      if ("postgres" in migration) await sql.raw(migration.postgres).execute(trx);
      else for (const query of migration.build(trx)) await trx.executeQuery(query.compile());
      await record(migration.id, migration.name);
    }
  });
}
