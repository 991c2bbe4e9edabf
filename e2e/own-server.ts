import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One port above the shared server's: only journeys that stop and restart a server use it. */
export const ownServerPort = Number(process.env.E2E_PORT ?? 4317) + 1;
export const ownServerUrl = `http://127.0.0.1:${ownServerPort}`;

/**
 * The real server in a process of its own, on a fixed port and a store of its own, for journeys
 * that kill it and start it again (the shared server must stay up for everyone else). The store
 * outlives each process, as it does in production.
 */
export function ownServer() {
  const dataDir = mkdtempSync(join(tmpdir(), "kp-e2e-own-"));
  let child: ChildProcess | null = null;
  return {
    url: ownServerUrl,
    async start() {
      child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
        env: { ...process.env, PORT: String(ownServerPort), HOST: "127.0.0.1", DATA_DIR: dataDir },
        stdio: "ignore",
      });
      const until = Date.now() + 60_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
        const up = await fetch(`${ownServerUrl}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (up) return;
        if (Date.now() > until) throw new Error("server did not start within 60 s");
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    /** As a power cut or a crash would: no goodbye to the open streams. */
    async kill() {
      if (!child || child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
    },
    async dispose() {
      await this.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
