// `npm run bench:load`: builds the client, serves it, and prints per route the gzip bytes of JS
// and CSS loaded, and the median of 5 runs of LCP, total blocking time and cumulative layout shift
// in Chromium with 4× CPU throttling. Figures only: no thresholds, the machines are noisy.
// BENCH_ROUTES=/results,/ limits the routes; BENCH_SHIFTS=1 also prints what moved in each shift;
// BENCH_CPU=1 measures without throttling (default 4).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchLocalChromium, startTempServer } from "./lib/local-run";

const root = resolve(import.meta.dirname, "..");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cpuRate = Number(process.env.BENCH_CPU ?? 4);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log("Building the client…");
if (
  spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" }).status
)
  process.exit(1);

// The entry chunk: what every first visit must download before anything shows.
const assets = join(root, "dist/client/assets");
const html = readFileSync(join(root, "dist/client/index.html"), "utf8");
const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
const gz = (file: string) => gzipSync(readFileSync(join(assets, file))).length;
const allJs = readdirSync(assets).filter((f) => f.endsWith(".js"));
console.log(`Entry chunk ${entry}: ${entry ? kb(gz(entry)) : "?"} gzip`);
console.log(
  `All JS chunks together: ${kb(allJs.reduce((s, f) => s + gz(f), 0))} gzip in ${allJs.length} files`,
);

const server = await startTempServer({ withClient: true });
const projectId = (
  (await (await fetch(`${server.url}/api/projects`)).json()) as {
    projects: { id: string }[];
  }
).projects[0]?.id;
const allRoutes = ["/", "/map", "/projects", `/projects/${projectId}`, "/results"];
// "/projects/:id" names the project page in BENCH_ROUTES.
const wanted = process.env.BENCH_ROUTES?.split(",");
const routes = allRoutes.filter(
  (r, i) => !wanted || wanted.includes(i === 3 ? "/projects/:id" : r),
);
const printShifts = process.env.BENCH_SHIFTS === "1";

const browser = await launchLocalChromium();

type Shift = { start: number; value: number; input: boolean; sources: string[] };
type Sample = { lcp: number; tbt: number; cls: number; js: number; css: number };

/** Lighthouse's CLS: the largest session window (gaps under 1 s, at most 5 s) of unprompted shifts. */
function clsOf(shifts: Shift[]): number {
  let worst = 0;
  let sum = 0;
  let first = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of shifts.filter((x) => !x.input)) {
    if (s.start - last > 1000 || s.start - first > 5000) {
      sum = 0;
      first = s.start;
    }
    sum += s.value;
    last = s.start;
    worst = Math.max(worst, sum);
  }
  return worst;
}
async function measure(route: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
  await page.addInitScript(() => {
    const w = window as unknown as {
      __lcp: number;
      __longTasks: { start: number; duration: number }[];
      __shifts: Shift[];
    };
    w.__lcp = 0;
    w.__longTasks = [];
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[])
        w.__shifts.push({
          start: entry.startTime,
          value: entry.value,
          input: entry.hadRecentInput,
          // Inline, not a named helper: the bundler would wrap a named function in a helper the
          // page does not have.
          sources: (entry.sources ?? []).map((x) =>
            x.node instanceof Element
              ? `${x.node.tagName.toLowerCase()}.${String(x.node.className).split(" ")[0]}`
              : (x.node?.nodeName ?? "?"),
          ),
        });
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  let js = 0;
  let css = 0;
  page.on("requestfinished", async (request) => {
    const type = request.resourceType();
    if (type !== "script" && type !== "stylesheet") return;
    // A chunk loaded late (charts below the first screen) may finish as the page closes.
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) return;
    if (type === "script") js += sizes.responseBodySize;
    else css += sizes.responseBodySize;
  });
  await page.goto(`${server.url}${route}`, { waitUntil: "networkidle" });
  await page.waitForTimeout(1500);
  const { lcp, tbt, shifts } = await page.evaluate(() => {
    const w = window as unknown as {
      __lcp: number;
      __longTasks: { start: number; duration: number }[];
      __shifts: Shift[];
    };
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    // Lighthouse's TBT: the part of each long task beyond 50 ms, after first contentful paint.
    const tbt = w.__longTasks
      .filter((t) => t.start + t.duration > fcp)
      .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    return { lcp: w.__lcp, tbt, shifts: w.__shifts };
  });
  await context.close();
  if (printShifts)
    for (const x of shifts)
      console.log(
        `  ${route} shift ${x.value.toFixed(4)} at ${Math.round(x.start)} ms: ${x.sources.join(", ")}`,
      );
  return { lcp, tbt, cls: clsOf(shifts), js, css };
}

console.log(
  `\nChromium, 1440×900, ${cpuRate}× CPU throttling, median of ${runs} cold loads per route\n`,
);
console.log(
  "route".padEnd(28),
  "JS gzip".padStart(10),
  "CSS gzip".padStart(10),
  "LCP".padStart(9),
  "TBT".padStart(9),
  "CLS".padStart(7),
);
for (const route of routes) {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measure(route));
  console.log(
    route.padEnd(28),
    kb(median(samples.map((s) => s.js))).padStart(10),
    kb(median(samples.map((s) => s.css))).padStart(10),
    `${Math.round(median(samples.map((s) => s.lcp)))} ms`.padStart(9),
    `${Math.round(median(samples.map((s) => s.tbt)))} ms`.padStart(9),
    median(samples.map((s) => s.cls))
      .toFixed(3)
      .padStart(7),
  );
}
await browser.close();
await server.close();
