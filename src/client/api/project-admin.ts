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
