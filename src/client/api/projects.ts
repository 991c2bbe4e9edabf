import { queryOptions, useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";

export type ProjectsResponse = InferResponseType<typeof api.projects.$get, 200>;
export type ProjectResponse = InferResponseType<(typeof api.projects)[":id"]["$get"], 200>;

export const projectsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.projectList(),
    queryFn: () => readJson<ProjectsResponse>(api.projects.$get()),
  });

export const useProjects = () => useQuery(projectsQueryOptions());

export const projectQueryOptions = (id: string) =>
  queryOptions({
    queryKey: queryKeys.projectDetail(id),
    queryFn: () => readJson<ProjectResponse>(api.projects[":id"].$get({ param: { id } })),
  });

export const useProject = (id: string) => useQuery(projectQueryOptions(id));
