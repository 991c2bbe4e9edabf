/** 去掉一个最高分和一个最低分: the trimmed mean over sheet totals, with what was dropped. */

export type RankedTotal = { evaluatorId: string; total: number };

export type TrimResult<T extends RankedTotal> = {
  method: "trimmed_mean" | "mean" | "none";
  /** Totals that count towards the score, ascending by total then evaluator id. */
  kept: T[];
  droppedHighest: T | null;
  droppedLowest: T | null;
};

// Code-unit order, not localeCompare: the same on every machine.
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending by total; equal totals by evaluator id, so every later choice is deterministic. */
export function sortByTotal<T extends RankedTotal>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.total - b.total || compareIds(a.evaluatorId, b.evaluatorId));
}

/**
 * Drops exactly one highest and one lowest total once there are at least `trimMinCount` of them.
 * Among equal totals the lowest-sorted evaluator id is dropped, at the top as at the bottom; when
 * every total is equal, the top drop takes the next id so that two different sheets go.
 */
export function trimExtremes<T extends RankedTotal>(
  items: readonly T[],
  trimMinCount: number,
): TrimResult<T> {
  const sorted = sortByTotal(items);
  if (sorted.length === 0)
    return { method: "none", kept: [], droppedHighest: null, droppedLowest: null };
  // Never trim below three totals, whatever the rules say, so at least one always remains.
  if (sorted.length < Math.max(trimMinCount, 3)) {
    return { method: "mean", kept: sorted, droppedHighest: null, droppedLowest: null };
  }
  const lowestIndex = 0;
  const maxTotal = sorted[sorted.length - 1].total;
  let highestIndex = sorted.findIndex((item) => item.total === maxTotal);
  if (highestIndex === lowestIndex) highestIndex = 1;
  return {
    method: "trimmed_mean",
    kept: sorted.filter((_, i) => i !== lowestIndex && i !== highestIndex),
    droppedHighest: sorted[highestIndex],
    droppedLowest: sorted[lowestIndex],
  };
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
