import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type DistrictArea, jimoArea } from "../domain/district-boundary";

const basemapFile = resolve(import.meta.dirname, "../../public/basemap/qingdao-districts.geojson");
let cached: DistrictArea | null | undefined;

/**
 * Jimo's boundary from the offline basemap the app ships, read once. Null when the file is
 * missing or has no Jimo (the caller then falls back to the district's bounding box).
 */
export function districtArea(): DistrictArea | null {
  if (cached === undefined) {
    try {
      cached = jimoArea(JSON.parse(readFileSync(basemapFile, "utf8")));
    } catch {
      cached = null;
    }
  }
  return cached;
}
