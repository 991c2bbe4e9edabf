/**
 * Generates the illustrative demo data in data/*.json (npm run data:generate).
 *
 * Deterministic: every random draw comes from a seeded generator (SEED below), so running it
 * twice gives byte-identical files. Only the 18 project names and categories, the event's date and
 * venue, and the fact that attendees scored and voted come from the bulletin; everything else is
 * 示意数据 (illustrative). See data/README.md.
 *
 * Needs public/basemap/qingdao-districts.geojson (npm run data:basemap) to check that every
 * location lies inside Jimo District. Validates all files with the app's zod schemas and writes
 * nothing if any check fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ProjectRecord, projectsFileSchema } from "../src/domain/project";
import {
  evaluatorsFileSchema,
  eventsFileSchema,
  sheetsFileSchema,
} from "../src/domain/scoring-schemas";
import { type StatusRules, statusRulesSchema } from "../src/domain/status-rules";
import { buildProject } from "./lib/build-projects";
import {
  buildEvaluators,
  buildEvent,
  buildPracticeEvent,
  buildPracticeSheets,
  buildSheets,
  summarize,
  TIED_PAIR,
} from "./lib/build-scoring";
import { periodsBetween } from "./lib/dates";
import {
  distanceToBoundaryM,
  type PolygonCoords,
  type Position,
  pointInMultiPolygon,
} from "./lib/geo";
import { ENDS_WORKS, STARTS_PRODUCTION, STARTS_WORKS } from "./lib/milestone-kinds";
import { stream } from "./lib/prng";
import { CATALOGUE } from "./lib/project-catalogue";
import { readStatus } from "./lib/status-check";

export const SEED = 20230224;
const AS_OF = "2023-02-28";
const SOURCE = "即墨区政务信息 2023-02 — 全区重点项目现场观摩会举行";
/** Locations must be at least this far inside the district boundary. */
const MIN_INSIDE_M = 300;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Where to write: data/ by default; `--out DIR` writes elsewhere (used to check determinism). */
const outIndex = process.argv.indexOf("--out");
const DATA_DIR =
  outIndex > 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1] : join(ROOT, "data");
const BASEMAP = join(ROOT, "public", "basemap", "qingdao-districts.geojson");

const STATUS_RULES: StatusRules = {
  yellowBehindPoints: 10,
  redBehindPoints: 30,
  redMilestoneOverdueDays: 30,
  redProblemOverdueDays: 30,
  escalateProblemAfterDays: 15,
};

function jimoPolygons(): PolygonCoords[] {
  const fc = JSON.parse(readFileSync(BASEMAP, "utf8")) as {
    features: Array<{
      properties: { isJimo: boolean };
      geometry: { type: string; coordinates: unknown };
    }>;
  };
  const jimo = fc.features.find((f) => f.properties.isJimo);
  if (!jimo) throw new Error(`No Jimo feature in ${BASEMAP}; run npm run data:basemap`);
  return jimo.geometry.type === "Polygon"
    ? [jimo.geometry.coordinates as PolygonCoords]
    : (jimo.geometry.coordinates as PolygonCoords[]);
}

/** Every checked fact about the generated projects; returns a list of problems. */
function checkProjects(projects: ProjectRecord[], jimo: PolygonCoords[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of projects) {
    if (ids.has(p.id)) problems.push(`${p.id}: duplicate id`);
    ids.add(p.id);
    const points: Position[] =
      p.geometry.type === "Point"
        ? [p.geometry.coordinates]
        : p.geometry.type === "LineString"
          ? p.geometry.coordinates
          : p.geometry.coordinates.flat();
    for (const pt of [[p.location.lng, p.location.lat] as Position, ...points]) {
      if (!pointInMultiPolygon(pt, jimo))
        problems.push(`${p.id}: ${pt.join(",")} is outside Jimo District`);
      else if (distanceToBoundaryM(pt, jimo) < MIN_INSIDE_M)
        problems.push(
          `${p.id}: ${pt.join(",")} is within ${MIN_INSIDE_M} m of the district boundary`,
        );
    }
    // Reports add up to the record's totals.
    const ytd = p.reports
      .filter((r) => r.period.startsWith("2023-"))
      .reduce((a, r) => a + r.completedInvestment, 0);
    if (Math.abs(ytd - p.ytdInvestment) > 1e-6)
      problems.push(`${p.id}: ytd ${p.ytdInvestment} ≠ Σ 2023 reports ${ytd}`);
    const last = p.reports[p.reports.length - 1];
    if (last?.period !== "2023-02-3") problems.push(`${p.id}: reports must end at 2023-02-3`);
    if (last && last.cumulativeInvestment !== p.cumulativeInvestment)
      problems.push(`${p.id}: cumulative mismatch`);
    if (p.cumulativeInvestment > p.totalInvestment)
      problems.push(`${p.id}: cumulative above total`);
    p.reports.forEach((r, i) => {
      const prev = p.reports[i - 1];
      if (
        prev &&
        Math.abs(prev.cumulativeInvestment + r.completedInvestment - r.cumulativeInvestment) > 1e-6
      )
        problems.push(`${p.id} ${r.period}: cumulative does not add up`);
      if (prev && r.progress < prev.progress)
        problems.push(`${p.id} ${r.period}: progress goes down`);
    });
    // Milestones in order, none in the future, and consistent with the stage.
    if (p.milestones.length < 3 || p.milestones.length > 6)
      problems.push(`${p.id}: 3–6 milestones expected`);
    const done = (keys: string[]) =>
      p.milestones.some((m) => keys.includes(m.id.replaceAll("-", "_")) && m.actualDate !== null);
    let prevActual = "";
    for (const m of p.milestones) {
      if (m.actualDate && m.actualDate > AS_OF)
        problems.push(`${p.id}: milestone ${m.id} done after asOf`);
      if (m.actualDate && m.actualDate < prevActual)
        problems.push(`${p.id}: milestone ${m.id} out of order`);
      if (m.actualDate) prevActual = m.actualDate;
    }
    const expectations: Record<string, boolean> = {
      preliminary: !done(STARTS_WORKS),
      construction: done(STARTS_WORKS) && !done(ENDS_WORKS),
      completed: done(ENDS_WORKS) && !done(STARTS_PRODUCTION),
      operating: done(STARTS_PRODUCTION),
    };
    if (!expectations[p.stage]) problems.push(`${p.id}: milestones do not fit stage ${p.stage}`);
    for (const q of p.problems) {
      if (q.resolvedDate && (q.resolvedDate > AS_OF || q.resolvedDate < q.raisedDate))
        problems.push(`${p.id}: problem ${q.id} resolved on an impossible date`);
      if (q.raisedDate > AS_OF || q.dueDate < q.raisedDate)
        problems.push(`${p.id}: problem ${q.id} dates`);
    }
  }
  return problems;
}

function pretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function main(): void {
  const periods = periodsBetween("2022-01", "2023-02");
  if (periods.length !== 42) throw new Error(`expected 42 periods, got ${periods.length}`);

  const projects = CATALOGUE.map((entry) =>
    buildProject(entry, periods, AS_OF, stream(SEED, `project:${entry.id}`)),
  );
  const projectsFile = { asOf: AS_OF, illustrative: true, source: SOURCE, projects };

  const event = buildEvent(projects.map((p) => p.id));
  const evaluators = buildEvaluators();
  const sheets = buildSheets(event, evaluators, CATALOGUE, stream(SEED, "sheets"));
  const practice = buildPracticeEvent(event);
  const practiceSheets = buildPracticeSheets(
    practice,
    evaluators,
    CATALOGUE,
    stream(SEED, "practice-sheets"),
  );
  const files: Record<string, unknown> = {
    "projects.json": projectsFile,
    "events.json": { illustrative: true, events: [event, practice] },
    "evaluators.json": { illustrative: true, evaluators },
    "sheets.json": { illustrative: true, sheets: [...sheets, ...practiceSheets] },
    "status-rules.json": STATUS_RULES,
  };

  // 1. The app's schemas.
  const failures: string[] = [];
  const schemas = {
    "projects.json": projectsFileSchema,
    "events.json": eventsFileSchema,
    "evaluators.json": evaluatorsFileSchema,
    "sheets.json": sheetsFileSchema,
    "status-rules.json": statusRulesSchema,
  } as const;
  for (const [file, schema] of Object.entries(schemas)) {
    const parsed = schema.safeParse(files[file]);
    if (!parsed.success)
      failures.push(
        ...parsed.error.issues.slice(0, 10).map((i) => `${file} ${i.path.join(".")}: ${i.message}`),
      );
  }
  // 2. Our own consistency checks, geography included.
  failures.push(...checkProjects(projects, jimoPolygons()));
  const maxOf = new Map(event.scheme.criteria.map((c) => [c.id, c.max]));
  for (const s of [...sheets, ...practiceSheets])
    for (const [k, v] of Object.entries(s.scores))
      if (!Number.isInteger(v) || v < 0 || v > (maxOf.get(k) ?? -1))
        failures.push(`sheet ${s.evaluatorId}/${s.projectId} ${k}=${v}`);
  if (sheets.length !== evaluators.length * projects.length)
    failures.push("one sheet per evaluator and project expected");
  // 3. The intended mix of status lights.
  const readings = projects.map((p) => ({ p, r: readStatus(p, AS_OF, STATUS_RULES) }));
  for (const { p, r } of readings) {
    const expected = CATALOGUE.find((c) => c.id === p.id)?.expect;
    if (r.light !== expected)
      failures.push(`${p.id}: light ${r.light}, intended ${expected} (${r.reasons.join("; ")})`);
  }
  if (failures.length) {
    console.error(`Not writing data — ${failures.length} problem(s):\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }

  mkdirSync(DATA_DIR, { recursive: true });
  for (const [file, value] of Object.entries(files))
    writeFileSync(join(DATA_DIR, file), pretty(value));

  console.log(
    `Wrote ${Object.keys(files).length} files to ${DATA_DIR} (seed ${SEED}, as of ${AS_OF}).`,
  );
  for (const { p, r } of readings)
    console.log(
      `  ${r.light.padEnd(6)} ${p.id.padEnd(42)} ytd ${r.ytdCompletionPct.toFixed(1).padStart(5)}% ` +
        `(behind ${r.behindPoints.toFixed(1)})  ${r.reasons.join("; ")}`,
    );
  const results = summarize(event, sheets);
  console.log("  Scores (trimmed mean / satisfaction / composite):");
  for (const x of results)
    console.log(
      `    ${x.id.padEnd(42)} ${x.base.toFixed(2)} / ${x.satisfaction.toFixed(1)} / ${x.composite.toFixed(2)}` +
        `  [${x.min}–${x.max}]${TIED_PAIR.includes(x.id as (typeof TIED_PAIR)[number]) ? "  (tied pair)" : ""}`,
    );
}

main();
