/**
 * The ranking under mean, median and trimmed mean side by side, over the same counted totals, so a
 * reader can see whether the choice of method decides a rank.
 */
import { assessEventSheets, type ProjectSheets } from "./counted-sheets";
import type { MethodRanking } from "./outcome-schemas";
import { roundTo } from "./rounding";
import type { Evaluator, InspectionEvent, ScoredProject, ScoreSheet } from "./scoring-schemas";
import { median } from "./statistics";
import { mean, trimExtremes } from "./trimmed-mean";

const round2 = (v: number | null) => (v === null ? null : roundTo(v, 2));

/**
 * Competition ranks (1, 2, 2, 4) within each category, higher value first; null values get no rank.
 * Values are compared as given, so pass the rounded figures people see.
 */
export function competitionRanks<T>(
  items: readonly T[],
  categoryOf: (item: T) => string,
  scoreOf: (item: T) => number | null,
): (number | null)[] {
  const valuesByCategory = new Map<string, number[]>();
  for (const item of items) {
    const value = scoreOf(item);
    if (value === null) continue;
    const category = categoryOf(item);
    const values = valuesByCategory.get(category) ?? [];
    values.push(value);
    valuesByCategory.set(category, values);
  }
  // A value's rank is one more than the number of strictly higher values: its first index, sorted.
  const rankByCategory = new Map<string, Map<number, number>>();
  for (const [category, values] of valuesByCategory) {
    const rankOf = new Map<number, number>();
    values
      .sort((a, b) => b - a)
      .forEach((v, i) => {
        if (!rankOf.has(v)) rankOf.set(v, i + 1);
      });
    rankByCategory.set(category, rankOf);
  }
  return items.map((item) => {
    const value = scoreOf(item);
    return value === null ? null : (rankByCategory.get(categoryOf(item))?.get(value) ?? null);
  });
}

/** The same as rankingsByMethod, from sheets already assessed (so callers assess only once). */
export function rankingsOfAssessed(
  event: InspectionEvent,
  assessed: ProjectSheets[],
): MethodRanking[] {
  const unranked = assessed.map(({ project, counted }) => {
    const totals = counted.map((s) => s.total);
    const trim = trimExtremes(counted, event.rules.trimMinSheets);
    return {
      projectId: project.id,
      category: project.category,
      sheetCount: counted.length,
      mean: round2(mean(totals)),
      median: round2(median(totals)),
      trimmedMean: round2(mean(trim.kept.map((s) => s.total))),
      trimMethod: trim.method,
    };
  });
  const byCategory = (r: (typeof unranked)[number]) => r.category;
  const rankByMean = competitionRanks(unranked, byCategory, (r) => r.mean);
  const rankByMedian = competitionRanks(unranked, byCategory, (r) => r.median);
  const rankByTrimmedMean = competitionRanks(unranked, byCategory, (r) => r.trimmedMean);
  return unranked.map((r, i) => ({
    ...r,
    rankByMean: rankByMean[i],
    rankByMedian: rankByMedian[i],
    rankByTrimmedMean: rankByTrimmedMean[i],
  }));
}

/**
 * Per project of the event, in inspection order: mean, median and trimmed mean of the counted
 * totals, and the rank each gives within the category. Unweighted, votes aside: the trimmed mean
 * equals the results' base score unless the event weights by group.
 */
export function rankingsByMethod(
  event: InspectionEvent,
  projects: ScoredProject[],
  sheets: ScoreSheet[],
  evaluators: Evaluator[],
): MethodRanking[] {
  return rankingsOfAssessed(event, assessEventSheets(event, projects, sheets, evaluators));
}
