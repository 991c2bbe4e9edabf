import Database from "better-sqlite3";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createGroupCommit } from "./group-commit";
import type { Store } from "./sql";
import { forEachStore } from "./test-stores";

let written = 0;
// A table of its own for these tests, outside the app's schema types.
const notesOf = async (store: Store) =>
  (await sql<{ text: string }>`SELECT text FROM gc_notes ORDER BY n`.execute(store.q())).rows.map(
    (r) => r.text,
  );
const insert = (store: Store, text: string) =>
  sql`INSERT INTO gc_notes (n, text) VALUES (${++written}, ${text})`.execute(store.q());
const withNotes = async (store: Store) => {
  await sql`CREATE TABLE gc_notes (n DOUBLE PRECISION NOT NULL, text TEXT NOT NULL)`.execute(
    store.db,
  );
  return store;
};

describe("group commit", () => {
  forEachStore((store) => {
    it("commits writes sent together once, and undoes only the one that fails", async () => {
      const s = await withNotes(store());
      const commits = createGroupCommit(s);
      const results = await Promise.allSettled(
        ["a", "b", "bad", "c"].map((text) =>
          commits.run(async () => {
            await insert(s, text);
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
      expect(await notesOf(s)).toEqual(["a", "b", "c"]);
      expect(commits.stats()).toMatchObject({ commits: 1, writes: 4 });
    });

    it("answers only once the transaction is committed, as another connection sees", async () => {
      const s = await withNotes(store());
      const commits = createGroupCommit(s);
      // Another connection: a second handle on SQLite's file, or another of PostgreSQL's pool.
      const file = s.raw ? new Database(s.raw.name, { readonly: true }) : null;
      const otherReads = async () =>
        file
          ? (file.prepare("SELECT text FROM gc_notes").all() as { text: string }[]).map(
              (r) => r.text,
            )
          : (await sql<{ text: string }>`SELECT text FROM gc_notes`.execute(s.db)).rows.map(
              (r) => r.text,
            );
      try {
        const seenInside = await commits.run(async () => {
          await insert(s, "kept");
          return otherReads();
        });
        // Inside the work the row is not yet committed; by the answer it is.
        expect(seenInside).toEqual([]);
        expect(await otherReads()).toEqual(["kept"]);
      } finally {
        file?.close();
      }
    });

    it("reads a write earlier in the same commit, so a check cannot miss it", async () => {
      const s = await withNotes(store());
      const commits = createGroupCommit(s);
      const [, second] = await Promise.all([
        commits.run(() => insert(s, "first")),
        commits.run(() => notesOf(s)),
      ]);
      expect(second).toEqual(["first"]);
    });
  });
});
