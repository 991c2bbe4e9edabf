import { queryOptions, useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../api/api-client";
import { queryKeys } from "../../../api/query-keys";
import { readJson } from "../../../api/read-json";

const quality = api.events[":id"].quality;
export type QualityResponse = InferResponseType<typeof quality.$get, 200>;

/** Keyed under the event, so a live sheet change invalidates it with the results. */
export const qualityQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: queryKeys.eventQuality(eventId),
    queryFn: () => readJson<QualityResponse>(quality.$get({ param: { id: eventId } })),
  });

export const useQuality = (eventId: string | undefined) =>
  useQuery({ ...qualityQueryOptions(eventId ?? ""), enabled: Boolean(eventId) });
