import type { Geometry, LatLng } from "./project";

/** GeoJSON position: [longitude, latitude]. */
export type Position = [number, number];
/** A district's area as GeoJSON MultiPolygon coordinates: polygons of rings, the first ring outer. */
export type DistrictArea = Position[][][];

type BoundaryFeature = {
  properties: { isJimo?: boolean } | null;
  geometry: { type: string; coordinates?: unknown } | null;
};

/** Jimo's area from the basemap file (a Polygon or MultiPolygon feature marked isJimo), or null. */
export function jimoArea(collection: { features: BoundaryFeature[] }): DistrictArea | null {
  const jimo = collection.features.find((f) => f.properties?.isJimo);
  if (!jimo?.geometry) return null;
  if (jimo.geometry.type === "Polygon") return [jimo.geometry.coordinates as Position[][]];
  if (jimo.geometry.type === "MultiPolygon") return jimo.geometry.coordinates as DistrictArea;
  return null;
}

/** Ray casting: whether the point lies inside the ring (closed or open). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside one of the area's polygons (its outer ring, none of its holes). */
export function pointInArea(point: Position, area: DistrictArea): boolean {
  return area.some(
    ([outer, ...holes]) =>
      outer !== undefined && inRing(point, outer) && !holes.some((h) => inRing(point, h)),
  );
}

/** Every vertex a geometry is drawn through: a point, a line's vertices, an area's rings. */
export function verticesOf(geometry: Geometry): Position[] {
  if (geometry.type === "Point") return [geometry.coordinates];
  if (geometry.type === "LineString") return geometry.coordinates;
  return geometry.coordinates.flat();
}

/**
 * Which parts of a placement lie outside the district: its representative point, and any vertex
 * of its line or area. Empty when all is inside. A vertex test rather than a full intersection:
 * the basemap is approximate (≈ 90 m) and a project drawn across the border is what we catch.
 */
export function outsideParts(
  place: { location?: LatLng; geometry?: Geometry },
  area: DistrictArea,
): ("location" | "geometry")[] {
  const parts: ("location" | "geometry")[] = [];
  if (place.location && !pointInArea([place.location.lng, place.location.lat], area))
    parts.push("location");
  if (place.geometry && verticesOf(place.geometry).some((v) => !pointInArea(v, area)))
    parts.push("geometry");
  return parts;
}
