import { queryOptions, useQuery } from "@tanstack/react-query";
import type { FeatureCollection, Geometry } from "geojson";

export type DistrictProperties = { name: string; nameEn: string; isJimo: boolean };
export type DistrictCollection = FeatureCollection<Geometry, DistrictProperties>;

const url = "/basemap/qingdao-districts.geojson";

async function fetchDistricts(): Promise<DistrictCollection> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${res.statusText}`);
  return (await res.json()) as DistrictCollection;
}

/** The offline basemap is a static file shipped with the app: fetched once, never stale. */
export const districtsQueryOptions = () =>
  queryOptions({
    queryKey: ["static", "basemap", "qingdao-districts"] as const,
    queryFn: fetchDistricts,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

export const useDistricts = () => useQuery(districtsQueryOptions());
