// The real server as a process of its own (`src/server/main.ts`), for checks and benchmarks that kill
// it, run two of it on one database, or must not share its CPU with the load they drive.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

export type ServerProcess = { child: ChildProcess; url: string; port: number };

/** A free loopback port, as the system hands one out. */
export const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

// A process killed by a signal has a signalCode and no exitCode.
export const hasExited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null;

/** Signals the whole process group (npx, tsx and the node serving), as a crash or an operator would. */
export const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.pid && !hasExited(child)) process.kill(-child.pid, signal);
};

export const exited = (child: ChildProcess) =>
  new Promise<void>((done) => (hasExited(child) ? done() : child.once("exit", () => done())));

/**
 * Starts a node and waits until /api/health answers. With `databaseUrl` it serves from PostgreSQL
 * (DATABASE_URL), otherwise from the embedded store in `dataDir`.
 */
export async function startServerProcess(options: {
  port?: number;
  dataDir: string;
  seedDir: string;
  databaseUrl?: string;
  /** Seconds to wait for /api/health. */
  waitSeconds?: number;
  /** More settings, as an operator would give them (TRUST_PROXY, PUBLIC_URL …). */
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: options.dataDir,
    SEED_DIR: options.seedDir,
    ...options.env,
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  // Its own process group, so a kill reaches npx, tsx and the node serving together.
  const child = spawn("npx", ["tsx", "src/server/main.ts", "--dev"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + (options.waitSeconds ?? 60) * 1000;
  for (;;) {
    if (hasExited(child))
      throw new Error(`server exited with ${child.exitCode ?? child.signalCode}`);
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, url, port };
    if (Date.now() > until) {
      killGroup(child, "SIGKILL");
      throw new Error(`server did not answer /api/health within ${options.waitSeconds ?? 60} s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops a node politely (SIGTERM) and waits for it. */
export async function stopServerProcess(server: ServerProcess | undefined) {
  if (!server) return;
  killGroup(server.child, "SIGTERM");
  await exited(server.child);
}
