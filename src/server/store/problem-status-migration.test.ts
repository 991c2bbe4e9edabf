import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { migrations } from "./migrations";
import { openDatabase } from "./open-database";

it("a store made before problems could await closure reads its resolved problems as closed", () => {
  const dir = mkdtempSync(join(tmpdir(), "kp-migrate-"));
  try {
    const old = new Database(join(dir, "store.db"));
    old.exec(
      "CREATE TABLE schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    for (const m of migrations.filter((m) => m.id < 6)) {
      old.exec(m.sql);
      old.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(m.id, m.name, "then");
    }
    old.prepare("INSERT INTO projects VALUES ('p1', 0, 'manufacturing', '{}')").run();
    const insert = old.prepare("INSERT INTO problems VALUES ('p1', ?, ?, ?)");
    insert.run(
      "q1",
      0,
      JSON.stringify({ id: "q1", status: "resolved", resolvedDate: "2023-01-20" }),
    );
    insert.run("q2", 1, JSON.stringify({ id: "q2", status: "open", resolvedDate: null }));
    old.close();

    const db = openDatabase(dir);
    const rows = db.prepare("SELECT record FROM problems ORDER BY position").all() as {
      record: string;
    }[];
    expect(rows.map((r) => JSON.parse(r.record))).toEqual([
      { id: "q1", status: "closed", resolvedDate: "2023-01-20" },
      { id: "q2", status: "open", resolvedDate: null },
    ]);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
