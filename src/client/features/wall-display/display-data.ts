import { QueryClient, useQuery } from "@tanstack/react-query";
import type { FeatureCollection, Geometry } from "geojson";
import type { InferResponseType } from "hono/client";
import { api } from "../../api/api-client";
import { ApiError, readJson } from "../../api/read-json";

export type ProjectsData = InferResponseType<typeof api.projects.$get, 200>;
export type WallProject = ProjectsData["projects"][number];
export type ProjectData = InferResponseType<(typeof api.projects)[":id"]["$get"], 200>;
export type EventsData = InferResponseType<typeof api.events.$get, 200>;
export type WallEvent = EventsData["events"][number];
export type ResultsData = InferResponseType<(typeof api.events)[":id"]["results"]["$get"], 200>;
export type WallResult = ResultsData["results"][number];

/**
 * The screen's own cache, apart from the dashboard's: its requests carry the display token, and
 * nothing it holds is shared. Data is refetched on a change from the live stream.
 */
export function createWallQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        // A revoked token will not come back by retrying; a dead network may.
        retry: (count, error) => !(error instanceof ApiError && error.status === 401) && count < 2,
      },
    },
  });
}

/** The screen's keys: under "display", so one invalidation refreshes them all. */
export const wallKeys = {
  all: ["display"] as const,
  projects: () => ["display", "projects"] as const,
  project: (id: string) => ["display", "project", id] as const,
  events: () => ["display", "events"] as const,
  results: (id: string) => ["display", "results", id] as const,
  basemap: () => ["static", "basemap", "qingdao-districts"] as const,
};

const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
// Every 5 minutes even with the stream up, so a change missed in a reconnect gap does not linger.
const safetyRefetch = 5 * 60_000;

export function useWallProjects(token: string) {
  return useQuery({
    queryKey: wallKeys.projects(),
    queryFn: () => readJson<ProjectsData>(api.projects.$get(undefined, auth(token))),
    refetchInterval: safetyRefetch,
  });
}

export function useWallProject(token: string, id: string | undefined) {
  return useQuery({
    queryKey: wallKeys.project(id ?? ""),
    queryFn: () =>
      readJson<ProjectData>(api.projects[":id"].$get({ param: { id: id ?? "" } }, auth(token))),
    enabled: Boolean(id),
    staleTime: safetyRefetch,
  });
}

export function useWallEvents(token: string) {
  return useQuery({
    queryKey: wallKeys.events(),
    queryFn: () => readJson<EventsData>(api.events.$get(undefined, auth(token))),
    refetchInterval: safetyRefetch,
  });
}

export function useWallResults(token: string, eventId: string | undefined) {
  return useQuery({
    queryKey: wallKeys.results(eventId ?? ""),
    queryFn: () =>
      readJson<ResultsData>(
        api.events[":id"].results.$get({ param: { id: eventId ?? "" } }, auth(token)),
      ),
    enabled: Boolean(eventId),
    refetchInterval: safetyRefetch,
  });
}

export type DistrictCollection = FeatureCollection<
  Geometry,
  { name: string; nameEn: string; isJimo: boolean }
>;

/** The offline basemap, a static file shipped with the app: fetched once, kept for good. */
export function useBasemap() {
  return useQuery({
    queryKey: wallKeys.basemap(),
    queryFn: async () => {
      const res = await fetch("/basemap/qingdao-districts.geojson");
      if (!res.ok) throw new ApiError(res.status, "http", res.statusText);
      return (await res.json()) as DistrictCollection;
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

export const isUnauthorized = (error: unknown) =>
  error instanceof ApiError && (error.status === 401 || error.code === "link_revoked");
