import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../src/server/start-server";
import { testPostgresSchema } from "../src/server/store/test-schema";
import { signIn, startTestServer } from "../src/server/test-server";
import {
  BackupError,
  backupPostgres,
  backupSqlite,
  checkSqliteCopy,
  restorePostgres,
  restoreSqlite,
} from "./lib/store-backup";

const category = (id: string, colour: string) => ({ id, name: id, nameEn: id, colour });
const categoryIds = async (url: string) =>
  (
    (await (await fetch(`${url}/api/categories`)).json()) as { categories: { id: string }[] }
  ).categories.map((c) => c.id);

const temp: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "kp-backup-"));
  temp.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the embedded store's backup and restore", () => {
  it("copies the store while its server runs, and will not restore over a store in use", async () => {
    const server = await startTestServer();
    const copy = join(tempDir(), "store-backup.db");
    let dataDir = "";
    try {
      dataDir = server.dataDir;
      const admin = await signIn(server.url, "admin", "demo-admin");
      expect((await admin("POST", "/api/categories", category("before", "#17becf"))).status).toBe(
        201,
      );
      const summary = await backupSqlite(dataDir, copy);
      expect(summary.projects).toBe(18);
      expect(summary.sheets).toBeGreaterThan(0);
      expect((await admin("POST", "/api/categories", category("after", "#9467bd"))).status).toBe(
        201,
      );

      // While the server has it open, the store is not replaced.
      expect(() => restoreSqlite(copy, dataDir)).toThrow(/in use.*stop the server/);
      expect(await categoryIds(server.url)).toContain("after");
    } finally {
      await server.close().catch(() => undefined);
    }
  });

  it("keeps the store it replaces, and the restored one serves the backup's data", async () => {
    const dataDir = tempDir();
    const copy = join(tempDir(), "store-backup.db");
    const first = await startServer({ dataDir, seedDir: "data", port: 0, host: "127.0.0.1" });
    const admin = await signIn(first.url, "admin", "demo-admin");
    await admin("POST", "/api/categories", category("before", "#17becf"));
    await backupSqlite(dataDir, copy);
    await admin("POST", "/api/categories", category("after", "#9467bd"));
    await first.close();

    const { keptAs } = restoreSqlite(copy, dataDir, new Date("2026-11-29T10:00:00Z"));
    expect(keptAs).toMatch(/store\.db\.before-restore-2026-11-29T10-00-00-000Z$/);
    // The replaced store is whole: the write after the backup is in it.
    expect(checkSqliteCopy(keptAs as string).projects).toBe(18);
    const old = new Database(keptAs as string, { readonly: true });
    expect(old.prepare("SELECT id FROM categories").pluck().all()).toContain("after");
    old.close();

    const again = await startServer({ dataDir, seedDir: "data", port: 0, host: "127.0.0.1" });
    try {
      const ids = await categoryIds(again.url);
      expect(ids).toContain("before");
      expect(ids).not.toContain("after");
    } finally {
      await again.close();
    }
  });

  it("refuses a file that is not a whole store, and leaves the store as it was", async () => {
    const dataDir = tempDir();
    const server = await startServer({ dataDir, seedDir: "data", port: 0, host: "127.0.0.1" });
    await server.close();
    const junk = join(tempDir(), "notes.db");
    writeFileSync(junk, "这不是数据库");
    expect(() => restoreSqlite(junk, dataDir)).toThrow(BackupError);
    expect(() => restoreSqlite(join(dataDir, "missing.db"), dataDir)).toThrow(/No file/);
    expect(readdirSync(dataDir).filter((f) => f.includes("before-restore"))).toEqual([]);
    expect(checkSqliteCopy(join(dataDir, "store.db")).projects).toBe(18);
    await expect(backupSqlite(tempDir(), join(tempDir(), "x.db"))).rejects.toThrow(/No store/);
  });
});

const testDatabase = process.env.TEST_DATABASE_URL;
describe.skipIf(!testDatabase)("PostgreSQL backup and restore (needs TEST_DATABASE_URL)", () => {
  // A schema of this file's own, named in the address as an operator would: a restore replaces
  // only what the dump holds, and other tests keep their schemas in the same database meanwhile.
  let pgUrl = "";
  let other: Awaited<ReturnType<typeof testPostgresSchema>> | undefined;
  let dropSchema = async () => undefined as unknown;
  beforeAll(async () => {
    const mine = await testPostgresSchema(testDatabase);
    pgUrl = mine.urlInSchema;
    dropSchema = mine.drop;
    other = await testPostgresSchema(testDatabase);
  });
  afterAll(async () => {
    await dropSchema();
    await other?.drop();
  });
  const psql = (sql: string, url = pgUrl) => {
    const run = spawnSync("psql", ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql, url], {
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout.trim();
  };

  it("a dump restores the rows it was taken with, in one transaction", () => {
    psql(
      "DROP TABLE IF EXISTS backup_check; CREATE TABLE backup_check (id int primary key, name text)",
    );
    psql("INSERT INTO backup_check VALUES (1, '联东U谷')");
    const dump = join(tempDir(), "store.pgdump");
    expect(backupPostgres(pgUrl, dump).bytes).toBeGreaterThan(0);
    psql("INSERT INTO backup_check VALUES (2, '之后')");
    restorePostgres(dump, pgUrl);
    expect(psql("SELECT string_agg(name, ',' ORDER BY id) FROM backup_check")).toBe("联东U谷");
    psql("DROP TABLE backup_check");
    expect(existsSync(dump)).toBe(true);
  });

  it("dumps and restores only the schema the address names, leaving the database's others alone", () => {
    const otherUrl = other?.urlInSchema as string;
    psql("CREATE TABLE kept_elsewhere (id int primary key)", otherUrl);
    psql("INSERT INTO kept_elsewhere VALUES (1)", otherUrl);
    psql("DROP TABLE IF EXISTS backup_check; CREATE TABLE backup_check (id int primary key)");
    const dump = join(tempDir(), "schema.pgdump");
    backupPostgres(pgUrl, dump);
    const listed = spawnSync("pg_restore", ["--list", dump], { encoding: "utf8" }).stdout;
    expect(listed).toContain("backup_check");
    expect(listed).not.toContain("kept_elsewhere");
    psql("INSERT INTO kept_elsewhere VALUES (2)", otherUrl);
    restorePostgres(dump, pgUrl);
    expect(psql("SELECT count(*) FROM kept_elsewhere", otherUrl)).toBe("2");
    psql("DROP TABLE backup_check");
  });

  it("a damaged dump is refused and the database keeps its rows", () => {
    psql("DROP TABLE IF EXISTS backup_check; CREATE TABLE backup_check (id int primary key)");
    psql("INSERT INTO backup_check VALUES (7)");
    const junk = join(tempDir(), "junk.pgdump");
    writeFileSync(junk, "PGDMP not really");
    expect(() => restorePostgres(junk, pgUrl)).toThrow(/pg_restore failed/);
    expect(psql("SELECT count(*) FROM backup_check")).toBe("1");
    psql("DROP TABLE backup_check");
  });
});
