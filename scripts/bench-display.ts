// `npm run bench:display`: runs the production build of the wall screen (/display) in Chromium at
// 1920×1080 through thousands of panel changes (the → key) and live updates (sheet writes, each
// pushed to the screen, which refetches), and prints JS heap, DOM nodes and event listeners after a
// forced GC at the start and after each quarter, plus the browser's own memory. Aim: flat after
// warm-up (the first quarter).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { launchBareChromium } from "./lib/bare-chromium";
import { startTempServer } from "./lib/local-run";

const root = resolve(import.meta.dirname, "..");
const steps = Number(process.env.BENCH_STEPS ?? 2000);
const eventId = "demo-entry-practice";
const sheetPath = `/api/events/${eventId}/sheets/e67/yingliu-area-renewal`;

console.log("Building the client…");
if (
  spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" }).status
)
  process.exit(1);

const server = await startTempServer({ withClient: true });

// An admin session over the API: issues the display token and writes the sheets.
const session = await fetch(`${server.url}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "admin", password: "demo-admin" }),
});
const adminHeaders = {
  cookie: (session.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
  "x-csrf-token": ((await session.json()) as { csrfToken: string }).csrfToken,
  "content-type": "application/json",
};
const created = await fetch(`${server.url}/api/display-tokens`, {
  method: "POST",
  headers: adminHeaders,
  body: JSON.stringify({ label: "bench" }),
});
const { token } = (await created.json()) as { token: string };

let writes = 0;
/** One live update: a sheet whose score alternates, so every write is a real change. */
async function writeSheet() {
  const res = await fetch(`${server.url}${sheetPath}`, {
    method: "PUT",
    headers: adminHeaders,
    body: JSON.stringify({
      scores: {
        progress: writes % 2 ? 26 : 27,
        investment: 18,
        technology: 17.5,
        site_management: 13,
        benefit: 12,
      },
      vote: "satisfied",
      ...(writes ? { reason: "bench" } : {}),
    }),
  });
  if (res.status !== 200 && res.status !== 201)
    throw new Error(`sheet write ${writes} failed: ${res.status} ${await res.text()}`);
  writes++;
}

// Chromium on a bare DevTools pipe, as a wall screen runs it: no automation library, whose network
// instrumentation would keep every response body in the renderer and look like a leak.
const browser = await launchBareChromium({ width: 1920, height: 1080 });
const { page } = browser;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
await page.send("Performance.enable");
await page.send("Page.navigate", {
  url: `${server.url}/display?token=${token}&interval=2&event=${eventId}`,
});
await page.waitFor(`document.querySelector("main[data-active-panel]")`);
await wait(3000);

/** Chromium's role for a process (browser, renderer, gpu-process, utility, zygote…). Chromium
 * rewrites its command line as one space-separated title, so split on both. */
function processType(pid: number): string {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split(/[\0 ]/);
    return cmdline.find((a) => a.startsWith("--type="))?.slice(7) ?? "browser";
  } catch {
    return "exited";
  }
}

type Memory = { rss: number; pss: number; byType: Record<string, number> };

/** Browser processes: every descendant of this Node process (Playwright launched them). */
function browserMemory(): Memory {
  const ps = spawnSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" });
  const out = ps.stdout;
  const rows = out
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (mine.has(ppid) && !mine.has(pid)) {
        mine.add(pid);
        grew = true;
      }
  }
  mine.delete(process.pid);
  mine.delete(ps.pid); // ps itself, listed while it ran
  const memory: Memory = { rss: 0, pss: 0, byType: {} };
  for (const [pid, , rssKb] of rows) {
    if (!mine.has(pid)) continue;
    memory.rss += rssKb * 1024;
    // PSS shares pages among the processes that map them: their sum does not double-count.
    const rollup = `/proc/${pid}/smaps_rollup`;
    const match = existsSync(rollup)
      ? /^Pss:\s+(\d+) kB/m.exec(readFileSync(rollup, "utf8"))
      : null;
    const pss = match ? Number(match[1]) * 1024 : rssKb * 1024;
    memory.pss += pss;
    const type = processType(pid);
    memory.byType[type] = (memory.byType[type] ?? 0) + pss;
  }
  return memory;
}

type Sample = {
  label: string;
  heap: number;
  nodes: number;
  listeners: number;
  /** PSS as the browser holds it (caches included). */
  heldPss: number;
  /** After a simulated critical memory-pressure signal: what the browser cannot give back. */
  after: Memory;
};
async function sample(label: string): Promise<Sample> {
  const heldPss = browserMemory().pss;
  // Caches (decoded images, fonts, raster tiles) are the browser's to keep until memory is short:
  // a pressure signal makes every process drop them, so what is left is what the page retains.
  await browser.browserSend("Memory.simulatePressureNotification", { level: "critical" });
  // Twice: the first pass can leave garbage that only becomes collectable after finalisers run.
  await page.send("HeapProfiler.collectGarbage");
  await wait(300);
  await page.send("HeapProfiler.collectGarbage");
  await wait(1000);
  const { metrics } = await page.send<{ metrics: { name: string; value: number }[] }>(
    "Performance.getMetrics",
  );
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    label,
    heap: metric("JSHeapUsedSize"),
    nodes: metric("Nodes"),
    listeners: metric("JSEventListeners"),
    heldPss,
    after: browserMemory(),
  };
}

/** Interleaved: a panel change, a live update, and now and then time for the refetch to land. */
async function drive(count: number) {
  for (let i = 0; i < count; i++) {
    await page.press("ArrowRight");
    await writeSheet();
    if (i % 25 === 24) await wait(100);
  }
  await wait(2000);
}

const started = Date.now();
const quarter = Math.round(steps / 4);
const samples = [await sample("start")];
for (let q = 1; q <= 4; q++) {
  await drive(quarter);
  samples.push(await sample(`${q * quarter} + ${q * quarter}`));
}
const panel = await page.evaluate<string | null>(
  `document.querySelector("main[data-active-panel]")?.dataset.activePanel ?? null`,
);
const badge = await page.evaluate<number>(
  `document.querySelectorAll(".wd-panel.is-active .wd-badge").length`,
);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pct = (from: number, to: number) => `${(((to - from) / from) * 100).toFixed(1)} %`;
const row = (cells: (string | number)[]) =>
  cells.map((v, i) => (i ? String(v).padStart(14) : String(v).padEnd(16))).join("");
console.log(
  `\nChromium 1920×1080, /display?interval=2, ${quarter * 4} panel changes (→) and ${writes} live updates (sheet writes) in ${Math.round((Date.now() - started) / 1000)} s`,
);
console.log(
  "JS heap, Nodes, JSEventListeners: CDP Performance.getMetrics after a simulated critical memory-pressure signal and HeapProfiler.collectGarbage.",
);
console.log(
  "Browser PSS: all Chromium processes of this run, summed PSS (/proc smaps_rollup) — as held, and after the pressure signal.\n",
);
console.log(row(["after", "JS heap", "DOM nodes", "listeners", "PSS held", "PSS after"]));
for (const s of samples)
  console.log(row([s.label, mb(s.heap), s.nodes, s.listeners, mb(s.heldPss), mb(s.after.pss)]));
// The first quarter is warm-up (lazy chunks, the map's tiles, query caches filling).
const warm = samples[1] as Sample;
const last = samples[samples.length - 1] as Sample;
console.log(
  row([
    "growth after warm-up",
    pct(warm.heap, last.heap),
    pct(warm.nodes, last.nodes),
    pct(warm.listeners, last.listeners),
    pct(warm.heldPss, last.heldPss),
    pct(warm.after.pss, last.after.pss),
  ]),
);
const types = [...new Set(samples.flatMap((s) => Object.keys(s.after.byType)))].sort();
console.log("\nPSS after the pressure signal, by Chromium process type:");
console.log(row(["after", ...types]));
for (const s of samples)
  console.log(row([s.label, ...types.map((t) => mb(s.after.byType[t] ?? 0))]));
console.log(`\nStill rotating: active panel "${panel}", stale/offline badge shown: ${badge > 0}`);

await browser.close();
await server.close();
