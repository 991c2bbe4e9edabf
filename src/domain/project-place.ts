import type { Position } from "./district-boundary";
import type { Geometry, LatLng } from "./project";

export type PlaceKind = Geometry["type"];

/** Halfway along a line, measured along it (planar degrees: fine at a district's scale). */
function lineMiddle(line: Position[]): Position {
  const at = (i: number) => line[i] as Position;
  const lengths = line.slice(1).map((p, i) => Math.hypot(p[0] - at(i)[0], p[1] - at(i)[1]));
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i] as number;
    if (left <= l && l > 0) {
      const [a, b] = [at(i), at(i + 1)];
      return [a[0] + ((b[0] - a[0]) * left) / l, a[1] + ((b[1] - a[1]) * left) / l];
    }
    left -= l;
  }
  return at(0);
}

/** The area-weighted centre of a ring (the mean of its vertices if it has no area). */
function ringCentroid(ring: Position[]): Position {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    const cross = xj * yi - xi * yj;
    area += cross;
    x += (xj + xi) * cross;
    y += (yj + yi) * cross;
  }
  if (Math.abs(area) < 1e-12) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [x / (3 * area), y / (3 * area)];
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The project's representative point (its marker) for a geometry: the point itself, the middle
 * of a line along its length, the centre of an area.
 */
export function representativePoint(geometry: Geometry): LatLng {
  const [lng, lat] =
    geometry.type === "Point"
      ? geometry.coordinates
      : geometry.type === "LineString"
        ? lineMiddle(geometry.coordinates)
        : ringCentroid(geometry.coordinates[0] ?? []);
  return { lat: round6(lat), lng: round6(lng) };
}

/**
 * A geometry from the vertices someone clicked or typed, in order: one point, a line of two or
 * more, an area of three or more (closed here). Null while there are too few for the kind.
 */
export function geometryFrom(kind: PlaceKind, vertices: Position[]): Geometry | null {
  if (kind === "Point") {
    const last = vertices[vertices.length - 1];
    return last ? { type: "Point", coordinates: last } : null;
  }
  if (kind === "LineString")
    return vertices.length >= 2 ? { type: "LineString", coordinates: vertices } : null;
  if (vertices.length < 3) return null;
  return { type: "Polygon", coordinates: [[...vertices, vertices[0] as Position]] };
}

/** The vertices a person edits for a geometry (an area's closing vertex left out). */
export function verticesForEditing(geometry: Geometry): Position[] {
  if (geometry.type === "Point") return [geometry.coordinates];
  if (geometry.type === "LineString") return geometry.coordinates;
  const ring = geometry.coordinates[0] ?? [];
  return ring.slice(0, -1);
}
