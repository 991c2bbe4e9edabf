// `npm run bench:scoring`: 200 concurrent evaluators (BENCH_CLIENTS; personal links, bearer tokens,
// Idempotency-Keys) sending their sheets for 20 s (BENCH_SECONDS) to real servers on 127.0.0.1, in up to three setups
// (BENCH_SETUPS=sqlite,postgres,two-nodes): SQLite with one node, PostgreSQL with one, and PostgreSQL
// with two nodes on one database, the clients split evenly between them. Each setup starts on a
// fresh store from the same seed, its servers child processes. Printed side by side: submissions/s,
// p50/p95/p99 latency, errors, the nodes' CPU per submission (from /proc; PostgreSQL's own is not
// counted, nor commits per write, which only an in-process server could tell), and the time from a
// submission's answer to its change on a page's /api/live stream on the last node, separately for
// writes taken on that node and on the other one (through PostgreSQL's LISTEN/NOTIFY). Without
// PostgreSQL only the SQLite column is printed, with the reason. Then the in-process aggregation time
// for 300 evaluators × 2,000 projects. Figures only, no thresholds: the machines are noisy.

import { rmSync } from "node:fs";
import { syntheticScoring, timeAggregation } from "./lib/aggregation-load";
import { ms, percentile, seedWithEvaluators } from "./lib/scoring-load";
import { type LoadFigures, measureLoad } from "./lib/scoring-run";
import { chosenSetups, setupNames, withSetup } from "./lib/scoring-setups";
import { textTable } from "./lib/text-table";

const clients = Number(process.env.BENCH_CLIENTS ?? 200);
const loadSeconds = Number(process.env.BENCH_SECONDS ?? 20);
const setups = chosenSetups(process.env.BENCH_SETUPS);

// ---- 1. Load over HTTP, setup after setup ------------------------------------------------------
const seedDir = seedWithEvaluators(clients);
const measured: { name: string; figures: LoadFigures }[] = [];
const missing: string[] = [];
try {
  for (const setup of setups) {
    const outcome = await withSetup(setup, seedDir, (nodes) =>
      measureLoad(nodes, clients, loadSeconds),
    );
    if ("skipped" in outcome)
      missing.push(`${setupNames[setup]}: not measured, ${outcome.skipped}`);
    else measured.push({ name: setupNames[setup], figures: outcome });
  }
} finally {
  rmSync(seedDir, { recursive: true, force: true });
}

const p = (values: number[], at: number) => (values.length ? ms(percentile(values, at)) : "–");
const pair = (values: number[]) =>
  values.length ? `${p(values, 50)} / ${p(values, 95)} (${values.length})` : "–";
const perSubmission = (cpuMs: number | undefined, f: LoadFigures) =>
  cpuMs === undefined ? "–" : ms(cpuMs / Math.max(f.latencies.length, 1));
const rows: [string, (f: LoadFigures) => string][] = [
  ["submissions/s", (f) => (f.latencies.length / f.seconds).toFixed(0)],
  ["submissions answered", (f) => `${f.latencies.length} in ${f.seconds.toFixed(1)} s`],
  ["latency p50", (f) => p(f.latencies, 50)],
  ["latency p95", (f) => p(f.latencies, 95)],
  ["latency p99", (f) => p(f.latencies, 99)],
  ["each evaluator's first, p50 / p95", (f) => `${p(f.first, 50)} / ${p(f.first, 95)}`],
  ["later ones, p50 / p95", (f) => `${p(f.later, 50)} / ${p(f.later, 95)}`],
  ["errors (non-2xx or no answer)", (f) => String(f.errors)],
  ["push p50 / p95 (changes), same node", (f) => pair(f.pushSameNode)],
  ["push p50 / p95 (changes), across nodes", (f) => pair(f.pushAcrossNodes)],
  [
    "acknowledged writes not seen live",
    (f) => String(f.acknowledged - f.pushSameNode.length - f.pushAcrossNodes.length),
  ],
  ["servers' CPU per submission", (f) => perSubmission(f.serverCpuMs, f)],
  ["load's CPU per submission", (f) => perSubmission(f.loadCpuMs, f)],
];
console.log(
  `\n${clients} concurrent evaluators for ${loadSeconds} s per setup; push = a submission's answer → its change on /api/live of the last node:\n`,
);
console.log(
  textTable(
    ["", ...measured.map((m) => m.name)],
    rows.map(([label, cell]) => [label, ...measured.map((m) => cell(m.figures))]),
  ),
);
for (const note of missing) console.log(note);
console.log(
  "(the clients and the subscriber run in this process; servers' CPU is all their nodes' together, from /proc, without PostgreSQL's own)",
);

// ---- 2. Aggregation in process -----------------------------------------------------------------
const evaluatorCount = 300;
const projectCount = 2000;
const scoring = syntheticScoring(evaluatorCount, projectCount);
console.log(
  `\nAggregation: ${evaluatorCount} evaluators × ${projectCount} projects = ${scoring.sheets.length.toLocaleString("en")} sheets (built in memory)`,
);
const took = timeAggregation(scoring);
console.log(`  computeEventResults: ${ms(took.results)}`);
console.log(`  computeQualitySignals: ${ms(took.quality)}`);
console.log(`  rankingsByMethod: ${ms(took.methods)}`);
console.log(
  `  results + quality signals + rankings together: ${ms(took.results + took.quality + took.methods)}`,
);
