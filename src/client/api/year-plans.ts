import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import type { Milestone, ProjectRecord } from "../../domain/project";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";

type Plans = (typeof api.projects)[":id"];
export type YearPlanBody = InferRequestType<Plans["year-plans"][":year"]["$put"]>["json"];
export type NewMilestoneBody = InferRequestType<Plans["milestones"]["$post"]>["json"];
export type MilestoneEditBody = InferRequestType<
  Plans["milestones"][":milestoneId"]["$patch"]
>["json"];
/** What a plan write answers (through the idempotency store, untyped). */
export type PlanWriteAnswer = { project: ProjectRecord; version: number; milestone?: Milestone };

/** One key per click (see problems.ts): a request the network repeats is stored once. */
const onceKey = () => ({
  "Idempotency-Key": Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join(""),
});
/** The version the page shows (If-Match): a change never silently overwrites someone else's. */
const writeHeaders = (version: number) => ({
  headers: { ...onceKey(), "If-Match": `"v${version}"` },
});

/**
 * A write to a project's plan: the project's page, its light, its change log and every list
 * refresh at once (they all sit under the projects key).
 */
function usePlanWrite<V>(write: (vars: V) => Promise<PlanWriteAnswer>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.projects() }),
  });
}

export const useSetYearPlan = (id: string, version: number) =>
  usePlanWrite(({ year, ...body }: YearPlanBody & { year: number }) =>
    readJson<PlanWriteAnswer>(
      api.projects[":id"]["year-plans"][":year"].$put(
        { param: { id, year: String(year) }, json: body },
        writeHeaders(version),
      ),
    ),
  );

export const useAddMilestone = (id: string, version: number) =>
  usePlanWrite((body: NewMilestoneBody) =>
    readJson<PlanWriteAnswer>(
      api.projects[":id"].milestones.$post({ param: { id }, json: body }, writeHeaders(version)),
    ),
  );

export const useEditMilestone = (id: string, version: number) =>
  usePlanWrite(({ milestoneId, ...body }: MilestoneEditBody & { milestoneId: string }) =>
    readJson<PlanWriteAnswer>(
      api.projects[":id"].milestones[":milestoneId"].$patch(
        { param: { id, milestoneId }, json: body },
        writeHeaders(version),
      ),
    ),
  );

export const useRemoveMilestone = (id: string, version: number) =>
  usePlanWrite(({ milestoneId, reason }: { milestoneId: string; reason: string }) =>
    readJson<PlanWriteAnswer>(
      api.projects[":id"].milestones[":milestoneId"].$delete(
        { param: { id, milestoneId }, json: { reason } },
        writeHeaders(version),
      ),
    ),
  );
