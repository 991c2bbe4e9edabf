import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGroupCommit } from "./group-commit";
import { type Db, openDatabase } from "./open-database";

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kp-group-"));
  db = openDatabase(dir);
  db.exec("CREATE TABLE notes (text TEXT NOT NULL)");
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const notes = (from: Db = db) =>
  (from.prepare("SELECT text FROM notes ORDER BY rowid").all() as { text: string }[]).map(
    (r) => r.text,
  );

describe("group commit", () => {
  it("commits writes sent together once, and undoes only the one that fails", async () => {
    const commits = createGroupCommit(db);
    const insert = db.prepare("INSERT INTO notes (text) VALUES (?)");
    const results = await Promise.allSettled(
      ["a", "b", "bad", "c"].map((text) =>
        commits.run(() => {
          insert.run(text);
          // Fails after writing: its own row must go, the others' rows stay.
          if (text === "bad") throw new Error("refused");
          return text.toUpperCase();
        }),
      ),
    );
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : String(r.reason)))).toEqual([
      "A",
      "B",
      "Error: refused",
      "C",
    ]);
    expect(notes()).toEqual(["a", "b", "c"]);
    expect(commits.stats()).toMatchObject({ commits: 1, writes: 4 });
  });

  it("answers only once the transaction is committed, as another connection sees", async () => {
    const commits = createGroupCommit(db);
    const insert = db.prepare("INSERT INTO notes (text) VALUES (?)");
    const other = new Database(join(dir, "store.db"), { readonly: true });
    try {
      const seenWhenAnswered = await commits.run(() => {
        insert.run("kept");
        return notes(other);
      });
      // Inside the work the row is not yet committed; by the answer it is.
      expect(seenWhenAnswered).toEqual([]);
      expect(notes(other)).toEqual(["kept"]);
    } finally {
      other.close();
    }
  });

  it("reads a write earlier in the same commit, so a check cannot miss it", async () => {
    const commits = createGroupCommit(db);
    const insert = db.prepare("INSERT INTO notes (text) VALUES (?)");
    const [, second] = await Promise.all([
      commits.run(() => insert.run("first")),
      commits.run(() => notes()),
    ]);
    expect(second).toEqual(["first"]);
  });
});
