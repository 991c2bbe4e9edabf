import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadSeedFiles, type SeedData } from "../seed/load-seed-files";
import { seedDir } from "../test-server";
import { isEmpty, seedStore } from "./seed-store";
import type { Store } from "./sql";
import { forEachStore, openTestSqlite } from "./test-stores";

const seededTables = [
  "meta",
  "projects",
  "project_reports",
  "milestones",
  "problems",
  "events",
  "evaluators",
  "sheets",
] as const;

/**
 * Per table: how many rows it holds and a checksum of them, each row written with its columns in
 * name order and the rows sorted, so it is the same on either store for the same content.
 */
async function tableDigests(store: Store) {
  const digests: Record<string, { rows: number; sha256: string }> = {};
  for (const table of seededTables) {
    const rows = (await store.db.selectFrom(table).selectAll().execute()) as Record<
      string,
      unknown
    >[];
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((k) => [k, row[k]]),
        ),
      )
      .sort();
    digests[table] = {
      rows: rows.length,
      sha256: createHash("sha256").update(lines.join("\n")).digest("hex"),
    };
  }
  return digests;
}

describe("seeding the store", () => {
  const data = loadSeedFiles(seedDir);
  // Seeding stamps the time it ran: the same instant on both stores, so their content compares.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-05T08:00:00.000Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  forEachStore((store, kind) => {
    it("writes the repository's data: 18 projects, the events, evaluators and sheets", async () => {
      expect(await isEmpty(store())).toBe(true);
      await seedStore(store(), data);
      expect(await isEmpty(store())).toBe(false);
      const digests = await tableDigests(store());
      expect(digests.projects?.rows).toBe(18);
      expect(digests.events?.rows).toBe(data.events.length);
      expect(digests.evaluators?.rows).toBe(data.evaluators.length);
      expect(digests.sheets?.rows).toBe(data.sheets.length);
      expect(data.sheets.length).toBeGreaterThan(500); // so the sheets span several inserts
      const asOf = await store()
        .db.selectFrom("meta")
        .select("value")
        .where("key", "=", "asOf")
        .executeTakeFirst();
      expect(asOf?.value).toBe(data.projects.asOf);
    });

    it(`holds the same rows as the embedded store after seeding (${kind})`, async () => {
      const reference = await openTestSqlite();
      try {
        await seedStore(reference, data);
        await seedStore(store(), data);
        expect(await tableDigests(store())).toEqual(await tableDigests(reference));
      } finally {
        await reference.close();
      }
    });

    it("leaves nothing behind when a row cannot be stored", async () => {
      const before = await tableDigests(store());
      const sheets = data.sheets;
      const broken: SeedData = { ...data, sheets: [...sheets, ...sheets.slice(-1)] };
      await expect(seedStore(store(), broken)).rejects.toThrow();
      expect(await isEmpty(store())).toBe(true);
      expect(await tableDigests(store())).toEqual(before);
    });
  });
});
