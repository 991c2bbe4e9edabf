import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startServer } from "./start-server";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const seedDir = join(repoRoot, "data");

/** A real server on a free port with a fresh temporary store, for API tests. */
export async function startTestServer(options: { seedDir?: string } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "kp-api-"));
  const server = await startServer({
    dataDir,
    seedDir: options.seedDir ?? seedDir,
    port: 0,
    host: "127.0.0.1",
  });
  return {
    ...server,
    dataDir,
    get: async (path: string, init?: RequestInit) => {
      const res = await fetch(`${server.url}${path}`, init);
      // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
      const body: any = await res.json();
      return { status: res.status, headers: res.headers, body };
    },
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A copy of the seed files to break on purpose. */
export function copySeed(): string {
  const dir = mkdtempSync(join(tmpdir(), "kp-seed-"));
  cpSync(seedDir, dir, { recursive: true });
  return dir;
}
