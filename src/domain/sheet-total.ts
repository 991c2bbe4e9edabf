import { roundTo } from "./rounding";
import type { Scheme, ScoreSheet } from "./scoring-schemas";

export type SheetTotal = {
  /** Sum of the scheme's criteria present on the sheet, two decimals. */
  total: number;
  /** Every criterion of the scheme has a score. */
  complete: boolean;
  /** Criteria of the scheme with no score, in scheme order. */
  missing: string[];
  /** Criteria scored below 0 or above their maximum, in scheme order. */
  outOfRange: string[];
};

/**
 * One sheet's total under a scheme. Keys that are not criteria of the scheme are ignored, so a sheet
 * keyed in under an older scheme cannot smuggle in extra points.
 */
export function sheetTotal(
  sheet: Pick<ScoreSheet, "scores">,
  scheme: Pick<Scheme, "criteria">,
): SheetTotal {
  const missing: string[] = [];
  const outOfRange: string[] = [];
  let sum = 0;
  for (const criterion of scheme.criteria) {
    const score = Object.hasOwn(sheet.scores, criterion.id)
      ? sheet.scores[criterion.id]
      : undefined;
    if (score === undefined) {
      missing.push(criterion.id);
      continue;
    }
    if (!Number.isFinite(score) || score < 0 || score > criterion.max)
      outOfRange.push(criterion.id);
    if (Number.isFinite(score)) sum += score;
  }
  // Scores like 8.1 + 7.2 would otherwise total 15.299999999999999.
  return { total: roundTo(sum, 2), complete: missing.length === 0, missing, outOfRange };
}
