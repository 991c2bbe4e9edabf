type Ranked = { rank: number | null };

export type RankingEnds<R> = { top: R[]; bottom: R[]; hidden: number };

/**
 * The first and last `n` of a category's ranking, for a screen that has room for a few rows only:
 * ranked rows in rank order, unranked ones left out. A short list is shown whole (as `top`), never
 * with a row twice; `hidden` counts the rows between the two ends.
 */
export function rankingEnds<R extends Ranked>(rows: readonly R[], n: number): RankingEnds<R> {
  const ranked = rows
    .filter((r): r is R & { rank: number } => r.rank !== null)
    .sort((a, b) => a.rank - b.rank);
  if (ranked.length <= 2 * n) return { top: ranked, bottom: [], hidden: 0 };
  return { top: ranked.slice(0, n), bottom: ranked.slice(-n), hidden: ranked.length - 2 * n };
}
