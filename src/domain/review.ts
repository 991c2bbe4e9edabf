/**
 * The review (动态复盘): the district over the 旬 of its history — the share of red, yellow and green
 * each 旬, each project's light per 旬 (and when it turned red, and why), the year's plan completion
 * against 序时进度, and each project's rank and score in every inspection. Built from the same
 * projects-as-they-stood-then as the dispatch agenda, so a 旬's column here is that meeting's agenda.
 */
import { districtStandingAt } from "./dispatch-agenda";
import { isAcceptedReport, isActiveAt, projectStatesAt, type TrackedReport } from "./light-history";
import { comparePeriods, listPeriods, periodEnd } from "./periods";
import type { Category, ProjectRecord } from "./project";
import { computeStatus } from "./status-light";
import { describeStatus } from "./status-reason";
import type { StatusLight, StatusRules } from "./status-rules";

type Bilingual = { zh: string; en: string };

export type ReviewShare = { period: string; active: number } & Record<StatusLight, number>;

export type ReviewPlan = {
  period: string;
  /** Year-to-date investment over the year's plan, %; null without a plan. */
  completionPct: number | null;
  /** 序时进度 at the 旬's end, %. */
  timeElapsedPct: number;
};

/** One inspection as the review compares it; `results` only for projects it scored. */
export type InspectionInput = {
  id: string;
  name: string;
  nameEn: string;
  date: string;
  state: string;
  results: readonly { projectId: string; score: number | null; rank: number | null }[];
};

export type ReviewProject = {
  id: string;
  name: string;
  nameEn: string;
  category: Category;
  responsibleUnit: string;
  responsibleUnitEn: string;
  /** The light at the end of each of the review's 旬; null before the project was under way. */
  lights: (StatusLight | null)[];
  redCount: number;
  yellowCount: number;
  /** The light at the last 旬: today's. */
  light: StatusLight | null;
  /** The last 旬 its light turned red (from another light, or red from the start), and why. */
  turnedRed: { period: string; reason: Bilingual } | null;
  /** Score and rank per inspection, in the order of `inspections`; null where it was not scored. */
  scores: ({ score: number | null; rank: number | null } | null)[];
};

export type Review = {
  periods: string[];
  shares: ReviewShare[];
  plan: ReviewPlan[];
  projects: ReviewProject[];
  inspections: Omit<InspectionInput, "results">[];
  /** How many of the inspections are published (final). */
  publishedCount: number;
};

/** The 旬 of the district's history: from the first accepted report of any project to `lastPeriod`. */
export function reviewPeriods(projects: readonly ProjectRecord[], lastPeriod: string): string[] {
  const first = projects
    .flatMap((p) => (p.reports as TrackedReport[]).filter(isAcceptedReport).map((r) => r.period))
    .reduce<string | undefined>(
      (best, p) => (best === undefined || comparePeriods(p, best) < 0 ? p : best),
      undefined,
    );
  return first ? listPeriods(first, lastPeriod) : [];
}

/**
 * The review over `periods` (oldest first). A project counts in a 旬 once it is under way by the
 * 旬's end — the dispatch agenda's rule — so each 旬's red + yellow + green is the projects active then.
 */
export function buildReview(
  projects: readonly ProjectRecord[],
  periods: readonly string[],
  rules: StatusRules,
  inspections: readonly InspectionInput[] = [],
): Review {
  const lit = periods.map(() => [] as Parameters<typeof districtStandingAt>[0][number][]);
  const rows = projects.map((project): ReviewProject => {
    const activePeriods = periods.filter((period) => isActiveAt(project, period));
    const states = projectStatesAt(project, activePeriods);
    const firstActive = periods.length - activePeriods.length;
    const explanations = periods.map((period, i) => {
      // Under way from some 旬 on: the active ones are the last of the list.
      const state = i >= firstActive ? states[i - firstActive] : undefined;
      if (!state) return null;
      const explanation = computeStatus(state, periodEnd(period), rules);
      // Only what the district's figures read: 18 000 full copies would be mostly garbage.
      lit[i]?.push({
        category: state.category,
        totalInvestment: state.totalInvestment,
        yearPlanInvestment: state.yearPlanInvestment,
        ytdInvestment: state.ytdInvestment,
        progress: state.progress,
        status: explanation.light,
      });
      return explanation;
    });
    const lights = explanations.map((e) => e?.light ?? null);
    const turnIndex = lights.findLastIndex(
      (light, i) => light === "red" && (i === 0 || lights[i - 1] !== "red"),
    );
    const turn = turnIndex >= 0 ? explanations[turnIndex] : null;
    return {
      id: project.id,
      name: project.name,
      nameEn: project.nameEn,
      category: project.category,
      responsibleUnit: project.responsibleUnit,
      responsibleUnitEn: project.responsibleUnitEn,
      lights,
      redCount: lights.filter((l) => l === "red").length,
      yellowCount: lights.filter((l) => l === "yellow").length,
      light: lights.at(-1) ?? null,
      turnedRed: turn
        ? {
            period: periods[turnIndex] as string,
            reason: { zh: describeStatus(turn, "zh"), en: describeStatus(turn, "en") },
          }
        : null,
      scores: inspections.map((event) => {
        const result = event.results.find((r) => r.projectId === project.id);
        return result ? { score: result.score, rank: result.rank } : null;
      }),
    };
  });

  const standings = periods.map((period, i) => ({
    period,
    active: lit[i]?.length ?? 0,
    ...districtStandingAt(lit[i] ?? [], period),
  }));
  return {
    periods: [...periods],
    shares: standings.map((s) => ({ period: s.period, active: s.active, ...s.lightCounts })),
    plan: standings.map((s) => ({
      period: s.period,
      completionPct: s.plan.completionPct,
      timeElapsedPct: s.plan.timeElapsedPct,
    })),
    projects: rows,
    inspections: inspections.map(({ results: _, ...event }) => event),
    publishedCount: inspections.filter((e) => e.state === "published").length,
  };
}
