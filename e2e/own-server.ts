import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Ports above the shared server's, one per journey that stops and restarts a server (journeys run
 * two at a time, so each needs its own).
 */
export const ownServerPorts = {
  wallRestart: 1,
  offlineReload: 2,
  wallHang: 3,
  // Moves 数据截至 and lights on: kept off the shared server that other journeys read.
  reportsRound: 4,
  problemsJourney: 5,
  trackingLoop: 6,
  // Staff enter a round's reports in bulk, which moves projects' progress as above.
  reportGrid: 7,
  reportOffline: 8,
  // Adds and disables accounts: the shared server's demo accounts must stay as they are.
  accountsAdmin: 9,
  // Adds projects and a category: kept off the shared server that counts the seed's 18.
  projectsAdmin: 10,
  // Creates and opens an inspection: the shared server's events must stay as they are.
  eventsAdmin: 11,
  // Imports a project list: five more projects, kept off the shared server.
  projectImport: 12,
  // Edits, moves and archives seed projects: the shared server's 18 must stay as they are.
  projectEdit: 13,
  // Adds a category and a project in it: the shared server keeps the seed's two.
  categoriesEverywhere: 14,
  // The whole set-up journey: an imported list and a second inspection join its store.
  adminJourney: 15,
  // Adds year plans and milestones to a seed project: the shared server's lights must stay as they are.
  yearPlans: 16,
  // Serves a generated list of 5,000 projects instead of the seed's 18.
  mapScale: 17,
  // A second account journey (set-password links) runs beside the first: a server of its own.
  accountLinks: 20,
  // A city's list of 5,000 generated projects: tables and the overview at scale.
  tablesScale: 18,
  // 5,000 generated projects for the other pages (review, reports grid, events, wall panels).
  pagesScale: 19,
  // Two nodes on one PostgreSQL schema: a change written on one reaches pages served by the other.
  twoNodesA: 21,
  twoNodesB: 22,
} as const;
const portOf = (journey: keyof typeof ownServerPorts) =>
  Number(process.env.E2E_PORT ?? 4317) + ownServerPorts[journey];
export const ownServerUrl = (journey: keyof typeof ownServerPorts) =>
  `http://127.0.0.1:${portOf(journey)}`;

/**
 * The real server in a process of its own, on a fixed port and a store of its own, for journeys
 * that kill it and start it again (the shared server must stay up for everyone else). The store
 * outlives each process, as it does in production. With `databaseUrl` the store is on PostgreSQL
 * (several nodes may share it); the data directory is still the node's own.
 */
export function ownServer(
  journey: keyof typeof ownServerPorts,
  options: { seedDir?: string; databaseUrl?: string } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), "kp-e2e-own-"));
  const port = portOf(journey);
  const url = ownServerUrl(journey);
  let child: ChildProcess | null = null;
  return {
    url,
    async start() {
      const answers = () =>
        fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
      // Another server on this port (a parallel copy of the journey, --repeat-each with several
      // workers) would answer the health check below, and the journey would test it instead.
      if (await answers()) throw new Error(`${url} is already taken by another server`);
      child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: "127.0.0.1",
          DATA_DIR: dataDir,
          ...(options.seedDir ? { SEED_DIR: options.seedDir } : {}),
          // Set or cleared: a DATABASE_URL of the shell running the journeys must not leak in.
          DATABASE_URL: options.databaseUrl ?? "",
        },
        stdio: "ignore",
      });
      const until = Date.now() + 60_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
        if (await answers()) return;
        if (Date.now() > until) throw new Error("server did not start within 60 s");
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    /** Hung, not gone: connections stay open and nothing comes through them. */
    freeze() {
      child?.kill("SIGSTOP");
    },
    thaw() {
      child?.kill("SIGCONT");
    },
    /** As a power cut or a crash would: no goodbye to the open streams. */
    async kill() {
      if (!child || child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGCONT"); // a frozen process must run to die
      child.kill("SIGKILL");
      await exited;
    },
    /**
     * Stops the server and drops its store. Pages still showing it are taken off it first: their
     * live connection would otherwise log the stopped server as console errors.
     */
    async dispose(...openPages: { goto(url: string): Promise<unknown> }[]) {
      for (const page of openPages) await page.goto("about:blank").catch(() => undefined);
      await this.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
