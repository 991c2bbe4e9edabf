// The places `npm run bench:scoring` measures, each on a fresh store from the same seed, its servers
// child processes (so none shares its CPU with the load): SQLite with one node, PostgreSQL with one,
// and PostgreSQL with two nodes on one database (node A started first, then B).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchPostgres } from "./scratch-postgres";
import { type ServerProcess, startServerProcess, stopServerProcess } from "./server-process";

export const setupNames = {
  sqlite: "SQLite, 1 node",
  postgres: "PostgreSQL, 1 node",
  "two-nodes": "PostgreSQL, 2 nodes",
} as const;
export type SetupId = keyof typeof setupNames;

/** BENCH_SETUPS=sqlite,postgres,two-nodes (all three when unset), in that order. */
export function chosenSetups(list: string | undefined): SetupId[] {
  const all = Object.keys(setupNames) as SetupId[];
  if (!list) return all;
  const asked = list.split(",").map((s) => s.trim());
  const unknown = asked.filter((s) => !all.includes(s as SetupId));
  if (unknown.length)
    throw new Error(`BENCH_SETUPS: unknown ${unknown.join(", ")} (known: ${all.join(", ")})`);
  return all.filter((s) => asked.includes(s));
}

const unreachable = (error: unknown) => ({
  skipped: `PostgreSQL did not answer (${error instanceof Error ? error.message : String(error)})`,
});

/**
 * Starts the setup's nodes, hands them to `measure`, then stops them and removes the store.
 * Returns `{ skipped }` when the setup needs PostgreSQL and there is none.
 */
export async function withSetup<T>(
  setup: SetupId,
  seedDir: string,
  measure: (nodes: ServerProcess[]) => Promise<T>,
): Promise<T | { skipped: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "kp-bench-scoring-"));
  const postgres = setup === "sqlite" ? undefined : await scratchPostgres().catch(unreachable);
  if (postgres && "skipped" in postgres) {
    rmSync(dataDir, { recursive: true, force: true });
    return postgres;
  }
  const nodes: ServerProcess[] = [];
  try {
    const databaseUrl = postgres?.url;
    for (let n = setup === "two-nodes" ? 2 : 1; n > 0; n--)
      nodes.push(await startServerProcess({ dataDir, seedDir, databaseUrl }));
    const where = postgres ? postgres.where : `store ${dataDir}`;
    console.log(`${setupNames[setup]}: ${nodes.map((n) => n.url).join(" and ")}, ${where}`);
    return await measure(nodes);
  } finally {
    for (const node of nodes) await stopServerProcess(node);
    await postgres?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
