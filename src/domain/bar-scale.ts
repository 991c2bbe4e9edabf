/**
 * Bar lengths. A bar's length is its value measured from zero, so a bar twice as long means a value
 * twice as large; a cut baseline would make 62 look a fifth of 88.
 */

/** Composite scores are out of 100 (scoreWeight × score + satisfactionWeight × index, both 0–100). */
export const SCORE_FULL_MARK = 100;

/** Share of the track, in %, a value fills when the track runs from 0 to `max`; clamped to 0–100. */
export function barShare(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, (value / max) * 100));
}

/** A bar chart's value axis: from zero to `max`, never from the smallest value drawn. */
export function barAxis(max: number): [number, number] {
  return [0, Math.max(0, max)];
}
