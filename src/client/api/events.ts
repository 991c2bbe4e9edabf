import { queryOptions, useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { defaultEvent } from "../../domain/default-event";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";

const eventById = api.events[":id"];
export type EventsResponse = InferResponseType<typeof api.events.$get, 200>;
export type EventResponse = InferResponseType<typeof eventById.$get, 200>;
export type ResultsResponse = InferResponseType<typeof eventById.results.$get, 200>;
export type SheetsResponse = InferResponseType<typeof eventById.sheets.$get, 200>;

export const eventsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.eventList(),
    queryFn: () => readJson<EventsResponse>(api.events.$get()),
  });
export const useEvents = () => useQuery(eventsQueryOptions());

export const eventQueryOptions = (id: string) =>
  queryOptions({
    queryKey: queryKeys.eventDetail(id),
    queryFn: () => readJson<EventResponse>(eventById.$get({ param: { id } })),
  });
export const useEvent = (id: string | undefined) =>
  useQuery({ ...eventQueryOptions(id ?? ""), enabled: Boolean(id) });

export const resultsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: queryKeys.eventResults(id),
    queryFn: () => readJson<ResultsResponse>(eventById.results.$get({ param: { id } })),
  });
export const useResults = (id: string | undefined) =>
  useQuery({ ...resultsQueryOptions(id ?? ""), enabled: Boolean(id) });

export const sheetsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: queryKeys.eventSheets(id),
    queryFn: () => readJson<SheetsResponse>(eventById.sheets.$get({ param: { id } })),
  });
export const useSheets = (id: string | undefined) =>
  useQuery({ ...sheetsQueryOptions(id ?? ""), enabled: Boolean(id) });

/** The event a page shows: the one the address names, else the default by the one rule. */
export function useCurrentEventId(requested?: string): string | undefined {
  const events = useEvents();
  if (requested) return requested;
  return defaultEvent(events.data?.events ?? [])?.id;
}
