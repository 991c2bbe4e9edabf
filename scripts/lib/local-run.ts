import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright";
import { startServer } from "../../src/server/start-server";
// @ts-expect-error — a plain ES module without types
import { findBrowser } from "../find-browser.mjs";
import { chromiumArgs } from "./chromium-args";

const root = resolve(import.meta.dirname, "../..");

/** Chromium as the scripts use it: Playwright's own or the system's, never the network. */
export function launchLocalChromium() {
  return chromium.launch({ executablePath: findBrowser(), args: chromiumArgs });
}

/** The real server on a free loopback port with a throwaway store; close() removes the store. */
export async function startTempServer(
  options: { seedDir?: string; withClient?: boolean; port?: number } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), "kp-run-"));
  const server = await startServer({
    dataDir,
    seedDir: options.seedDir ?? join(root, "data"),
    port: options.port ?? 0,
    host: "127.0.0.1",
    ...(options.withClient ? { clientDir: join(root, "dist/client") } : {}),
  });
  return {
    ...server,
    dataDir,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
