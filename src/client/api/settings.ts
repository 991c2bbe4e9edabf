import { queryOptions, useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";

export type SettingsResponse = InferResponseType<typeof api.settings.$get, 200>;

/** Deployment settings (which online basemaps are allowed); they change only with a restart. */
export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.settings(),
    queryFn: () => readJson<SettingsResponse>(api.settings.$get()),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSettings = () => useQuery(settingsQueryOptions());
