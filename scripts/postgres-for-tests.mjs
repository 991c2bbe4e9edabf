// A throwaway PostgreSQL database for one test run: starts the local cluster when it is down
// (as root, with Debian's pg_ctlcluster), creates a role and a database with a unique name, and
// drops both at the end. The tests read its address from TEST_DATABASE_URL.
//
//   node scripts/postgres-for-tests.mjs npm test   runs the command with TEST_DATABASE_URL set,
//                                                  and fails when no database can be made.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";

const sh = (cmd, args) => spawnSync(cmd, args, { encoding: "utf8" });
const has = (cmd) => sh("sh", ["-c", `command -v ${cmd}`]).status === 0;
const asPostgres = (sql) => {
  const r = sh("runuser", ["-u", "postgres", "--", "psql", "-v", "ON_ERROR_STOP=1", "-qAtc", sql]);
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr.trim()}`);
  return r.stdout.trim();
};

/** The newest local cluster as pg_lsclusters lists it: version, name, port and whether it runs. */
function localCluster() {
  const lines = sh("pg_lsclusters", ["-h"]).stdout?.trim().split("\n").filter(Boolean) ?? [];
  const [version, name, port, status] = (lines.at(-1) ?? "").split(/\s+/);
  return version ? { version, name, port, online: status === "online" } : null;
}

/**
 * Makes the throwaway database: { url, drop() }, or { skipped: why } where this machine cannot
 * (not root, PostgreSQL not installed, or the cluster does not start).
 */
export function startTestDatabase() {
  if (!has("pg_ctlcluster") || !has("pg_lsclusters"))
    return { skipped: "PostgreSQL is not installed here (apt-get install postgresql)" };
  if (process.getuid?.() !== 0)
    return {
      skipped: "not running as root: start PostgreSQL yourself and set TEST_DATABASE_URL",
    };
  let cluster = localCluster();
  if (!cluster) return { skipped: "no PostgreSQL cluster found (pg_lsclusters lists none)" };
  if (!cluster.online) {
    const r = sh("pg_ctlcluster", [
      "--skip-systemctl-redirect",
      cluster.version,
      cluster.name,
      "start",
    ]);
    cluster = localCluster();
    if (!cluster?.online)
      return { skipped: `the PostgreSQL cluster did not start: ${r.stderr?.trim() || r.stdout}` };
  }
  const name = `kp_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(18).toString("hex");
  try {
    asPostgres(`CREATE ROLE ${name} LOGIN PASSWORD '${password}'`);
    asPostgres(`CREATE DATABASE ${name} OWNER ${name}`);
  } catch (error) {
    return { skipped: error.message };
  }
  let dropped = false;
  return {
    url: `postgres://${name}:${password}@127.0.0.1:${cluster.port}/${name}`,
    name,
    drop() {
      if (dropped) return;
      dropped = true;
      asPostgres(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      asPostgres(`DROP ROLE IF EXISTS ${name}`);
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error("usage: node scripts/postgres-for-tests.mjs <command> [args…]");
    process.exit(2);
  }
  const database = startTestDatabase();
  if (!database.url) {
    console.error(`[postgres-for-tests] cannot make a test database: ${database.skipped}`);
    process.exit(1);
  }
  console.log(`[postgres-for-tests] throwaway database ${database.name} (dropped at the end)`);
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => {
      database.drop();
      process.exit(130);
    });
  const run = spawnSync(cmd, args, {
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE_URL: database.url },
  });
  database.drop();
  process.exit(run.status ?? 1);
}
