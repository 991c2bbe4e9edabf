/**
 * Builds the whole illustrative dataset: the 18 projects of the 2023-02-24 inspection and, when
 * more are asked for, further projects drawn by the same rules (a city's or province's key-project
 * list, for scale tests). The inspection, its evaluators and sheets stay the 18's.
 *
 * Deterministic: every random draw comes from a seeded stream, so the same options give the same
 * data byte for byte.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ProjectRecord, projectsFileSchema } from "../../src/domain/project";
import {
  evaluatorsFileSchema,
  eventsFileSchema,
  sheetsFileSchema,
} from "../../src/domain/scoring-schemas";
import { type StatusRules, statusRulesSchema } from "../../src/domain/status-rules";
import { findStreet } from "../../src/domain/streets";
import { buildProject } from "./build-projects";
import {
  buildEvaluators,
  buildEvent,
  buildPracticeEvent,
  buildPracticeSheets,
  buildSheets,
} from "./build-scoring";
import { type Period, periodsBetween } from "./dates";
import { distanceToBoundaryM, type PolygonCoords, type Position, pointInMultiPolygon } from "./geo";
import { ENDS_WORKS, STARTS_PRODUCTION, STARTS_WORKS } from "./milestone-kinds";
import { type Rng, stream } from "./prng";
import { CATALOGUE, type CatalogueEntry } from "./project-catalogue";
import { readStatus } from "./status-check";
import { isStreetOffice, STREETS, type StreetKey } from "./units";

export const SEED = 20230224;
export const AS_OF = "2023-02-28";
const SOURCE = "即墨区政务信息 2023-02 — 全区重点项目现场观摩会举行";
/** Locations must be at least this far inside the district boundary. */
const MIN_INSIDE_M = 300;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BASEMAP = join(ROOT, "public", "basemap", "qingdao-districts.geojson");

export const STATUS_RULES: StatusRules = {
  yellowBehindPoints: 10,
  redBehindPoints: 30,
  redMilestoneOverdueDays: 30,
  redProblemOverdueDays: 30,
  escalateProblemAfterDays: 15,
};

export function jimoPolygons(): PolygonCoords[] {
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

const pointsOf = (p: ProjectRecord): Position[] => [
  [p.location.lng, p.location.lat],
  ...(p.geometry.type === "Point"
    ? [p.geometry.coordinates]
    : p.geometry.type === "LineString"
      ? p.geometry.coordinates
      : p.geometry.coordinates.flat()),
];

/** A place is fine when it is inside Jimo District and not too close to its boundary. */
function placeProblem(pt: Position, jimo: PolygonCoords[]): string | null {
  if (!pointInMultiPolygon(pt, jimo)) return `${pt.join(",")} is outside Jimo District`;
  if (distanceToBoundaryM(pt, jimo) < MIN_INSIDE_M)
    return `${pt.join(",")} is within ${MIN_INSIDE_M} m of the district boundary`;
  return null;
}

/** Every checked fact about one generated project; returns a list of problems. */
function checkProject(p: ProjectRecord, jimo: PolygonCoords[]): string[] {
  const problems: string[] = [];
  for (const pt of pointsOf(p)) {
    const place = placeProblem(pt, jimo);
    if (place) problems.push(`${p.id}: ${place}`);
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
  if (p.cumulativeInvestment > p.totalInvestment) problems.push(`${p.id}: cumulative above total`);
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
  return problems;
}

/** Every checked fact about the generated projects; returns a list of problems. */
export function checkProjects(projects: ProjectRecord[], jimo: PolygonCoords[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of projects) {
    if (ids.has(p.id)) problems.push(`${p.id}: duplicate id`);
    ids.add(p.id);
    problems.push(...checkProject(p, jimo));
  }
  return problems;
}

/** About 1 km in degrees at Jimo's latitude. */
const KM_LNG = 1 / 89.6;
const KM_LAT = 1 / 110.5;
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/**
 * Project number `n` beyond the 18: a catalogue entry as template (its kind, schedule, milestones
 * and problems, so stage and dates fit together), moved a few km, with its own name, size and
 * pace. The place is drawn again until every point lies inside the district.
 */
/** Street keys a drawn project may move to, with the point near each one's centre. */
const streetCentres = (Object.keys(STREETS) as StreetKey[]).flatMap((key) => {
  const found = findStreet(STREETS[key].en) ?? findStreet(STREETS[key].zh.slice(0, 2));
  return found ? [{ key, at: [found.centre.lng, found.centre.lat] as Position }] : [];
});

/**
 * Template `template` drawn again as project `n`: in another street (unless its responsible unit is
 * that street's own office), placed within a few km of that street's centre, with its own size and
 * pace — so a long list spreads over the district and its lights, instead of repeating the 18's.
 */
function variantEntry(
  template: CatalogueEntry,
  n: number,
  rng: Rng,
  jimo: PolygonCoords[],
): CatalogueEntry {
  const tag = String(n).padStart(5, "0");
  const ownStreet = isStreetOffice(template.responsibleUnit);
  const target = ownStreet
    ? { key: template.street, at: template.at }
    : (streetCentres[Math.floor(rng.uniform(0, streetCentres.length))] ?? {
        key: template.street,
        at: template.at,
      });
  let dx = 0;
  let dy = 0;
  for (let attempt = 0; attempt < 12; attempt++) {
    const cx = target.at[0] - template.at[0] + rng.uniform(-3, 3) * KM_LNG;
    const cy = target.at[1] - template.at[1] + rng.uniform(-3, 3) * KM_LAT;
    // Checked as written (four decimals), so rounding cannot move a point over the margin.
    const shifted = [template.at, ...(template.line ?? []), ...(template.area ?? [])].map(
      ([x, y]) => [round4(x + cx), round4(y + cy)] as Position,
    );
    if (shifted.every((pt) => placeProblem(pt, jimo) === null)) {
      dx = cx;
      dy = cy;
      break;
    }
  }
  const moved = dx !== 0 || dy !== 0;
  const move = ([x, y]: Position): Position => [round4(x + dx), round4(y + dy)];
  return {
    ...template,
    id: `k${tag}-${template.id}`.slice(0, 48),
    name: `${template.name}（${tag}号，示意）`,
    nameEn: `${template.nameEn} No. ${tag} (illustrative)`,
    // Where no nearby spot inside the district was found, it stays where its template is.
    street: moved ? target.key : template.street,
    at: move(template.at),
    ...(template.line ? { line: template.line.map(move) } : {}),
    ...(template.area ? { area: template.area.map(move) } : {}),
    totalInvestment: Math.round(template.totalInvestment * rng.uniform(0.3, 2.5) * 10) / 10,
    pace: Math.round(template.pace * rng.uniform(0.75, 1.25) * 100) / 100,
    ytdShare: Math.round(template.ytdShare * rng.uniform(0.5, 1.5) * 100) / 100,
    tech: Math.round(rng.uniform(0.1, 0.95) * 100) / 100,
  };
}

/** Project number `n` beyond the 18, checked; falls back to the template's own pace if needed. */
function buildVariant(
  n: number,
  periods: Period[],
  seed: number,
  jimo: PolygonCoords[],
): ProjectRecord {
  const template = CATALOGUE[n % CATALOGUE.length] as CatalogueEntry;
  const rng = stream(seed, `variant:${n}`);
  const entry = variantEntry(template, n, rng, jimo);
  const build = (e: CatalogueEntry) =>
    buildProject(e, periods, AS_OF, stream(seed, `project:${entry.id}`));
  try {
    const project = build(entry);
    if (checkProject(project, jimo).length === 0) return project;
  } catch {
    // Drawn past what its rules allow (e.g. more spent than the total): fall back below.
  }
  // A pace far from the template's can move a milestone past its stage: keep the template's.
  const steady = { ...entry, pace: template.pace, ytdShare: template.ytdShare };
  return build(steady);
}

export type DatasetOptions = {
  /** How many projects (at least the inspection's 18; default 18). */
  projects?: number;
  seed?: number;
};

export type Dataset = {
  projects: ProjectRecord[];
  files: Record<string, unknown>;
  /** Everything a check found wrong; nothing may be written while this is not empty. */
  failures: string[];
  event: ReturnType<typeof buildEvent>;
  sheets: ReturnType<typeof buildSheets>;
  readings: { p: ProjectRecord; r: ReturnType<typeof readStatus> }[];
};

/** The seed files' contents for `projects` projects, with every check's findings. */
export function buildDataset({
  projects: count = CATALOGUE.length,
  seed = SEED,
}: DatasetOptions = {}): Dataset {
  const periods = periodsBetween("2022-01", "2023-02");
  if (periods.length !== 42) throw new Error(`expected 42 periods, got ${periods.length}`);
  const jimo = jimoPolygons();

  const projects = CATALOGUE.map((entry) =>
    buildProject(entry, periods, AS_OF, stream(seed, `project:${entry.id}`)),
  );
  for (let n = CATALOGUE.length; n < count; n++)
    projects.push(buildVariant(n, periods, seed, jimo));
  const projectsFile = { asOf: AS_OF, illustrative: true, source: SOURCE, projects };

  // The inspection is the 18's, whatever the size of the list.
  const inspected = projects.slice(0, CATALOGUE.length);
  const event = buildEvent(inspected.map((p) => p.id));
  const evaluators = buildEvaluators();
  const sheets = buildSheets(event, evaluators, CATALOGUE, stream(seed, "sheets"));
  const practice = buildPracticeEvent(event);
  const practiceSheets = buildPracticeSheets(
    practice,
    evaluators,
    CATALOGUE,
    stream(seed, "practice-sheets"),
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
  failures.push(...checkProjects(projects, jimo));
  const maxOf = new Map(event.scheme.criteria.map((c) => [c.id, c.max]));
  for (const s of [...sheets, ...practiceSheets])
    for (const [k, v] of Object.entries(s.scores))
      if (!Number.isInteger(v) || v < 0 || v > (maxOf.get(k) ?? -1))
        failures.push(`sheet ${s.evaluatorId}/${s.projectId} ${k}=${v}`);
  if (sheets.length !== evaluators.length * inspected.length)
    failures.push("one sheet per evaluator and project expected");
  // 3. The intended mix of status lights (the 18's; the others fall where their rules put them).
  const readings = inspected.map((p) => ({ p, r: readStatus(p, AS_OF, STATUS_RULES) }));
  for (const { p, r } of readings) {
    const expected = CATALOGUE.find((c) => c.id === p.id)?.expect;
    if (r.light !== expected)
      failures.push(`${p.id}: light ${r.light}, intended ${expected} (${r.reasons.join("; ")})`);
  }
  return { projects, files, failures, event, sheets, readings };
}
