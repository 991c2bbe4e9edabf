import { queryOptions } from "@tanstack/react-query";
import type { FeatureCollection, Geometry } from "geojson";
import { queryKeys } from "./query-keys";
import { ApiError } from "./read-json";

/**
 * Reads a file the app ships (not an API route: no credentials, no error body). Failures come back
 * as the same ApiError the API's do.
 */
export async function fetchStatic(url: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (!res.ok) throw new ApiError(res.status, "http", `${url}: ${res.status} ${res.statusText}`);
  return res;
}

export type DistrictProperties = { name: string; nameEn: string; isJimo: boolean };
export type DistrictCollection = FeatureCollection<Geometry, DistrictProperties>;

/** The offline basemap, shipped with the app: fetched once, never stale. */
export const basemapQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.basemap(),
    queryFn: async () =>
      (await (
        await fetchStatic("/basemap/qingdao-districts.geojson")
      ).json()) as DistrictCollection,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

/**
 * A page as the server serves it now (for a screen to see whether a new build is out), or null
 * when the server cannot be reached.
 */
export async function servedPage(path: string): Promise<string | null> {
  try {
    return await (await fetchStatic(path, { cache: "no-store" })).text();
  } catch {
    return null;
  }
}
