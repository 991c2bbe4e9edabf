import type { Geometry, Position } from "geojson";

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** Sutherland–Hodgman: the part of a ring inside an axis-aligned box. */
export function clipRing(ring: Position[], [west, south, east, north]: Box): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0] >= west, (a, b) => at(a, b, (west - a[0]) / (b[0] - a[0]))],
    [(p) => p[0] <= east, (a, b) => at(a, b, (east - a[0]) / (b[0] - a[0]))],
    [(p) => p[1] >= south, (a, b) => at(a, b, (south - a[1]) / (b[1] - a[1]))],
    [(p) => p[1] <= north, (a, b) => at(a, b, (north - a[1]) / (b[1] - a[1]))],
  ];
  let output = ring;
  for (const [inside, cross] of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      if (inside(current)) {
        if (!inside(previous)) output.push(cross(previous, current));
        output.push(current);
      } else if (inside(previous)) output.push(cross(previous, current));
    }
    if (!output.length) break;
  }
  return output;
}

const at = (a: Position, b: Position, t: number): Position => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

/** Signed area and area-weighted centre of a ring (shoelace formula, in degrees). */
function ringCentroid(ring: Position[]) {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (area === 0) return null;
  return { area: Math.abs(area) / 2, lng: x / (3 * area), lat: y / (3 * area) };
}

/**
 * Where a district's name goes: the centre of its largest piece — of the part inside `view` when
 * given, so a neighbour that is mostly off screen is still named where it shows. Null when too
 * little of it (under `minShare` of the view) is visible.
 */
export function labelPoint(
  geometry: Geometry,
  view?: Box,
  minShare = 0.01,
): { lat: number; lng: number } | null {
  const polygons: Position[][][] =
    geometry.type === "Polygon"
      ? [geometry.coordinates]
      : geometry.type === "MultiPolygon"
        ? geometry.coordinates
        : [];
  let best: { area: number; lat: number; lng: number } | null = null;
  for (const [outer] of polygons) {
    const ring = view ? clipRing(outer, view) : outer;
    if (ring.length < 3) continue;
    const candidate = ringCentroid(ring);
    if (candidate && (!best || candidate.area > best.area)) best = candidate;
  }
  if (!best) return null;
  if (view) {
    const viewArea = (view[2] - view[0]) * (view[3] - view[1]);
    if (best.area < viewArea * minShare) return null;
  }
  return { lat: best.lat, lng: best.lng };
}
