import { pointInArea } from "../../src/domain/district-boundary";
/** Small planar geometry helpers for the data scripts (lon/lat degrees, GeoJSON order). */

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

// --- GCJ-02 (the "Mars" datum used by AMap/高德) -> WGS-84 -------------------------------------

const A = 6378245.0;
const EE = 0.006693421622965943;

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function transformLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** WGS-84 -> GCJ-02 (the published forward formula). */
export function wgsToGcj([lng, lat]: Position): Position {
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (transformLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng =
    (transformLng(lng - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lng + dLng, lat + dLat];
}

/** GCJ-02 -> WGS-84 by fixed-point iteration on the forward formula (error well below 1 cm). */
export function gcjToWgs(gcj: Position): Position {
  let w: Position = [gcj[0], gcj[1]];
  for (let i = 0; i < 8; i++) {
    const g = wgsToGcj(w);
    w = [w[0] - (g[0] - gcj[0]), w[1] - (g[1] - gcj[1])];
  }
  return w;
}

// --- measures and tests --------------------------------------------------------------------

/** Signed shoelace area in square degrees; positive = counter-clockwise. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Inside one of the polygons (outer ring, not a hole): the app's own boundary rule. */
export const pointInMultiPolygon = (p: Position, polygons: PolygonCoords[]): boolean =>
  pointInArea(p, polygons);

/** Distance from p to the nearest edge of any ring, in metres (equirectangular, fine at this scale). */
export function distanceToBoundaryM(p: Position, polygons: PolygonCoords[]): number {
  const kx = 111320 * Math.cos((p[1] * Math.PI) / 180);
  const ky = 110540;
  let best = Number.POSITIVE_INFINITY;
  for (const poly of polygons)
    for (const ring of poly)
      for (let i = 0; i < ring.length - 1; i++) {
        const a = ring[i] as Position;
        const b = ring[i + 1] as Position;
        const ax = (a[0] - p[0]) * kx;
        const ay = (a[1] - p[1]) * ky;
        const bx = (b[0] - p[0]) * kx;
        const by = (b[1] - p[1]) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
  return best;
}

/** Douglas–Peucker on an open polyline; the end points are always kept. */
export function douglasPeucker(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points.slice();
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = true;
  keep[points.length - 1] = true;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop() as [number, number];
    const [ax, ay] = points[first] as Position;
    const [bx, by] = points[last] as Position;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let maxDist = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i] as Position;
      const d =
        len === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (maxDist > tolerance && index > 0) {
      keep[index] = true;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
