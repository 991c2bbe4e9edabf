import { QueryClient, useQuery } from "@tanstack/react-query";
import { displayCredentials } from "../../api/credentials";
import { type DispatchResponse, dispatchQueryOptions } from "../../api/dispatch";
import {
  type EventsResponse,
  eventsQueryOptions,
  type ResultsResponse,
  resultsQueryOptions,
} from "../../api/events";
import {
  type ProjectResponse,
  type ProjectsResponse,
  projectQueryOptions,
  projectsQueryOptions,
} from "../../api/projects";
import { isAccessRevoked } from "../../api/read-json";
import { basemapQueryOptions } from "../../api/static-files";
import { useCategoryBook } from "../../lib/use-category-book";

export type ProjectsData = ProjectsResponse;
export type WallProject = ProjectsData["projects"][number];
export type ProjectData = ProjectResponse;
export type EventsData = EventsResponse;
export type WallEvent = EventsData["events"][number];
export type ResultsData = ResultsResponse;
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
        retry: (count, error) => !isAccessRevoked(error) && count < 2,
      },
    },
  });
}

// Every 5 minutes even with the stream up, so a change missed in a reconnect gap does not linger.
const safetyRefetch = 5 * 60_000;

export function useWallProjects(token: string) {
  return useQuery({
    ...projectsQueryOptions(displayCredentials(token)),
    refetchInterval: safetyRefetch,
  });
}

export function useWallProject(token: string, id: string | undefined) {
  return useQuery({
    ...projectQueryOptions(id ?? "", displayCredentials(token)),
    enabled: Boolean(id),
    staleTime: safetyRefetch,
  });
}

/** The district's categories, read with the screen's token (the seed's two until they load). */
export const useWallCategories = (token: string) => useCategoryBook(displayCredentials(token));

export function useWallEvents(token: string) {
  return useQuery({
    ...eventsQueryOptions(displayCredentials(token)),
    refetchInterval: safetyRefetch,
  });
}

export function useWallResults(token: string, eventId: string | undefined) {
  return useQuery({
    ...resultsQueryOptions(eventId ?? "", displayCredentials(token)),
    enabled: Boolean(eventId),
    refetchInterval: safetyRefetch,
  });
}

/**
 * The latest 旬's dispatch agenda, only when the rotation has the dispatch panel. Its key sits under
 * the projects' key, so the live stream's "reports" and "projects" changes refetch it.
 */
export function useWallDispatch(token: string, period: string | undefined, wanted: boolean) {
  return useQuery({
    ...dispatchQueryOptions(period ?? "", displayCredentials(token)),
    enabled: wanted && Boolean(period),
    refetchInterval: safetyRefetch,
    // When 数据截至 moves on to the next 旬, the old agenda stays up until the new one is here.
    placeholderData: (previous) => previous,
  });
}
export type DispatchData = DispatchResponse;

export type { DistrictCollection } from "../../api/static-files";

/** The offline basemap, a static file shipped with the app: fetched once, kept for good. */
export const useBasemap = () => useQuery(basemapQueryOptions());

/** The display token was revoked: the screen says so instead of retrying. */
export const isUnauthorized = isAccessRevoked;
