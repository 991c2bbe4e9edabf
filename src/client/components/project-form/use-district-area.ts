import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { jimoArea } from "../../../domain/district-boundary";
import { basemapQueryOptions } from "../../api/static-files";

/** The offline basemap and Jimo's boundary in it (the same file the server checks against). */
export function useDistrictArea() {
  const basemap = useQuery(basemapQueryOptions());
  const area = useMemo(() => (basemap.data ? jimoArea(basemap.data) : null), [basemap.data]);
  return { area, basemap: basemap.data };
}
