// `npm run bench:display`: runs the production build of the wall screen (/display) in Chromium at
// 1920×1080 through thousands of panel changes (the → key) and live updates (sheet writes, each
// pushed to the screen, which refetches), and prints JS heap, DOM nodes and event listeners after a
// forced GC at start, middle and end, plus the browser's own memory. Aim: flat after warm-up.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { launchLocalChromium, startTempServer } from "./lib/local-run";

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

const browser = await launchLocalChromium();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Performance.enable");
await page.goto(`${server.url}/display?token=${token}&interval=2`);
await page.locator("main[data-active-panel]").waitFor();
await page.waitForTimeout(3000);

/** Browser processes: every descendant of this Node process (Playwright launched them). */
function browserMemory(): { rss: number; pss: number; processes: number } {
  const out = spawnSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" }).stdout;
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
  let rss = 0;
  let pss = 0;
  for (const [pid, , rssKb] of rows) {
    if (!mine.has(pid)) continue;
    rss += rssKb * 1024;
    // PSS shares pages among the processes that map them: their sum does not double-count.
    const rollup = `/proc/${pid}/smaps_rollup`;
    const match = existsSync(rollup)
      ? /^Pss:\s+(\d+) kB/m.exec(readFileSync(rollup, "utf8"))
      : null;
    pss += match ? Number(match[1]) * 1024 : rssKb * 1024;
  }
  return { rss, pss, processes: mine.size };
}

type Sample = {
  label: string;
  heap: number;
  nodes: number;
  listeners: number;
  rss: number;
  pss: number;
  processes: number;
};
async function sample(label: string): Promise<Sample> {
  // Twice: the first pass can leave garbage that only becomes collectable after finalisers run.
  await cdp.send("HeapProfiler.collectGarbage");
  await page.waitForTimeout(300);
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    label,
    heap: metric("JSHeapUsedSize"),
    nodes: metric("Nodes"),
    listeners: metric("JSEventListeners"),
    ...browserMemory(),
  };
}

/** Interleaved: a panel change, a live update, and now and then time for the refetch to land. */
async function drive(count: number) {
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("ArrowRight");
    await writeSheet();
    if (i % 25 === 24) await page.waitForTimeout(100);
  }
  await page.waitForTimeout(2000);
}

const started = Date.now();
const samples = [await sample("start")];
await drive(steps / 2);
samples.push(await sample(`middle (${steps / 2} + ${steps / 2})`));
await drive(steps / 2);
samples.push(await sample(`end (${steps} + ${steps})`));
const panel = await page.locator("main[data-active-panel]").getAttribute("data-active-panel");
const badge = await page.locator(".wd-panel.is-active .wd-badge").count();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pct = (from: number, to: number) => `${(((to - from) / from) * 100).toFixed(1)} %`;
console.log(
  `\nChromium 1920×1080, /display?interval=2, ${steps} panel changes (→) and ${writes} live updates (sheet writes) in ${Math.round((Date.now() - started) / 1000)} s`,
);
console.log(
  "JS heap and Nodes/JSEventListeners: CDP Performance.getMetrics after HeapProfiler.collectGarbage.",
);
console.log(
  "Browser memory: all Chromium processes of this run, summed PSS (/proc smaps_rollup) and RSS (ps; counts shared pages once per process).\n",
);
const columns = ["", "JS heap", "DOM nodes", "listeners", "browser PSS", "browser RSS"];
console.log(columns.map((c, i) => (i ? c.padStart(13) : c.padEnd(24))).join(""));
for (const s of samples)
  console.log(
    [s.label.padEnd(24), mb(s.heap), s.nodes, s.listeners, mb(s.pss), mb(s.rss)]
      .map((v, i) => (i ? String(v).padStart(13) : v))
      .join(""),
  );
const [, middle, end] = samples as [Sample, Sample, Sample];
console.log(
  [
    "growth middle→end".padEnd(24),
    ...(["heap", "nodes", "listeners", "pss", "rss"] as const).map((k) => pct(middle[k], end[k])),
  ]
    .map((v, i) => (i ? v.padStart(13) : v))
    .join(""),
);
console.log(`\nStill rotating: active panel "${panel}", stale/offline badge shown: ${badge > 0}`);

await browser.close();
await server.close();
