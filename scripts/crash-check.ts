// `npm run check:crash`: loads a node (a child process) with concurrent submissions from evaluators'
// personal links and staff's ten-day reports (旬报), kill -9s it mid-load, and checks on a node that
// runs that every acknowledged (2xx) write is there with its content, exactly once, with exactly one
// audit record, that each project's report holds its last acknowledged figures, that re-sent
// requests replay instead of writing again, and that cut-off requests retried with their keys land
// once. Run on each store, one after the other, with a verdict per store:
// - SQLite, one node, restarted: the killed node is started again on the same DATA_DIR;
// - PostgreSQL, two nodes: A then B on one throwaway database; the load goes to A, A is killed, and
//   everything is checked on B (up all along, never restarted), with the sessions and links made on A;
// - PostgreSQL, one node, restarted: as on SQLite.
// CRASH_STORES=sqlite or =postgres runs one store's variants. Where no PostgreSQL database can be
// made, its variants are reported as skipped (a failure only when CI is set).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoreConfig } from "../src/server/store/sql";
import { checkAfterCrash } from "./lib/crash-checks";
import { prepareCrashLoad, rosterSize, runCrashLoad } from "./lib/crash-load";
import { seedWithEvaluators } from "./lib/scoring-load";
import { scratchPostgres } from "./lib/scratch-postgres";
import {
  exited,
  freePort,
  killGroup,
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from "./lib/server-process";

const killAfterAcks = Number(process.env.CRASH_AFTER_ACKS ?? 800);

/** Where a variant's store lives: a fresh DATA_DIR, and for PostgreSQL a throwaway database too. */
type Place = StoreConfig & { where: string; drop(): Promise<void> };

/** The nodes of a variant: the one the load goes to (and the kill ends), and the one checked after. */
type Nodes = { writer: ServerProcess; checker(): Promise<ServerProcess> };

/** Starts a node on the place's store; every node started is listed, to be stopped at the end. */
type StartNode = (port?: number) => Promise<ServerProcess>;

type Variant = {
  name: string;
  store: "sqlite" | "postgres";
  start(startNode: StartNode): Promise<Nodes>;
};

/** One node, killed and started again on the same store and port. */
async function oneNodeRestarted(startNode: StartNode): Promise<Nodes> {
  const port = await freePort();
  const writer = await startNode(port);
  return { writer, checker: () => startNode(port) };
}

/** A then B on one database; B is checked as it is, having served throughout. */
async function twoNodes(startNode: StartNode): Promise<Nodes> {
  const a = await startNode();
  const b = await startNode();
  return { writer: a, checker: async () => b };
}

const variants: Variant[] = [
  { name: "SQLite, one node, restarted", store: "sqlite", start: oneNodeRestarted },
  { name: "PostgreSQL, two nodes", store: "postgres", start: twoNodes },
  { name: "PostgreSQL, one node, restarted", store: "postgres", start: oneNodeRestarted },
];

async function makePlace(store: Variant["store"]): Promise<Place | { skipped: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "kp-crash-"));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (store === "sqlite") return { dataDir, where: `store ${dataDir}`, drop: removeDir };
  const pg = await scratchPostgres();
  if ("skipped" in pg) {
    await removeDir();
    return pg;
  }
  return {
    dataDir,
    databaseUrl: pg.url,
    where: pg.where,
    async drop() {
      await pg.drop();
      await removeDir();
    },
  };
}

type Verdict = { name: string; outcome: "pass" | "fail" | "skipped"; detail: string };

async function runVariant(variant: Variant, seedDir: string): Promise<Verdict> {
  console.log(`\n== ${variant.name}`);
  const place = await makePlace(variant.store);
  if ("skipped" in place) {
    console.log(`  skipped: ${place.skipped}`);
    return { name: variant.name, outcome: "skipped", detail: place.skipped };
  }
  const failures: string[] = [];
  let figures = "";
  const started: ServerProcess[] = [];
  const startNode: StartNode = async (port) => {
    const node = await startServerProcess({
      port,
      dataDir: place.dataDir,
      seedDir,
      databaseUrl: place.databaseUrl ?? undefined,
      waitSeconds: 30,
    });
    started.push(node);
    return node;
  };
  try {
    const nodes = await variant.start(startNode);
    const { writer } = nodes;
    console.log(`  Load goes to ${writer.url} (pid group ${writer.child.pid}), ${place.where}`);
    const setup = await prepareCrashLoad(writer.url);
    const kill = () => killGroup(writer.child, "SIGKILL");
    const load = await runCrashLoad(writer.url, setup, killAfterAcks, kill, failures);
    await exited(writer.child);
    console.log(
      `  Load: ${setup.evaluatorIds.length} concurrent evaluators and ${setup.allProjects.length} report writers; ` +
        `kill -9 after ${load.acks.length} acknowledged sheets (${load.seconds.toFixed(2)} s); ` +
        `${load.cutOff.length} requests cut off by the kill`,
    );
    const checker = await nodes.checker();
    console.log(`  Checked on ${checker.url} (pid group ${checker.child.pid})`);
    const f = await checkAfterCrash(checker.url, place, setup, load, failures);
    figures =
      `acks ${f.acks}, cut off ${f.cutOff}, present ${f.present}, missing ${f.missing}, ` +
      `replays ${f.replayed}/${f.replays}, cut-off retried once ${f.retriedOnce}/${f.cutOff}, ` +
      `旬报 acks ${f.reportAcks}, 旬报 lost ${f.reportLost}`;
  } catch (error) {
    failures.push(`check could not run: ${(error as Error).message}`);
  } finally {
    for (const node of started) await stopServerProcess(node);
    await place.drop();
  }
  for (const f of failures) console.log(`  - ${f}`);
  if (failures.length)
    return {
      name: variant.name,
      outcome: "fail",
      detail: `${failures.length} problems; ${figures}`,
    };
  return { name: variant.name, outcome: "pass", detail: figures };
}

const chosen = process.env.CRASH_STORES?.trim();
if (chosen && chosen !== "sqlite" && chosen !== "postgres") {
  console.error(`CRASH_STORES is "${chosen}": use sqlite or postgres (or leave it unset for both)`);
  process.exit(2);
}
const seedDir = seedWithEvaluators(rosterSize);
const verdicts: Verdict[] = [];
try {
  for (const variant of variants.filter((v) => !chosen || v.store === chosen))
    verdicts.push(await runVariant(variant, seedDir));
} finally {
  rmSync(seedDir, { recursive: true, force: true });
}

console.log("\nVerdicts:");
for (const v of verdicts) console.log(`  ${v.name}: ${v.outcome.toUpperCase()} — ${v.detail}`);
// Without PostgreSQL here a run still checks SQLite; in CI a skipped store is a failure.
const skippedFails = Boolean(process.env.CI);
if (verdicts.some((v) => v.outcome === "fail" || (skippedFails && v.outcome === "skipped")))
  process.exit(1);
if (verdicts.some((v) => v.outcome === "pass"))
  console.log(
    "Every acknowledged sheet and 旬报 survived kill -9 once, with its content and its audit records; replays wrote nothing.",
  );
