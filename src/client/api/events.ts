import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { defaultEvent } from "../../domain/default-event";
import { api } from "./api-client";
import { type Credentials, sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readQuery } from "./read-query";

const eventById = api.events[":id"];
export type EventsResponse = InferResponseType<typeof api.events.$get, 200>;
export type EventResponse = InferResponseType<typeof eventById.$get, 200>;
export type ResultsResponse = InferResponseType<typeof eventById.results.$get, 200>;
export type SheetsResponse = InferResponseType<typeof eventById.sheets.$get, 200>;
export type AuditResponse = InferResponseType<typeof eventById.audit.$get, 200>;
export type LinksResponse = InferResponseType<typeof eventById.links.$get, 200>;
export type QualityResponse = InferResponseType<typeof eventById.quality.$get, 200>;
export type DoubleEntryList = InferResponseType<(typeof eventById)["double-entry"]["$get"], 200>;

const as = sessionCredentials;

export const eventsQueryOptions = (credentials: Credentials = as) =>
  readQuery<EventsResponse>(queryKeys.eventList(), credentials, (c) => c.events.$get());

export const eventQueryOptions = (id: string, credentials: Credentials = as) =>
  readQuery<EventResponse>(queryKeys.eventDetail(id), credentials, (c) =>
    c.events[":id"].$get({ param: { id } }),
  );

export const resultsQueryOptions = (id: string, credentials: Credentials = as) =>
  readQuery<ResultsResponse>(queryKeys.eventResults(id), credentials, (c) =>
    c.events[":id"].results.$get({ param: { id } }),
  );

export const sheetsQueryOptions = (id: string, credentials: Credentials = as) =>
  readQuery<SheetsResponse>(queryKeys.eventSheets(id), credentials, (c) =>
    c.events[":id"].sheets.$get({ param: { id } }),
  );

export const auditQueryOptions = (id: string) =>
  readQuery<AuditResponse>(queryKeys.eventAudit(id), as, (c) =>
    c.events[":id"].audit.$get({ param: { id }, query: {} }),
  );

export const linksQueryOptions = (id: string) =>
  readQuery<LinksResponse>(queryKeys.eventLinks(id), as, (c) =>
    c.events[":id"].links.$get({ param: { id } }),
  );

/** Keyed under the event, so a live sheet change invalidates it with the results. */
export const qualityQueryOptions = (id: string) =>
  readQuery<QualityResponse>(queryKeys.eventQuality(id), as, (c) =>
    c.events[":id"].quality.$get({ param: { id } }),
  );

/** Keyings waiting for a second pass and mismatches waiting for review (values only for reviewers). */
export const doubleEntryQueryOptions = (id: string) =>
  readQuery<DoubleEntryList>(queryKeys.eventDoubleEntry(id), as, (c) =>
    c.events[":id"]["double-entry"].$get({ param: { id } }),
  );

export const useEvents = (credentials: Credentials = as) =>
  useQuery(eventsQueryOptions(credentials));
export const useEvent = (id: string | undefined, credentials: Credentials = as) =>
  useQuery({ ...eventQueryOptions(id ?? "", credentials), enabled: Boolean(id) });
export const useResults = (id: string | undefined, credentials: Credentials = as) =>
  useQuery({ ...resultsQueryOptions(id ?? "", credentials), enabled: Boolean(id) });
export const useSheets = (id: string | undefined, credentials: Credentials = as) =>
  useQuery({ ...sheetsQueryOptions(id ?? "", credentials), enabled: Boolean(id) });

/** The event a page shows: the one the address names, else the default by the one rule. */
export function useCurrentEventId(requested?: string): string | undefined {
  const events = useEvents();
  if (requested) return requested;
  return defaultEvent(events.data?.events ?? [])?.id;
}
