import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type { api } from "./api-client";
import { type Credentials, sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readQuery } from "./read-query";

export type DispatchResponse = InferResponseType<(typeof api.dispatch)[":period"]["$get"], 200>;
export type ProjectLightsResponse = InferResponseType<
  (typeof api.projects)[":id"]["lights"]["$get"],
  200
>;

export const dispatchQueryOptions = (
  period: string,
  credentials: Credentials = sessionCredentials,
) =>
  readQuery<DispatchResponse>(queryKeys.dispatch(period), credentials, (c) =>
    c.dispatch[":period"].$get({ param: { period } }),
  );

export const projectLightsQueryOptions = (id: string) =>
  readQuery<ProjectLightsResponse>(queryKeys.projectLights(id), sessionCredentials, (c) =>
    c.projects[":id"].lights.$get({ param: { id } }),
  );

export const useDispatch = (period: string) => useQuery(dispatchQueryOptions(period));
export const useProjectLights = (id: string) => useQuery(projectLightsQueryOptions(id));
