import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType, InferResponseType } from "hono/client";
import type { ProblemStateFilter } from "../../domain/problem-views";
import { api } from "./api-client";
import { sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";
import { readQuery } from "./read-query";

export type ProblemsResponse = InferResponseType<typeof api.problems.$get, 200>;
export type ProblemListItem = ProblemsResponse["problems"][number];
export type RaiseProblemBody = InferRequestType<
  (typeof api.projects)[":id"]["problems"]["$post"]
>["json"];
export type ProblemActionBody = InferRequestType<
  (typeof api.problems)[":id"]["actions"]["$post"]
>["json"];
export type ReplanBody = InferRequestType<
  (typeof api.projects)[":id"]["milestones"][":milestoneId"]["replan"]["$post"]
>["json"];

export const problemsQueryOptions = (filter: { state?: ProblemStateFilter; unit?: string }) =>
  readQuery<ProblemsResponse>(
    queryKeys.problemList(filter.state, filter.unit),
    sessionCredentials,
    (c) => c.problems.$get({ query: filter }),
  );

export const useProblems = (filter: { state?: ProblemStateFilter; unit?: string } = {}) =>
  useQuery(problemsQueryOptions(filter));

/**
 * One key per click, so a request the network repeats is stored once. getRandomValues, not
 * randomUUID: the LAN reaches the server over plain HTTP, where randomUUID is missing.
 */
const onceKey = () => ({
  "Idempotency-Key": Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join(""),
});

/** The project's light follows a problem: refresh projects (and the lists under them) at once. */
function useProjectWrite<V, R>(write: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.projects() }),
  });
}

export const useRaiseProblem = (projectId: string) =>
  useProjectWrite((body: RaiseProblemBody) =>
    readJson<{ problem: ProblemListItem }>(
      api.projects[":id"].problems.$post(
        { param: { id: projectId }, json: body },
        { headers: onceKey() },
      ),
    ),
  );

export const useProblemAction = () =>
  useProjectWrite(({ id, ...body }: ProblemActionBody & { id: string }) =>
    readJson<{ problem: ProblemListItem }>(
      api.problems[":id"].actions.$post({ param: { id }, json: body }, { headers: onceKey() }),
    ),
  );

export const useReplanMilestone = (projectId: string) =>
  useProjectWrite(({ milestoneId, ...body }: ReplanBody & { milestoneId: string }) =>
    readJson<unknown>(
      api.projects[":id"].milestones[":milestoneId"].replan.$post(
        { param: { id: projectId, milestoneId }, json: body },
        { headers: onceKey() },
      ),
    ),
  );
