import { queryOptions, useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type { api } from "./api-client";
import { sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readQuery } from "./read-query";

export type SettingsResponse = InferResponseType<typeof api.settings.$get, 200>;

/** Deployment settings (which online basemaps are allowed); they change only with a restart. */
export const settingsQueryOptions = () =>
  queryOptions({
    ...readQuery<SettingsResponse>(queryKeys.settings(), sessionCredentials, (c) =>
      c.settings.$get(),
    ),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSettings = () => useQuery(settingsQueryOptions());
