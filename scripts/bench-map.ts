// `npm run bench:map`: the map at a district's and a city's size. Starts the real server (built
// client) on the 18-project seed and on a generated list (MAP_SEED_DIR, else generated once into
// the temp folder), and prints for /map, / (the overview's map) and the wall's map panel: blocking
// time, DOM nodes and LCP, median of BENCH_RUNS cold loads at 1440×900 (the wall at 1920×1080).
// Figures only, no thresholds. Needs `npx vite build` first.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright";
import { launchLocalChromium, startTempServer } from "./lib/local-run";
import { loadFigures, watchLoad } from "./lib/page-figures";

const root = resolve(import.meta.dirname, "..");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const size = Number(process.env.MAP_SIZE ?? 5000);

function seedFor(count: number): string {
  if (process.env.MAP_SEED_DIR) return process.env.MAP_SEED_DIR;
  const dir = join(tmpdir(), `kp-scale-${count}`);
  if (existsSync(join(dir, "status-rules.json"))) return dir;
  const run = spawnSync(
    "npx",
    ["tsx", "scripts/generate-data.ts", "--projects", String(count), "--out", dir],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (run.status) throw new Error(`generating ${count} projects failed`);
  return dir;
}

type Figures = { tbt: number; lcp: number; domNodes: number };

async function measure(page: Page, url: string): Promise<Figures> {
  await watchLoad(page);
  // The wall keeps a stream open: "networkidle" never comes there.
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForSelector(".leaflet-container", { timeout: 120_000 });
  await page.waitForTimeout(2500);
  return loadFigures(page);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function displayToken(url: string): Promise<string> {
  const session = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: "demo-admin" }),
  });
  const cookie = session.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const created = await fetch(`${url}/api/display-tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
    body: JSON.stringify({ label: "bench" }),
  });
  return ((await created.json()) as { token: string }).token;
}

async function measureSize(browser: Browser, seedDir: string | undefined, label: string) {
  const server = await startTempServer({ seedDir, withClient: true });
  try {
    const { url } = server;
    const token = await displayToken(url);
    const pages = [
      { route: "/map", viewport: { width: 1440, height: 900 } },
      { route: "/", viewport: { width: 1440, height: 900 } },
      {
        route: `/display?token=${token}&panels=map&interval=600`,
        name: "/display (map panel)",
        viewport: { width: 1920, height: 1080 },
      },
    ];
    for (const { route, viewport, name } of pages) {
      const samples: Figures[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport });
        try {
          samples.push(await measure(await context.newPage(), `${url}${route}`));
        } finally {
          await context.close();
        }
      }
      const pick = (f: (s: Figures) => number) => median(samples.map(f));
      console.log(
        `${label.padStart(6)}  ${(name ?? route).padEnd(22)} TBT ${pick((s) => s.tbt)
          .toFixed(0)
          .padStart(6)} ms  DOM ${String(pick((s) => s.domNodes)).padStart(6)}  LCP ${pick(
          (s) => s.lcp,
        )
          .toFixed(0)
          .padStart(5)} ms`,
      );
    }
  } finally {
    await server.close();
  }
}

const browser = await launchLocalChromium();
try {
  await measureSize(browser, undefined, "18");
  await measureSize(browser, seedFor(size), String(size));
} finally {
  await browser.close();
}
