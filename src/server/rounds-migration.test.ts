import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createServices } from "./services";
import { migrations } from "./store/migrations";
import { openDatabase } from "./store/open-database";
import { sqliteStore } from "./store/sql";

describe("upgrading a store made before reporting rounds", () => {
  it("keeps accounts and their sessions, allows unit accounts, and turns report periods into closed rounds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kp-migrate-"));
    try {
      const old = new Database(join(dir, "store.db"));
      old.pragma("foreign_keys = ON");
      old.exec(
        "CREATE TABLE schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
      );
      for (const m of migrations.filter((m) => m.id < 5)) {
        old.exec(m.sql);
        old.prepare("INSERT INTO schema_migrations VALUES (?, ?, 'then')").run(m.id, m.name);
      }
      old.exec(`
        INSERT INTO users (username, display_name, role, password_hash, created_at)
          VALUES ('staff', 'S', 'staff', 'x', 'then');
        INSERT INTO sessions VALUES ('h', 1, 'c', 'then', '9999');
        INSERT INTO projects VALUES ('p', 0, 'manufacturing', '{}');
        INSERT INTO project_reports VALUES ('p', '2023-02-2', '{}'), ('p', '2023-02-3', '{}');
      `);
      old.close();

      const db = openDatabase(dir);
      expect(db.prepare("SELECT user_id FROM sessions").all()).toEqual([{ user_id: 1 }]);
      db.prepare(
        "INSERT INTO users (username, display_name, role, password_hash, created_at, unit) VALUES ('u', 'U', 'unit', 'x', 'now', '区商务局')",
      ).run();
      expect(() =>
        db
          .prepare(
            "INSERT INTO users (username, display_name, role, password_hash, created_at) VALUES ('v', 'V', 'unit', 'x', 'now')",
          )
          .run(),
      ).toThrow(/CHECK/);
      // As the server does at startup.
      const { reports } = createServices(sqliteStore(db));
      await reports.ensureSeedRounds();
      expect((await reports.listRounds()).map((r) => [r.period, r.state, r.deadline])).toEqual([
        ["2023-02-2", "closed", "2023-02-23"],
        ["2023-02-3", "closed", "2023-03-03"],
      ]);
      expect(db.pragma("foreign_key_check")).toEqual([]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
