import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type { api } from "./api-client";
import { type Credentials, sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readQuery } from "./read-query";

export type ProjectsResponse = InferResponseType<typeof api.projects.$get, 200>;
export type ProjectResponse = InferResponseType<(typeof api.projects)[":id"]["$get"], 200>;

export const projectsQueryOptions = (credentials: Credentials = sessionCredentials) =>
  readQuery<ProjectsResponse>(queryKeys.projectList(), credentials, (c) => c.projects.$get());

export const projectQueryOptions = (id: string, credentials: Credentials = sessionCredentials) =>
  readQuery<ProjectResponse>(queryKeys.projectDetail(id), credentials, (c) =>
    c.projects[":id"].$get({ param: { id } }),
  );

export const useProjects = (credentials: Credentials = sessionCredentials) =>
  useQuery(projectsQueryOptions(credentials));

export const useProject = (id: string) => useQuery(projectQueryOptions(id));
