import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { migrations as sqliteHistory } from "../migrations";
import { describeOnPostgres, openTestSqlite } from "../test-stores";
import type { Store } from "./open-store";
import { postgresBaselineThrough } from "./postgres-baseline";

/**
 * The schema as both stores can describe it: tables with their columns in order (name, and
 * whether NULL is allowed), primary keys, unique constraints and named indexes, and triggers.
 */
type Shape = {
  tables: Record<string, { columns: string[]; primaryKey: string[] }>;
  indexes: string[];
  triggers: string[];
};

async function sqliteShape(store: Store): Promise<Shape> {
  const raw = store.raw;
  if (!raw) throw new Error("not SQLite");
  const names = raw
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  const tables: Shape["tables"] = {};
  const indexes: string[] = [];
  for (const { name } of names) {
    const columns = raw.pragma(`table_info(${name})`) as {
      name: string;
      notnull: number;
      pk: number;
    }[];
    tables[name] = {
      // SQLite lets a non-INTEGER primary key hold NULL unless told; PostgreSQL never does.
      columns: columns.map((c) => `${c.name}${c.notnull || c.pk ? "" : " null"}`),
      primaryKey: columns
        .filter((c) => c.pk)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
    };
    const list = raw.pragma(`index_list(${name})`) as {
      name: string;
      unique: number;
      origin: string;
      partial: number;
    }[];
    for (const index of list) {
      if (index.origin === "pk") continue;
      const cols = (raw.pragma(`index_info(${index.name})`) as { seqno: number; name: string }[])
        .sort((a, b) => a.seqno - b.seqno)
        .map((c) => c.name);
      indexes.push(
        describeIndex(
          name,
          index.origin === "u" ? null : index.name,
          cols,
          !!index.unique,
          !!index.partial,
        ),
      );
    }
  }
  const triggers = (
    raw.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]
  ).map((t) => t.name);
  return { tables, indexes: indexes.sort(), triggers: triggers.sort() };
}

async function postgresShape(store: Store): Promise<Shape> {
  const { db } = store;
  const columns = await sql<{ table: string; column: string; nullable: string }>`
    SELECT table_name AS table, column_name AS column, is_nullable AS nullable
    FROM information_schema.columns WHERE table_schema = current_schema()
    ORDER BY table_name, ordinal_position`.execute(db);
  const keys = await sql<{ table: string; columns: string[] }>`
    SELECT t.relname AS table,
      array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n) AS columns
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
    WHERE c.contype = 'p' AND t.relnamespace = current_schema()::regnamespace`.execute(db);
  const indexList = await sql<{
    table: string;
    name: string;
    unique: boolean;
    partial: boolean;
    constraint: string | null;
    columns: string[];
  }>`
    SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique,
      ix.indpred IS NOT NULL AS partial, c.contype AS constraint,
      array(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n) AS columns
    FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
    LEFT JOIN pg_constraint c
      ON c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid AND c.contype IN ('p', 'u')
    WHERE t.relnamespace = current_schema()::regnamespace`.execute(db);
  const triggers = await sql<{ name: string }>`
    SELECT DISTINCT trigger_name AS name FROM information_schema.triggers
    WHERE trigger_schema = current_schema()`.execute(db);

  const tables: Shape["tables"] = {};
  for (const c of columns.rows) {
    tables[c.table] ??= { columns: [], primaryKey: [] };
    tables[c.table].columns.push(`${c.column}${c.nullable === "YES" ? " null" : ""}`);
  }
  for (const k of keys.rows) if (tables[k.table]) tables[k.table].primaryKey = k.columns;
  const indexes = indexList.rows
    .filter((i) => i.constraint !== "p")
    .map((i) =>
      describeIndex(i.table, i.constraint === "u" ? null : i.name, i.columns, i.unique, i.partial),
    );
  return {
    tables,
    indexes: indexes.sort(),
    triggers: triggers.rows.map((t) => t.name).sort(),
  };
}

/** An index as both stores name it: a UNIQUE constraint's index by its columns (SQLite and
 * PostgreSQL name those differently), any other by its name. */
const describeIndex = (
  table: string,
  name: string | null,
  columns: string[],
  unique: boolean,
  partial: boolean,
) =>
  `${table}: ${name ?? "UNIQUE"}(${columns.join(", ")})${unique && name ? " unique" : ""}${partial ? " partial" : ""}`;

describe("migrations", () => {
  it("add nothing to SQLite alone past PostgreSQL's baseline: new ones go in the shared list", () => {
    expect(sqliteHistory.filter((m) => m.id > postgresBaselineThrough).map((m) => m.id)).toEqual(
      [],
    );
  });
});

describeOnPostgres("SQLite and PostgreSQL after migrating", (openPostgres) => {
  it("have the same tables, columns, keys, indexes and triggers", async () => {
    const sqlite = await openTestSqlite();
    const postgres = await openPostgres();
    try {
      const expected = await sqliteShape(sqlite);
      expect(Object.keys(expected.tables).length).toBeGreaterThan(15);
      expect(await postgresShape(postgres)).toEqual(expected);
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });

  it("record the same migrations", async () => {
    const sqlite = await openTestSqlite();
    const postgres = await openPostgres();
    const ids = (store: Store) =>
      store.db.selectFrom("schema_migrations").select(["id", "name"]).orderBy("id").execute();
    try {
      expect(await ids(postgres)).toEqual(await ids(sqlite));
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});
