import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { migrateSqlite } from "./sql/migrate";

export type Db = Database.Database;

/** Opens (creating if needed) the embedded store in `dataDir` and brings its schema up to date. */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, "store.db"));
  db.pragma("journal_mode = WAL");
  // FULL: a score sheet that was acknowledged survives a power cut.
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrateSqlite(db);
  return db;
}
