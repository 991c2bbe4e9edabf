// Runs the Playwright suite against a fresh build and a fresh, temporary store.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findBrowser } from "./find-browser.mjs";

const run = (cmd, args, env = process.env) =>
  spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;

const browser = findBrowser();
console.log("[e2e] Building the client (vite build)…");
if (run("npx", ["vite", "build", "--logLevel", "warn"]) !== 0) process.exit(1);

const dataDir = mkdtempSync(join(tmpdir(), "kp-e2e-"));
const status = run("npx", ["playwright", "test", ...process.argv.slice(2)], {
  ...process.env,
  PW_CHROMIUM_PATH: browser,
  E2E_DATA_DIR: dataDir,
});
rmSync(dataDir, { recursive: true, force: true });
process.exit(status);
