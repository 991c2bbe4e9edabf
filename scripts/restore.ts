// `npm run restore -- FILE`: puts a backup made by `npm run backup` in place of the store. Stop the
// server (every node) first. The embedded store it replaces is kept beside it; with DATABASE_URL
// set, pg_restore replaces the database's tables in one transaction (all, or nothing changed).
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "../src/server/config";
import { BackupError, restorePostgres, restoreSqlite } from "./lib/store-backup";

const root = resolve(import.meta.dirname, "..");
const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error("Name the backup to restore: npm run restore -- backups/store-….db");
  process.exit(1);
}
const backup = resolve(file);
const databaseUrl = process.env.DATABASE_URL;

try {
  if (databaseUrl) {
    restorePostgres(backup, databaseUrl);
    console.log(`PostgreSQL database restored from ${backup}.`);
  } else {
    const { dataDir } = readConfig(process.env, root);
    const { summary, keptAs } = restoreSqlite(backup, dataDir);
    console.log(
      `Store in ${dataDir} restored from ${backup} (${summary.projects} projects, ` +
        `${summary.sheets} score sheets).`,
    );
    if (keptAs) console.log(`The store it replaced is kept as ${keptAs}.`);
  }
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Restore failed: ${error.message}`);
  process.exit(1);
}
