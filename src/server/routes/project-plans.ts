import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { defineMessages, text } from "../../domain/i18n";
import { idSchema } from "../../domain/ids";
import { isReplanRefusal, replanMilestone, replanRefusalText } from "../../domain/milestone-replan";
import { type Milestone, milestoneSchema, projectRecordSchema } from "../../domain/project";
import {
  isPlanRefusal,
  milestoneEditSchema,
  milestoneRemoval,
  newMilestone,
  newMilestoneSchema,
  nextMilestoneId,
  type PlanRefusal,
  planRefusalText,
  yearParamSchema,
  yearPlanBodySchema,
  yearPlanChange,
} from "../../domain/project-plans";
import { recordedYearPlan, withYearPlan, yearOfDate } from "../../domain/year-plan";
import { documented, writeHeaders } from "../api-doc";
import { apiError, requestLang } from "../api-error";
import { type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { onceByBody } from "../idempotency";
import { changesAfterCommit } from "../live/after-commit";
import type { ChangeFeed } from "../live/change-feed";
import type { IdempotencyStore } from "../store/idempotency-store";
import type { PlanWrites } from "../store/plan-writes";
import type { ReadStore } from "../store/read-store";
import { validate } from "../validate";
import { fieldRefusal } from "./categories";
import { parseIfMatch } from "./project-admin";

type Deps = {
  store: ReadStore;
  planWrites: PlanWrites;
  idempotency: IdempotencyStore;
  feed: ChangeFeed;
};

const messages = defineMessages({
  zh: {
    project_not_found: "找不到该项目：{id}",
    milestone_not_found: "项目中没有这个节点：{id}",
    project_version_conflict: "该项目已被他人修改（当前版本 {current}），请刷新后再改。",
    invalid_if_match: 'If-Match 应为形如 "v3" 的版本号。',
  },
  en: {
    project_not_found: "No project with id {id}.",
    milestone_not_found: "The project has no milestone {id}.",
    project_version_conflict:
      "Someone else has changed this project (now version {current}); reload and edit again.",
    invalid_if_match: 'If-Match: expected a version like "v3".',
  },
});
type Code = keyof typeof messages.zh;

const planAnswer = z.object({
  project: projectRecordSchema,
  version: z.number().int(),
  /** The milestone added or changed, where there is one. */
  milestone: milestoneSchema.optional(),
});
const projectParam = z.object({ id: idSchema("a project id") });
const yearParam = z.object({ id: idSchema("a project id"), year: yearParamSchema });
const milestoneParam = z.object({
  id: idSchema("a project id"),
  milestoneId: z.string().min(1).max(64),
});
const removeBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });
const tags = ["projects"];
const headers = [...writeHeaders, "If-Match"];

/**
 * The year's plan per year, edited in the app (staff and admins): a year's 年度计划投资 and the
 * milestones planned in it. Every write checks the project's version (If-Match), is audited under
 * the project and refreshes every screen at once.
 */
export function projectPlanRoutes({ store, planWrites, idempotency, feed }: Deps) {
  const refuse = (
    c: Context,
    status: ContentfulStatusCode,
    code: Code,
    params: Record<string, string> = {},
  ) => ({
    status,
    body: { error: { code, message: text(messages, code, requestLang(c), params) } },
  });
  const refusedPlan = (c: Context, r: PlanRefusal, status: ContentfulStatusCode) =>
    fieldRefusal(status, r.refused, r.field, planRefusalText(r, requestLang(c)));
  const answer = async (id: string, status: ContentfulStatusCode, milestone?: Milestone) => {
    const version = (await store.projectState(id))?.version ?? 1;
    return {
      status,
      body: { project: await store.getProject(id), version, ...(milestone ? { milestone } : {}) },
      headers: { ETag: `"v${version}"` },
    };
  };
  /**
   * The project and, when If-Match names a version, that it is still the current one; otherwise
   * the refusal to answer with.
   */
  const current = async (c: Context, id: string) => {
    const project = await store.getProject(id);
    const state = await store.projectState(id);
    if (!project || !state) return { refusal: refuse(c, 404, "project_not_found", { id }) };
    const ifMatch = parseIfMatch(c.req.header("if-match"));
    if (ifMatch === "invalid") return { refusal: refuse(c, 400, "invalid_if_match") };
    if (ifMatch !== undefined && ifMatch !== state.version)
      return {
        refusal: refuse(c, 412, "project_version_conflict", { current: String(state.version) }),
      };
    return { project };
  };
  const staffOnly = requireRole("staff", "admin");

  return new Hono<AppEnv>()
    .put(
      "/:id/year-plans/:year",
      documented({
        summary: "Set one year's 年度计划投资 (亿元); changing a plan already made needs a reason",
        description:
          'Staff and admins. The year 数据截至 falls in also sets yearPlanInvestment (what lights and KPIs read). The same plan again changes nothing. 400 year_plan_reason_required (field reason) for a change without one. Honours If-Match ("v3", the project\'s version) and Idempotency-Key. Audited with before → after.',
        tags,
        answers: { 200: planAnswer },
        errors: [400, 404, 412, 413, 422],
        headers,
      }),
      staffOnly,
      validate("param", yearParam),
      validate("json", yearPlanBodySchema, { whole: "body" }),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { id, year } = c.req.valid("param");
        const { planInvestment, reason } = c.req.valid("json");
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const found = await current(c, id);
          if (!found.project) return found.refusal;
          const { project } = found;
          const currentYear = yearOfDate((await store.meta()).asOf);
          const change = yearPlanChange(project, year, planInvestment, reason, currentYear);
          if (isPlanRefusal(change)) return refusedPlan(c, change, 400);
          if (change === "ok") {
            const before =
              recordedYearPlan(project, year) ??
              (year === currentYear ? project.yearPlanInvestment : null);
            const plan = withYearPlan(project, year, planInvestment, currentYear);
            await planWrites.setYearPlan(
              project,
              year,
              plan,
              before,
              actorLabel(actor),
              reason || null,
            );
            changes.add({ type: "projects" });
          }
          return answer(id, 200);
        });
        changes.publish();
        return answered;
      },
    )
    .post(
      "/:id/milestones",
      documented({
        summary: "Add a milestone (节点) to a project: its name and planned date",
        description:
          "Staff and admins. nameEn defaults to name. The milestone gets the id m<n>. Honours If-Match (the project's version) and Idempotency-Key. Audited.",
        tags,
        answers: { 201: planAnswer },
        errors: [400, 404, 412, 413, 422],
        headers,
      }),
      staffOnly,
      validate("param", projectParam),
      validate("json", newMilestoneSchema, { whole: "body" }),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { id } = c.req.valid("param");
        const input = c.req.valid("json");
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const found = await current(c, id);
          if (!found.project) return found.refusal;
          const milestone = newMilestone(input, nextMilestoneId(found.project.milestones));
          await planWrites.addMilestone(id, milestone, actorLabel(actor));
          changes.add({ type: "projects" });
          return answer(id, 201, milestone);
        });
        changes.publish();
        return answered;
      },
    )
    .patch(
      "/:id/milestones/:milestoneId",
      documented({
        summary: "Rename a milestone, or replan it (a new planned date with a reason), or both",
        description:
          "Staff and admins. A replan keeps the first plan (originalPlannedDate) and lists every replan; it needs a reason (400 replan_reason_required) and a reached milestone cannot be replanned (409). A rename needs no reason. Honours If-Match (the project's version) and Idempotency-Key. Audited with before → after.",
        tags,
        answers: { 200: planAnswer },
        errors: [400, 404, 409, 412, 413, 422],
        headers,
      }),
      staffOnly,
      validate("param", milestoneParam),
      validate("json", milestoneEditSchema, { whole: "body" }),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { id, milestoneId } = c.req.valid("param");
        const { name, nameEn, plannedDate, reason } = c.req.valid("json");
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const found = await current(c, id);
          if (!found.project) return found.refusal;
          const before = found.project.milestones.find((m) => m.id === milestoneId);
          if (!before) return refuse(c, 404, "milestone_not_found", { id: milestoneId });
          const label = actorLabel(actor);
          let after: Milestone = {
            ...before,
            ...(name !== undefined ? { name } : {}),
            ...(nameEn !== undefined ? { nameEn } : {}),
          };
          if (plannedDate !== undefined && plannedDate !== before.plannedDate) {
            const replanned = replanMilestone(
              after,
              plannedDate,
              reason,
              label,
              new Date().toISOString(),
            );
            if (isReplanRefusal(replanned)) {
              const status = replanned.refused === "replan_reason_required" ? 400 : 409;
              const field = status === 400 ? "reason" : "plannedDate";
              return fieldRefusal(
                status,
                replanned.refused,
                field,
                replanRefusalText(replanned, requestLang(c)),
              );
            }
            after = replanned;
          }
          if (JSON.stringify(after) === JSON.stringify(before)) return answer(id, 200, before);
          await planWrites.changeMilestone(id, before, after, label, reason || null);
          changes.add({ type: "projects" });
          return answer(id, 200, after);
        });
        changes.publish();
        return answered;
      },
    )
    .delete(
      "/:id/milestones/:milestoneId",
      documented({
        summary: "Remove a milestone that was never reached, with a reason",
        description:
          "Staff and admins. A reached milestone is history: 409 milestone_reached_remove (rename it instead). The reason is asked because removing a planned milestone changes the plan. Honours If-Match (the project's version) and Idempotency-Key. Audited with what was removed.",
        tags,
        answers: { 200: planAnswer },
        errors: [400, 404, 409, 412, 413, 422],
        headers,
      }),
      staffOnly,
      validate("param", milestoneParam),
      validate("json", removeBody, { whole: "body" }),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { id, milestoneId } = c.req.valid("param");
        const { reason } = c.req.valid("json");
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const found = await current(c, id);
          if (!found.project) return found.refusal;
          const milestone = found.project.milestones.find((m) => m.id === milestoneId);
          if (!milestone) return refuse(c, 404, "milestone_not_found", { id: milestoneId });
          const removal = milestoneRemoval(milestone);
          if (isPlanRefusal(removal)) return refusedPlan(c, removal, 409);
          await planWrites.removeMilestone(id, milestone, actorLabel(actor), reason);
          changes.add({ type: "projects" });
          return answer(id, 200);
        });
        changes.publish();
        return answered;
      },
    );
}
