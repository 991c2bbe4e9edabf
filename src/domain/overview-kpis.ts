import { categoriesPresent } from "./category";
import type { Category } from "./project";
import type { StatusLight } from "./status-rules";

type KpiProject = {
  category: Category;
  totalInvestment: number;
  yearPlanInvestment: number;
  ytdInvestment: number;
  progress: number;
  status: StatusLight;
};
type KpiResult = { score: number | null };

export type OverviewKpis = {
  projectCount: number;
  /** Projects per category, for every category that has any, in the district's order. */
  byCategory: { category: Category; count: number }[];
  /** 亿元 */
  totalInvestment: number;
  yearPlanInvestment: number;
  ytdInvestment: number;
  /** ytd / year plan, %; null without a plan. */
  ytdCompletionPct: number | null;
  /** Unweighted mean of 形象进度, %. */
  meanProgress: number | null;
  statusCounts: Record<StatusLight, number>;
  /** Mean composite score over projects that have one. */
  meanScore: number | null;
  scoredCount: number;
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const mean = (values: number[]) => (values.length ? sum(values) / values.length : null);

/**
 * The overview's key figures from the (filtered) projects and their results; `categoryOrder` is the
 * district's order of categories (the seed's when not given).
 */
export function computeOverviewKpis(
  projects: KpiProject[],
  results: KpiResult[],
  categoryOrder?: readonly string[],
): OverviewKpis {
  const yearPlanInvestment = sum(projects.map((p) => p.yearPlanInvestment));
  const ytdInvestment = sum(projects.map((p) => p.ytdInvestment));
  const scores = results.map((r) => r.score).filter((s): s is number => s !== null);
  const count = <K extends string>(keys: K[], of: (p: KpiProject) => K) =>
    Object.fromEntries(keys.map((k) => [k, projects.filter((p) => of(p) === k).length])) as Record<
      K,
      number
    >;
  return {
    projectCount: projects.length,
    byCategory: categoriesPresent(projects, categoryOrder).map((category) => ({
      category,
      count: projects.filter((p) => p.category === category).length,
    })),
    totalInvestment: sum(projects.map((p) => p.totalInvestment)),
    yearPlanInvestment,
    ytdInvestment,
    ytdCompletionPct: yearPlanInvestment > 0 ? (ytdInvestment / yearPlanInvestment) * 100 : null,
    meanProgress: mean(projects.map((p) => p.progress)),
    statusCounts: count<StatusLight>(["green", "yellow", "red"], (p) => p.status),
    meanScore: mean(scores),
    scoredCount: scores.length,
  };
}
