import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, it } from "vitest";
import { openStore, type Store, type StoreKind } from "./sql";
import { inCi, testDatabaseUrl, testPostgresSchema } from "./test-schema";

export { testPostgresSchema };

/**
 * Store tests run on both stores: SQLite always, PostgreSQL where TEST_DATABASE_URL names a
 * database (`npm test` and CI make a throwaway one). Without it the PostgreSQL half is skipped
 * and says why, except in CI, where it fails: there a skipped half would pass unseen.
 */
const databaseUrl = testDatabaseUrl;

/** A fresh, migrated SQLite store in its own directory; close() removes it. */
export async function openTestSqlite(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), "kp-store-"));
  const store = await openStore({ dataDir: dir });
  return {
    ...store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated PostgreSQL store in a schema of its own; close() drops the schema. */
export async function openTestPostgres(url: string): Promise<Store> {
  const { schema, drop } = await testPostgresSchema(url);
  const store = await openStore({ dataDir: "", databaseUrl: url, postgresSchema: schema });
  return {
    ...store,
    close: async () => {
      await store.close();
      await drop();
    },
  };
}

/** A describe block that needs PostgreSQL: skipped with its reason, or failing in CI, without it. */
export function describeOnPostgres(name: string, body: (open: () => Promise<Store>) => void) {
  if (databaseUrl) describe(name, () => body(() => openTestPostgres(databaseUrl)));
  else if (inCi)
    describe(name, () =>
      it("has a PostgreSQL database to run on", () => {
        throw new Error("CI must set TEST_DATABASE_URL (scripts/postgres-for-tests.mjs makes one)");
      }),
    );
  else {
    if (!toldSkipped)
      console.warn("PostgreSQL half of the store's tests skipped: TEST_DATABASE_URL is not set");
    toldSkipped = true;
    describe.skip(`${name} — skipped: TEST_DATABASE_URL is not set`, () =>
      body(() => Promise.reject(new Error("no TEST_DATABASE_URL"))));
  }
}
let toldSkipped = false;

/**
 * Declares the same tests once per store. `store()` is a fresh, migrated store for each test
 * (a test may close it itself: closing it again does nothing).
 */
export function forEachStore(body: (store: () => Store, kind: StoreKind) => void) {
  const perTest = (open: () => Promise<Store>, kind: StoreKind) => {
    let current: Store | undefined;
    beforeEach(async () => {
      current = await open();
    });
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });
    body(() => {
      if (!current) throw new Error("the store opens before each test");
      return current;
    }, kind);
  };
  describe("on SQLite", () => perTest(openTestSqlite, "sqlite"));
  describeOnPostgres("on PostgreSQL", (open) => perTest(open, "postgres"));
}
