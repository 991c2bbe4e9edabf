/** Turns a catalogue entry into a full (illustrative) project record. */
import type {
  Geometry,
  Milestone,
  Problem,
  ProgressReport,
  ProjectRecord,
} from "../../src/domain/project";
import { addDays, daysBetween, fromDay, type Period, toDay } from "./dates";
import { ENDS_WORKS, MILESTONES, type MilestoneKey, STARTS_WORKS } from "./milestone-kinds";
import type { Rng } from "./prng";
import type { CatalogueEntry } from "./project-catalogue";
import { reportNote } from "./report-notes";
import { STREETS, UNITS } from "./units";

/** Money is computed in whole 万元 and written in 亿元 (1 亿 = 10 000 万). */
const WAN_PER_YI = 10_000;
const toYi = (wan: number) => wan / WAN_PER_YI;
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Relative intensity of site work by month, with the Spring Festival and the December cold. */
const MONTH_FACTOR = [0.7, 0.75, 0.95, 1.05, 1.1, 1.05, 0.9, 0.9, 1.05, 1.1, 1.05, 0.85];
const PERIOD_FACTOR: Record<string, number> = {
  "2022-01-3": 0.5,
  "2022-02-1": 0.3,
  "2022-02-2": 0.75,
  "2022-12-3": 0.8,
  "2023-01-1": 0.8,
  "2023-01-2": 0.75,
  "2023-01-3": 0.25,
  "2023-02-1": 0.55,
  "2023-02-2": 0.85,
};
const season = (p: Period) => (MONTH_FACTOR[p.month - 1] as number) * (PERIOD_FACTOR[p.id] ?? 1);

/** Planned cumulative investment (万元) on a date: an S-curve from start to planned completion. */
function planned(entry: CatalogueEntry, iso: string): number {
  const x = Math.min(
    1,
    Math.max(
      0,
      daysBetween(entry.startDate, iso) / daysBetween(entry.startDate, entry.plannedCompletionDate),
    ),
  );
  return entry.totalInvestment * WAN_PER_YI * x * x * (3 - 2 * x);
}

/** Actual ÷ planned drifts from 1 at the start to the project's pace at asOf. */
function paceAt(entry: CatalogueEntry, iso: string, asOf: string): number {
  const x = Math.min(
    1,
    Math.max(0, daysBetween(entry.startDate, iso) / daysBetween(entry.startDate, asOf)),
  );
  return 1 + (entry.pace - 1) * x ** 0.8;
}

/** Integers proportional to `weights` that add up to exactly `total` (largest remainder). */
function allocate(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => [r - Math.floor(r), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    out[i] = (out[i] as number) + 1;
    rest -= 1;
  }
  return out;
}

function buildMilestones(entry: CatalogueEntry, asOf: string, rng: Rng): Milestone[] {
  const span = daysBetween(entry.startDate, entry.plannedCompletionDate);
  let previous: string | null = entry.startDate;
  const list = entry.milestones.map((key) => {
    const def = MILESTONES[key];
    const fixed = entry.fixed?.[key];
    const plannedDate = fixed?.planned ?? addDays(entry.startDate, Math.round(def.at * span));
    return { key, plannedDate, fixed };
  });
  list.sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));
  return list.map(({ key, plannedDate, fixed }) => {
    let actualDate: string | null;
    if (fixed && fixed.actual !== undefined) actualDate = fixed.actual;
    else {
      // Late when the project lags, early when it is ahead, with a little noise.
      const delay = Math.round((1 - entry.pace) * 150 * MILESTONES[key].at + rng.normal(0, 5));
      let day = toDay(plannedDate) + delay;
      if (previous) day = Math.max(day, toDay(previous) + 7);
      const due = plannedDate <= asOf;
      if (due) day = Math.min(day, toDay(asOf) - rng.int(2, 6));
      actualDate = due || (previous && day <= toDay(asOf) - 3) ? fromDay(day) : null;
    }
    if (!actualDate) previous = null;
    else previous = actualDate;
    return {
      id: key.replaceAll("_", "-"),
      name: MILESTONES[key].zh,
      nameEn: MILESTONES[key].en,
      plannedDate,
      actualDate,
    };
  });
}

type ReportResult = {
  reports: ProgressReport[];
  yearPlanWan: number;
  ytdWan: number;
  cumulativeWan: number;
};

function buildReports(
  entry: CatalogueEntry,
  milestones: Milestone[],
  periods: Period[],
  asOf: string,
  rng: Rng,
): ReportResult {
  const totalWan = entry.totalInvestment * WAN_PER_YI;
  const mine = periods.filter((p) => p.end >= entry.startDate);
  const ideal = (iso: string) => paceAt(entry, iso, asOf) * planned(entry, iso);
  const prior = entry.startDate < "2022-01-01" ? Math.round(ideal("2021-12-31")) : 0;
  const end2022 = Math.round(ideal("2022-12-31"));
  const yearPlanWan =
    Math.round((planned(entry, "2023-12-31") - planned(entry, "2022-12-31")) / 100) * 100;
  const ytdWan = Math.round(entry.ytdShare * yearPlanWan * rng.uniform(0.93, 1.07));

  // Weights: the ideal increments, shaped by season, noise and the odd bulk payment.
  const sigma = rng.uniform(0.15, 0.35);
  const bulk = new Set<string>();
  const weights = mine.map((p, i) => {
    const previous = mine[i - 1];
    const from = previous
      ? previous.end
      : entry.startDate > p.start
        ? entry.startDate
        : addDays(p.start, -1);
    const step = Math.max(ideal(p.end) - ideal(from), totalWan * 0.0008);
    let w = step * season(p) * Math.exp(rng.normal(0, sigma));
    if (entry.kind === "factory" && rng.chance(0.05)) {
      w *= 2.2;
      bulk.add(p.id);
    }
    return w;
  });
  const in2022 = mine.map((p) => p.year === 2022);
  const amounts2022 = allocate(
    weights.filter((_, i) => in2022[i]),
    end2022 - prior,
  );
  const amounts2023 = allocate(
    weights.filter((_, i) => !in2022[i]),
    ytdWan,
  );
  const amounts = [...amounts2022, ...amounts2023];

  const worksStart = milestones.find((m) =>
    STARTS_WORKS.includes(m.id.replaceAll("-", "_") as MilestoneKey),
  );
  const worksEnd = milestones.find((m) =>
    ENDS_WORKS.includes(m.id.replaceAll("-", "_") as MilestoneKey),
  );
  const doneOn = worksEnd?.actualDate ?? null;
  let cumulative = prior;
  let cumulativeAtDone: number | null = null;
  if (doneOn) {
    let c = prior;
    mine.forEach((p, i) => {
      c += amounts[i] as number;
      if (cumulativeAtDone === null && p.end >= doneOn) cumulativeAtDone = c;
    });
  }
  let lastProgress = 0;
  const reports = mine.map((p, i) => {
    const amount = amounts[i] as number;
    cumulative += amount;
    const plan = Math.round(planned(entry, p.end));
    const started = !!worksStart?.actualDate && worksStart.actualDate <= p.end;
    let progress: number;
    if (doneOn && p.end >= doneOn) progress = 100;
    else if (!started) progress = Math.min(12, (100 * cumulative * 0.8) / totalWan);
    else progress = Math.min(99, 100 * (cumulative / (cumulativeAtDone ?? totalWan)) ** 0.85);
    progress = Math.max(lastProgress, round1(progress));
    lastProgress = progress;
    const reached = milestones.filter((m) => m.actualDate && m.actualDate <= p.end);
    const reachedNow = reached.filter((m) => (m.actualDate as string) >= p.start);
    const raised = entry.problems.find((pb) => pb.raised >= p.start && pb.raised <= p.end);
    const { note, noteEn } = reportNote({
      kind: entry.kind,
      period: p,
      works: doneOn && p.end >= doneOn ? "finished" : started ? "under_way" : "not_started",
      reached: reached.map((m) => m.id.replaceAll("-", "_") as MilestoneKey),
      reachedNow: reachedNow.map((m) => m.id.replaceAll("-", "_") as MilestoneKey),
      newProblem: raised ? [raised.zh, raised.en] : null,
      bulkPayment: bulk.has(p.id),
      ratio: plan > 0 ? cumulative / plan : 1,
    });
    return {
      period: p.id,
      completedInvestment: toYi(amount),
      cumulativeInvestment: toYi(cumulative),
      plannedCumulativeInvestment: toYi(plan),
      progress,
      note,
      noteEn,
    };
  });
  if (cumulative > totalWan)
    throw new Error(`${entry.id}: cumulative investment exceeds the total`);
  return { reports, yearPlanWan, ytdWan, cumulativeWan: cumulative };
}

function buildProblems(entry: CatalogueEntry): Problem[] {
  return entry.problems.map((p, i) => ({
    id: `${entry.id}-q${i + 1}`,
    description: p.zh,
    descriptionEn: p.en,
    type: p.type,
    ownerUnit: UNITS[p.owner].zh,
    ownerUnitEn: UNITS[p.owner].en,
    raisedDate: p.raised,
    dueDate: p.due,
    status: p.resolved ? "closed" : "open",
    resolvedDate: p.resolved,
  }));
}

function geometryOf(entry: CatalogueEntry): Geometry {
  if (entry.line) return { type: "LineString", coordinates: entry.line };
  if (entry.area) return { type: "Polygon", coordinates: [entry.area] };
  return { type: "Point", coordinates: entry.at };
}

const FACT_FIELDS = ["name", "category"];

export function buildProject(
  entry: CatalogueEntry,
  periods: Period[],
  asOf: string,
  rng: Rng,
): ProjectRecord {
  const milestones = buildMilestones(entry, asOf, rng);
  const { reports, yearPlanWan, ytdWan, cumulativeWan } = buildReports(
    entry,
    milestones,
    periods,
    asOf,
    rng,
  );
  const last = reports[reports.length - 1];
  const record: Omit<ProjectRecord, "provenance"> = {
    id: entry.id,
    name: entry.name,
    nameEn: entry.nameEn,
    category: entry.category,
    street: STREETS[entry.street].zh,
    streetEn: STREETS[entry.street].en,
    location: { lat: entry.at[1], lng: entry.at[0] },
    geometry: geometryOf(entry),
    developer: entry.developer,
    developerEn: entry.developerEn,
    responsibleUnit: UNITS[entry.responsibleUnit].zh,
    responsibleUnitEn: UNITS[entry.responsibleUnit].en,
    leaderInCharge: `包联区领导${entry.leader}（示意）`,
    leaderInChargeEn: `District leader ${entry.leader} (illustrative)`,
    totalInvestment: entry.totalInvestment,
    yearPlanInvestment: toYi(yearPlanWan),
    cumulativeInvestment: toYi(cumulativeWan),
    ytdInvestment: toYi(ytdWan),
    stage: entry.stage,
    progress: last ? last.progress : 0,
    startDate: entry.startDate,
    plannedCompletionDate: entry.plannedCompletionDate,
    milestones,
    reports,
    problems: buildProblems(entry),
  };
  const illustrative = Object.keys(record).filter((k) => k !== "id" && !FACT_FIELDS.includes(k));
  return { ...record, provenance: { facts: FACT_FIELDS, illustrative, locationApproximate: true } };
}
