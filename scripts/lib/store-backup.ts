// Backup and restore of the store, for `npm run backup` and `npm run restore`: the embedded SQLite
// store through SQLite's online backup (safe while the server writes), PostgreSQL through pg_dump
// and pg_restore. Each copy is checked before it is called good, and a restore keeps what it
// replaces, so neither can lose data that was there before.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { storeServedBy } from "../../src/server/store/store-in-use";

export class BackupError extends Error {}

/** What a checked copy holds: enough for an operator to see it is the store they meant. */
export type StoreSummary = { bytes: number; schema: number; projects: number; sheets: number };

const storeFile = (dataDir: string) => join(dataDir, "store.db");

/** Opens a copy read-only and checks it is a whole store: intact pages and the app's tables. */
export function checkSqliteCopy(file: string): StoreSummary {
  if (!existsSync(file)) throw new BackupError(`No file at ${file}.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} is not a SQLite database: ${(error as Error).message}`);
  }
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new BackupError(`${file} is damaged: ${String(integrity)}`);
    const tables = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
    for (const table of ["schema_migrations", "projects", "sheets"])
      if (!tables.has(table))
        throw new BackupError(`${file} is not a store of this app: it has no table ${table}.`);
    const count = (table: string) =>
      db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      bytes: statSync(file).size,
      schema: db.prepare("SELECT max(id) FROM schema_migrations").pluck().get() as number,
      projects: count("projects"),
      sheets: count("sheets"),
    };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} could not be read: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/** Copies the live store to `outFile` with SQLite's online backup, then checks the copy. */
export async function backupSqlite(dataDir: string, outFile: string): Promise<StoreSummary> {
  const source = storeFile(dataDir);
  if (!existsSync(source)) throw new BackupError(`No store in ${dataDir} (no store.db).`);
  if (existsSync(outFile)) throw new BackupError(`${outFile} exists already: name a new file.`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // The server keeps writing meanwhile: the backup restarts its pass over changed pages itself.
    await db.backup(outFile);
  } finally {
    db.close();
  }
  try {
    return checkSqliteCopy(outFile);
  } catch (error) {
    rmSync(outFile, { force: true });
    throw error;
  }
}

/**
 * Puts a checked backup in place of the store in `dataDir`. Refused while a server has the store
 * open; the store it replaces is kept beside it (store.db.before-restore-<time>).
 */
export function restoreSqlite(
  backupFile: string,
  dataDir: string,
  now = new Date(),
): { summary: StoreSummary; keptAs: string | null } {
  const summary = checkSqliteCopy(backupFile);
  const target = storeFile(dataDir);
  let keptAs: string | null = null;
  const servers = storeServedBy(dataDir);
  if (servers.length)
    throw new BackupError(
      `The store in ${dataDir} is in use by a running server (process ${servers.join(", ")}): stop the server first.`,
    );
  if (existsSync(target)) {
    // Folds a write-ahead log left by a server that was killed into store.db, so the one file
    // kept holds every write; it also fails if some other program holds the store.
    const db = new Database(target, { fileMustExist: true, timeout: 0 });
    try {
      const mode = db.pragma("journal_mode = DELETE", { simple: true });
      if (mode !== "delete") throw new Error(`journal mode stayed ${String(mode)}`);
    } catch (error) {
      throw new BackupError(
        `The store in ${dataDir} is in use (${(error as Error).message}): stop what holds it first.`,
      );
    } finally {
      db.close();
    }
    keptAs = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(target, keptAs);
  }
  copyFileSync(backupFile, target);
  return { summary, keptAs };
}

/** Runs a PostgreSQL client program; its own message is the error when it fails. */
function runPgTool(program: string, args: string[]): void {
  const run = spawnSync(program, args, { encoding: "utf8" });
  if (run.error)
    throw new BackupError(
      `${program} could not run (${run.error.message}): install PostgreSQL's client programs.`,
    );
  if (run.status !== 0) throw new BackupError(`${program} failed: ${run.stderr.trim()}`);
}

/** The schema the address keeps the tables in (`?options=-c search_path=…`), if it names one. */
export function schemaInUrl(databaseUrl: string): string | null {
  const options = new URL(databaseUrl).searchParams.get("options") ?? "";
  return /(?:^|\s)-c\s*search_path=([^\s,]+)/.exec(options)?.[1] ?? null;
}

/**
 * pg_dump in its custom format: compressed, and restorable table by table. Only the app's schema
 * when the address names one: other schemas of the database belong to others.
 */
export function backupPostgres(databaseUrl: string, outFile: string): { bytes: number } {
  if (existsSync(outFile)) throw new BackupError(`${outFile} exists already: name a new file.`);
  const schema = schemaInUrl(databaseUrl);
  try {
    runPgTool("pg_dump", [
      "--format=custom",
      "--no-owner",
      ...(schema ? [`--schema=${schema}`] : []),
      `--file=${outFile}`,
      databaseUrl,
    ]);
  } catch (error) {
    rmSync(outFile, { force: true });
    throw error;
  }
  // Listing its contents reads the whole archive: a truncated file fails here, not at restore.
  runPgTool("pg_restore", ["--list", outFile]);
  return { bytes: statSync(outFile).size };
}

/** pg_restore in one transaction: the database is the backup's, or (on any error) as it was. */
export function restorePostgres(backupFile: string, databaseUrl: string): void {
  if (!existsSync(backupFile)) throw new BackupError(`No file at ${backupFile}.`);
  runPgTool("pg_restore", [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--single-transaction",
    "--exit-on-error",
    `--dbname=${databaseUrl}`,
    backupFile,
  ]);
}
