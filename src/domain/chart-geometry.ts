/**
 * The geometry of small line and area charts drawn as plain SVG: a value axis that starts at zero
 * with round steps, and smooth curves that never overshoot the data (a monotone cubic, as the
 * charting library drew them), so the pages need no charting library to draw them.
 */

/** Steps a value axis may take, times a power of ten. */
const niceSteps = [1, 2, 2.5, 5, 10];

/**
 * Ticks for a value axis from zero up to at least `max`: about `count` of them, in round steps
 * (1, 2, 2.5 or 5 times a power of ten). Never a cut baseline: the first tick is always 0.
 */
export function zeroBasedTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (niceSteps.find((s) => s * power >= rough - 1e-9 * power) ?? 10) * power;
  const n = Math.ceil(max / step - 1e-9);
  // Sums of the step drift (0.1 + 0.2); each tick is computed afresh and rounded to the step's digits.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toFixed(digits)));
}

type Point = readonly [x: number, y: number];

const sign = (v: number) => (v < 0 ? -1 : 1);

/** The tangent at the middle of three points that keeps the curve monotone (Fritsch–Carlson, as Steffen). */
function innerSlope(p0: Point, p1: Point, p2: Point): number {
  const h0 = p1[0] - p0[0];
  const h1 = p2[0] - p1[0];
  const s0 = h0 ? (p1[1] - p0[1]) / h0 : 0;
  const s1 = h1 ? (p2[1] - p1[1]) / h1 : 0;
  const p = h0 + h1 ? (s0 * h1 + s1 * h0) / (h0 + h1) : 0;
  return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
}

/** The tangent at an end point, from its segment's slope and the neighbour's tangent. */
function endSlope(from: Point, to: Point, neighbour: number): number {
  const h = to[0] - from[0];
  return h ? ((3 * (to[1] - from[1])) / h - neighbour) / 2 : neighbour;
}

const num = (v: number) => String(Math.round(v * 100) / 100);

/**
 * An SVG path through `points` (x increasing): a smooth curve that stays between neighbouring
 * values, so a cumulative series never seems to dip. Two points make a straight line.
 */
export function monotonePath(points: readonly Point[]): string {
  const first = points[0];
  if (!first) return "";
  const move = `M${num(first[0])},${num(first[1])}`;
  if (points.length < 3)
    return points.slice(1).reduce((d, p) => `${d}L${num(p[0])},${num(p[1])}`, move);
  const last = points.length - 1;
  const tangents = points.map((p, i) =>
    i === 0 || i === last ? 0 : innerSlope(points[i - 1] as Point, p, points[i + 1] as Point),
  );
  tangents[0] = endSlope(first, points[1] as Point, tangents[1] ?? 0);
  tangents[last] = endSlope(
    points[last - 1] as Point,
    points[last] as Point,
    tangents[last - 1] ?? 0,
  );
  let d = move;
  for (let i = 1; i <= last; i++) {
    const [x0, y0] = points[i - 1] as Point;
    const [x1, y1] = points[i] as Point;
    const dx = (x1 - x0) / 3;
    const t0 = tangents[i - 1] ?? 0;
    const t1 = tangents[i] ?? 0;
    d += `C${num(x0 + dx)},${num(y0 + dx * t0)},${num(x1 - dx)},${num(y1 - dx * t1)},${num(x1)},${num(y1)}`;
  }
  return d;
}

/** The area under a curve through `points` down to the baseline at `baseY` (a closed path). */
export function areaPath(points: readonly Point[], baseY: number): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return "";
  return `${monotonePath(points)}L${num(last[0])},${num(baseY)}L${num(first[0])},${num(baseY)}Z`;
}
