// `npm run bench:scale`: the app at a district's, a city's and a province's size. Generates 18 /
// 5,000 / 50,000 projects by the seed's rules (npm run data:generate -- --projects N), starts the
// real server on each (own store, own port, its own process so memory is its own), and prints per
// size: start time (seed load included) on a new store and again on the filled one, memory after
// start, GET /api/projects bytes (raw and compressed) and latency, the 304 answer to If-None-Match,
// GET /api/projects/:id latency; then the results aggregation for 300 evaluators × 2,000 projects;
// then the pages (blocking time, DOM nodes, LCP) per size. Figures only, no thresholds.
//
// BENCH_SIZES=18,5000 picks the sizes; BENCH_PAGES=0 skips the pages; generated lists are kept in
// the temp folder (kp-scale-N) and reused on the next run.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { syntheticScoring, timeAggregation } from "./lib/aggregation-load";
import { measurePages, type PageFigures } from "./lib/page-figures";

const root = resolve(import.meta.dirname, "..");
const sizes = (process.env.BENCH_SIZES ?? "18,5000,50000").split(",").map(Number);
const withPages = process.env.BENCH_PAGES !== "0";
const runs = Number(process.env.BENCH_RUNS ?? 5);

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const kb = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The seed files for `count` projects: the committed data for 18, generated (once) otherwise. */
function seedFor(count: number): string {
  if (count === 18) return join(root, "data");
  const dir = join(tmpdir(), `kp-scale-${count}`);
  if (existsSync(join(dir, "status-rules.json"))) return dir;
  const t0 = performance.now();
  const run = spawnSync(
    "npx",
    ["tsx", "scripts/generate-data.ts", "--projects", String(count), "--out", dir],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (run.status) throw new Error(`generating ${count} projects failed`);
  console.log(`  generated ${count} projects in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return dir;
}

type Running = { url: string; child: ChildProcess; startMs: number };

/** `npm start` as an operator runs it, on a free port; resolves once it serves. */
function startServerProcess(seedDir: string, dataDir: string): Promise<Running> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: "0", DATA_DIR: dataDir, SEED_DIR: seedDir, NODE_ENV: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((done, fail) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (url) done({ url, child, startMs: performance.now() - t0 });
    });
    child.on("exit", (code) => fail(new Error(`server exited (${code}): ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.removeAllListeners("exit");
    child.on("exit", () => done());
    child.kill("SIGTERM");
  });
}

/** Resident memory of a process, from /proc (Linux). */
function rssOf(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

type Answer = { status: number; bytes: number; ms: number; headers: Record<string, unknown> };

/** One GET, counting the bytes on the wire (not decompressed). */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on("end", () =>
        done({
          status: res.statusCode ?? 0,
          bytes,
          ms: performance.now() - t0,
          headers: res.headers,
        }),
      );
    })
      .on("error", fail)
      .end();
  });
}

async function medianOf(url: string, headers: Record<string, string> = {}) {
  const answers: Answer[] = [];
  for (let i = 0; i < runs; i++) answers.push(await get(url, headers));
  return { last: answers[answers.length - 1] as Answer, ms: median(answers.map((a) => a.ms)) };
}

type ServerFigures = {
  size: number;
  firstStart: number;
  restart: number;
  rss: number;
  rawBytes: number;
  compressedBytes: number;
  encoding: string;
  listMs: number;
  compressedMs: number;
  notModified: string;
  detailMs: number;
};

async function measureServer(size: number, pages: Map<number, PageFigures[]>) {
  console.log(`\n${size.toLocaleString("en")} projects`);
  const seedDir = seedFor(size);
  const dataDir = mkdtempSync(join(tmpdir(), "kp-scale-store-"));
  try {
    const first = await startServerProcess(seedDir, dataDir);
    await stop(first.child);
    const server = await startServerProcess(seedDir, dataDir);
    try {
      const rss = rssOf(server.child.pid);
      const list = `${server.url}/api/projects`;
      const raw = await medianOf(list, { "accept-encoding": "identity" });
      const zipped = await medianOf(list, { "accept-encoding": "gzip, deflate, br" });
      const etag = zipped.last.headers.etag;
      const again =
        typeof etag === "string"
          ? await medianOf(list, { "accept-encoding": "gzip, deflate, br", "if-none-match": etag })
          : null;
      const firstId = (
        JSON.parse((await fetch(list).then((r) => r.text())) || "{}") as {
          projects: { id: string }[];
        }
      ).projects[0]?.id;
      const detail = await medianOf(`${server.url}/api/projects/${firstId}`, {
        "accept-encoding": "gzip, deflate, br",
      });
      const figures: ServerFigures = {
        size,
        firstStart: first.startMs,
        restart: server.startMs,
        rss,
        rawBytes: raw.last.bytes,
        compressedBytes: zipped.last.bytes,
        encoding: String(zipped.last.headers["content-encoding"] ?? "none"),
        listMs: raw.ms,
        compressedMs: zipped.ms,
        notModified: again ? `${again.last.status} in ${ms(again.ms)}` : "no ETag",
        detailMs: detail.ms,
      };
      if (withPages) pages.set(size, await measurePages(server.url, runs));
      return figures;
    } finally {
      await stop(server.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Built first in any case: the server would build it on its first start and spoil that figure.
console.log("Building the client…");
if (
  spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" }).status
)
  process.exit(1);

const serverFigures: ServerFigures[] = [];
const pageFigures = new Map<number, PageFigures[]>();
for (const size of sizes) serverFigures.push(await measureServer(size, pageFigures));

console.log("\nServer (own process each; latency = median of", runs, "requests on 127.0.0.1)\n");
console.log(
  [
    "projects".padStart(9),
    "1st start".padStart(10),
    "restart".padStart(9),
    "RSS".padStart(9),
    "list raw".padStart(10),
    "list zip".padStart(16),
    "raw ms".padStart(8),
    "zip ms".padStart(8),
    "If-None-Match".padStart(15),
    "detail".padStart(8),
  ].join(" "),
);
for (const f of serverFigures)
  console.log(
    [
      f.size.toLocaleString("en").padStart(9),
      ms(f.firstStart).padStart(10),
      ms(f.restart).padStart(9),
      kb(f.rss).padStart(9),
      kb(f.rawBytes).padStart(10),
      `${kb(f.compressedBytes)} ${f.encoding}`.padStart(16),
      ms(f.listMs).padStart(8),
      ms(f.compressedMs).padStart(8),
      f.notModified.padStart(15),
      ms(f.detailMs).padStart(8),
    ].join(" "),
  );

const scoring = syntheticScoring(300, 2000);
const took = timeAggregation(scoring);
console.log(
  `\nResults aggregation, 300 evaluators × 2,000 projects (${scoring.sheets.length.toLocaleString("en")} sheets, in process):`,
);
console.log(
  `  results ${ms(took.results)}, quality signals ${ms(took.quality)}, rankings by method ${ms(took.methods)}; together ${ms(took.results + took.quality + took.methods)}`,
);

if (withPages) {
  console.log(`\nPages (Chromium, 1440×900, no throttling, median of ${runs} cold loads)\n`);
  console.log(
    [
      "projects".padStart(9),
      "page".padEnd(12),
      "TBT".padStart(9),
      "LCP".padStart(9),
      "DOM nodes".padStart(10),
      "sort".padStart(9),
      "filter".padStart(9),
    ].join(" "),
  );
  for (const [size, list] of pageFigures)
    for (const p of list)
      console.log(
        [
          size.toLocaleString("en").padStart(9),
          p.route.padEnd(12),
          ms(p.tbt).padStart(9),
          ms(p.lcp).padStart(9),
          String(p.domNodes).padStart(10),
          (p.sortMs === null ? "—" : ms(p.sortMs)).padStart(9),
          (p.filterMs === null ? "—" : ms(p.filterMs)).padStart(9),
        ].join(" "),
      );
}
