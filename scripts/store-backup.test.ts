import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startServer } from "../src/server/start-server";
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

const pgUrl = process.env.TEST_DATABASE_URL;
describe.skipIf(!pgUrl)("PostgreSQL backup and restore (needs TEST_DATABASE_URL)", () => {
  const psql = (sql: string) => {
    const run = spawnSync(
      "psql",
      ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql, pgUrl as string],
      {
        encoding: "utf8",
      },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout.trim();
  };

  it("a dump restores the rows it was taken with, in one transaction", () => {
    psql(
      "DROP TABLE IF EXISTS backup_check; CREATE TABLE backup_check (id int primary key, name text)",
    );
    psql("INSERT INTO backup_check VALUES (1, '联东U谷')");
    const dump = join(tempDir(), "store.pgdump");
    expect(backupPostgres(pgUrl as string, dump).bytes).toBeGreaterThan(0);
    psql("INSERT INTO backup_check VALUES (2, '之后')");
    restorePostgres(dump, pgUrl as string);
    expect(psql("SELECT string_agg(name, ',' ORDER BY id) FROM backup_check")).toBe("联东U谷");
    psql("DROP TABLE backup_check");
    expect(existsSync(dump)).toBe(true);
  });

  it("a damaged dump is refused and the database keeps its rows", () => {
    psql("DROP TABLE IF EXISTS backup_check; CREATE TABLE backup_check (id int primary key)");
    psql("INSERT INTO backup_check VALUES (7)");
    const junk = join(tempDir(), "junk.pgdump");
    writeFileSync(junk, "PGDMP not really");
    expect(() => restorePostgres(junk, pgUrl as string)).toThrow(/pg_restore failed/);
    expect(psql("SELECT count(*) FROM backup_check")).toBe("1");
    psql("DROP TABLE backup_check");
  });
});
