// `npm run backup [-- --out FILE]`: a checked copy of the store, taken while the server runs.
// The embedded store (DATA_DIR) is copied with SQLite's online backup; with DATABASE_URL set, the
// PostgreSQL database is dumped with pg_dump (custom format). Default file: backups/store-<time>.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "../src/server/config";
import { BackupError, backupPostgres, backupSqlite } from "./lib/store-backup";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { out: { type: "string" } } });
const databaseUrl = process.env.DATABASE_URL;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = resolve(
  values.out ?? resolve(root, "backups", `store-${stamp}.${databaseUrl ? "pgdump" : "db"}`),
);
mkdirSync(dirname(out), { recursive: true });

try {
  if (databaseUrl) {
    const { bytes } = backupPostgres(databaseUrl, out);
    console.log(`PostgreSQL database dumped to ${out} (${(bytes / 1024).toFixed(0)} KB).`);
  } else {
    const { dataDir } = readConfig(process.env, root);
    const s = await backupSqlite(dataDir, out);
    console.log(
      `Store in ${dataDir} copied to ${out} (${(s.bytes / 1024).toFixed(0)} KB; checked: ` +
        `${s.projects} projects, ${s.sheets} score sheets, schema ${s.schema}).`,
    );
  }
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
}
