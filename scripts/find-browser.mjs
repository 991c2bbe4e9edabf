// Finds a Chromium for Playwright, and says what it is doing:
// 1. CHROMIUM_PATH if set; 2. Playwright's own browser if already downloaded; 3. a system Chromium;
// 4. Playwright's own download, where the network allows; 5. as root on Debian, apt-get install.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "playwright";

const systemCandidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
];
const log = (message) => console.log(`[browser] ${message}`);

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
const systemChromium = () => systemCandidates.find((path) => existsSync(path)) ?? null;
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = () => existsSync("/usr/bin/apt-get");

function tryPlaywrightDownload() {
  log("No Chromium found: trying Playwright's own download (needs the internet)…");
  const result = spawnSync("npx", ["playwright", "install", "chromium"], {
    stdio: "inherit",
    timeout: 180_000,
  });
  return result.status === 0 ? playwrightOwn() : null;
}

function tryApt(packages) {
  if (!isRoot() || !hasApt()) return false;
  log(`Installing Debian packages: ${packages.join(" ")} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return false;
  const install = spawnSync("apt-get", ["install", "-y", "-qq", ...packages], {
    stdio: "inherit",
    env,
  });
  return install.status === 0;
}

function hasCjkFont() {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

/** Returns the path of a Chromium to drive, installing one if it can; throws with advice if not. */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    log(`Using CHROMIUM_PATH: ${fromEnv}`);
    return fromEnv;
  }
  let path = playwrightOwn();
  if (path) log(`Using Playwright's own Chromium: ${path}`);
  if (!path) {
    path = systemChromium();
    if (path) log(`Using the system Chromium: ${path}`);
  }
  if (!path) path = tryPlaywrightDownload();
  if (!path && tryApt(["chromium", "fonts-noto-cjk"])) path = systemChromium();
  if (!path)
    throw new Error(
      "No Chromium for the browser tests. Install one: `npx playwright install chromium`, " +
        "or on Debian/Ubuntu `apt-get install chromium fonts-noto-cjk`, or set CHROMIUM_PATH.",
    );
  if (!hasCjkFont()) {
    log("No Chinese font found: Chinese would render as boxes in screenshots.");
    if (!tryApt(["fonts-noto-cjk"]))
      log("Install one (Debian: apt-get install fonts-noto-cjk) for readable screenshots.");
  }
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(findBrowser());
}
