import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType, InferResponseType } from "hono/client";
import type { ProjectRecord } from "../../domain/project";
import { api } from "./api-client";
import { type Credentials, sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";
import { readQuery } from "./read-query";

export type CategoriesResponse = InferResponseType<typeof api.categories.$get, 200>;
export type CategoryItem = CategoriesResponse["categories"][number];
export type NewProjectBody = InferRequestType<typeof api.projects.$post>["json"];
/** What a project write answers (its route answers through the idempotency store, untyped). */
export type ProjectWriteAnswer = {
  project: ProjectRecord;
  version: number;
  archivedAt: string | null;
  /** Accepted, but worth a second look: a point outside the district. */
  warnings: { field: string; code: string; message: string }[];
};

export const categoriesQueryOptions = (credentials: Credentials = sessionCredentials) =>
  readQuery<CategoriesResponse>(queryKeys.categories(), credentials, (c) => c.categories.$get());

/** The district's categories (names, order, colours), for pickers and labels. */
export const useCategories = () => useQuery(categoriesQueryOptions());

/** One key per click (see problems.ts): a request the network repeats is stored once. */
const onceKey = () => ({
  "Idempotency-Key": Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join(""),
});

/** 新建项目: the list, the map and the wall refresh as soon as it is stored. */
export function useCreateProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProjectBody) =>
      readJson<ProjectWriteAnswer>(api.projects.$post({ json: body }, { headers: onceKey() })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.projects() }),
  });
}

export type ProjectEditBody = InferRequestType<(typeof api.projects)[":id"]["$put"]>["json"];

/** The archived projects (GET /api/projects?archived=only), for staff to find and restore. */
export const archivedProjectsQueryOptions = () =>
  readQuery<InferResponseType<typeof api.projects.$get, 200>>(
    queryKeys.archivedProjects(),
    sessionCredentials,
    (c) => c.projects.$get({ query: { archived: "only" } }),
  );
export const useArchivedProjects = (enabled: boolean) =>
  useQuery({ ...archivedProjectsQueryOptions(), enabled });

/**
 * 编辑: only the fields that changed, with the version the form was opened at (If-Match), so
 * an edit never silently overwrites someone else's.
 */
export function useEditProject(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: ProjectEditBody; version: number }) =>
      readJson<ProjectWriteAnswer>(
        api.projects[":id"].$put(
          { param: { id }, json: body },
          { headers: { ...onceKey(), "If-Match": `"v${version}"` } },
        ),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.projects() }),
  });
}

/** 归档 (with its reason) or restore: the lists, the map and the wall follow at once. */
export function useArchiveProject(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ archive, reason }: { archive: boolean; reason: string }) =>
      readJson<ProjectWriteAnswer>(
        archive
          ? api.projects[":id"].archive.$post(
              { param: { id }, json: { reason } },
              { headers: onceKey() },
            )
          : api.projects[":id"].restore.$post(
              { param: { id }, json: reason ? { reason } : {} },
              { headers: onceKey() },
            ),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.projects() }),
  });
}

export type ProjectHistory = InferResponseType<
  (typeof api.projects)[":id"]["history"]["$get"],
  200
>;
/** 修改记录: who changed the project, when, from what to what, and why. */
export const useProjectHistory = (id: string, enabled: boolean) =>
  useQuery({
    ...readQuery<ProjectHistory>(queryKeys.projectHistory(id), sessionCredentials, (c) =>
      c.projects[":id"].history.$get({ param: { id } }),
    ),
    enabled,
  });
