// `npm run bench:review`: builds the review (动态复盘) over 500 projects × 36 旬 — every project's light
// per 旬, the shares and the plan per 旬 — and prints how long it took (median of a few runs).
// The projects are the seed's, copied under new ids; their reports cover the 36 旬 reviewed.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { periodOfDate } from "../src/domain/periods";
import { type ProjectRecord, projectsFileSchema } from "../src/domain/project";
import { buildReview, reviewPeriods } from "../src/domain/review";
import { statusRulesSchema } from "../src/domain/status-rules";

const root = resolve(import.meta.dirname, "..");
const read = (file: string) => JSON.parse(readFileSync(resolve(root, "data", file), "utf8"));
const seed = projectsFileSchema.parse(read("projects.json"));
const rules = statusRulesSchema.parse(read("status-rules.json"));
const projectCount = Number(process.env.BENCH_PROJECTS ?? 500);
const periodCount = Number(process.env.BENCH_PERIODS ?? 36);
const runs = Number(process.env.BENCH_RUNS ?? 5);

const base = seed.projects as ProjectRecord[];
const projects: ProjectRecord[] = Array.from({ length: projectCount }, (_, i) => {
  const p = base[i % base.length] as ProjectRecord;
  return { ...p, id: `${p.id}-${i}`, startDate: "2021-01-01" };
});
const periods = reviewPeriods(projects, periodOfDate(seed.asOf)).slice(-periodCount);

const times: number[] = [];
let cells = 0;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const review = buildReview(projects, periods, rules);
  times.push(performance.now() - started);
  cells = review.projects.reduce((n, p) => n + p.lights.length, 0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(
  `review build: ${projectCount} projects × ${periods.length} 旬 (${cells} lights): ` +
    `median ${median.toFixed(0)} ms, best ${(times[0] ?? 0).toFixed(0)} ms, worst ${(times.at(-1) ?? 0).toFixed(0)} ms over ${runs} runs`,
);
