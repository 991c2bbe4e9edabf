import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { defineMessages, text } from "../../domain/i18n";
import { idSchema } from "../../domain/ids";
import {
  isReplanRefusal,
  type ReplanRefusal,
  replanMilestone,
  replanRefusalText,
} from "../../domain/milestone-replan";
import {
  isRefusal,
  mayActOnProblem,
  type ProblemAction,
  type ProblemActor,
  problemAction,
  problemRefusalText,
} from "../../domain/problem-lifecycle";
import { problemStanding } from "../../domain/problem-standing";
import {
  milestoneResponseSchema,
  type ProblemListItem,
  problemActionBodySchema,
  problemListResponseSchema,
  problemResponseSchema,
  problemStateFilterSchema,
  problemStateFilters,
  raiseProblemSchema,
  replanBodySchema,
} from "../../domain/problem-views";
import type { Problem, ProjectRecord } from "../../domain/project";
import { documented, writeHeaders } from "../api-doc";
import { apiError, requestLang } from "../api-error";
import { type Actor, type AppEnv, actorLabel, roleOf } from "../auth/actor";
import { onceByBody } from "../idempotency";
import { changesAfterCommit } from "../live/after-commit";
import type { ChangeFeed } from "../live/change-feed";
import type { IdempotencyStore } from "../store/idempotency-store";
import type { ProblemWrites } from "../store/problem-writes";
import type { ReadStore } from "../store/read-store";
import { validate } from "../validate";

type Deps = {
  store: ReadStore;
  problemWrites: ProblemWrites;
  idempotency: IdempotencyStore;
  feed: ChangeFeed;
};

const messages = defineMessages({
  zh: {
    project_not_found: "找不到该项目：{id}",
    problem_not_found: "找不到该问题：{id}",
    milestone_not_found: "项目中没有这个节点：{id}",
    due_before_raised: "办结时限（{due}）不能早于交办日期（数据截至 {asOf}）。",
    replan_not_permitted: "只有工作人员或管理员可以调整节点计划。",
    problem_raise_not_permitted: "只有工作人员或管理员可以交办问题。",
  },
  en: {
    project_not_found: "No project with id {id}.",
    problem_not_found: "No problem with id {id}.",
    milestone_not_found: "The project has no milestone {id}.",
    due_before_raised:
      "The due date ({due}) cannot be before the date it is raised (data as of {asOf}).",
    replan_not_permitted: "Only staff or an admin may replan a milestone.",
    problem_raise_not_permitted: "Only staff or an admin may raise a problem.",
  },
});
type Code = keyof typeof messages.zh;

type Outcome = { status: ContentfulStatusCode; body: unknown; headers?: Record<string, string> };
const refuse = (
  _c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
): Outcome => ({ status, body: { error: { code, message } } });
const refuseWith = (
  c: Context,
  status: ContentfulStatusCode,
  code: Code,
  params: Record<string, string> = {},
) => refuse(c, status, code, text(messages, code, requestLang(c), params));

/**
 * The actor as the problem rules see it. A responsible-unit account carries the unit it reports
 * for; other accounts have none.
 */
export function problemActorOf(actor: Actor): ProblemActor {
  const role = roleOf(actor) ?? "";
  return { role, unit: actor.kind === "user" ? (actor.user.unit ?? null) : null };
}

/** A problem's version for If-Match: one more with each step of its history. */
const versionOf = (p: Problem) => (p.history?.length ?? 0) + 1;
const etag = (p: Problem) => `"v${versionOf(p)}"`;
function ifMatchVersion(header: string | undefined): number | undefined | "invalid" {
  if (!header || header.trim() === "*") return undefined;
  const match = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return match ? Number(match[1]) : "invalid";
}

/** English name of a unit as the seed writes it, where it knows one. */
function unitEn(unit: string, projects: ProjectRecord[]): string {
  for (const p of projects) {
    if (p.responsibleUnit === unit) return p.responsibleUnitEn;
    const q = p.problems.find((x) => x.ownerUnit === unit);
    if (q) return q.ownerUnitEn;
  }
  return unit;
}

const id = idSchema();
const tags = ["problems"];
const listQuery = z.object({
  state: problemStateFilterSchema.optional(),
  /** The unit a problem is assigned to (its 责任单位). */
  unit: z.string().trim().min(1).max(100).optional(),
});

/** Staff raising problems on a project, and replanning its milestones. */
export function projectProblemRoutes({ store, problemWrites, idempotency, feed }: Deps) {
  return new Hono<AppEnv>()
    .post(
      "/:id/problems",
      documented({
        summary: "Raise a problem (交办) on a project: title, type, responsible unit, due date",
        description:
          "Staff and admins. Raised on 数据截至; the due date may not be earlier. Honours Idempotency-Key.",
        tags,
        answers: { 201: problemResponseSchema },
        errors: [400, 404, 422],
        headers: writeHeaders,
      }),
      validate("param", z.object({ id: idSchema("a project id") })),
      validate("json", raiseProblemSchema),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { id: projectId } = c.req.valid("param");
        const input = c.req.valid("json");
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          if (!mayActOnProblem(problemActorOf(actor), "raise", ""))
            return refuseWith(c, 403, "problem_raise_not_permitted");
          const project = await store.getProject(projectId);
          if (!project) return refuseWith(c, 404, "project_not_found", { id: projectId });
          const { asOf } = await store.meta();
          if (input.dueDate < asOf)
            return refuseWith(c, 400, "due_before_raised", { due: input.dueDate, asOf });
          const { id: problemId, position } = await problemWrites.nextId(projectId);
          const at = new Date().toISOString();
          const label = actorLabel(actor);
          const problem: Problem = {
            id: problemId,
            description: input.title,
            descriptionEn: input.titleEn ?? input.title,
            type: input.type,
            ownerUnit: input.unit,
            ownerUnitEn: unitEn(input.unit, await store.listProjects()),
            raisedDate: asOf,
            dueDate: input.dueDate,
            status: "open",
            resolvedDate: null,
            history: [{ at, actor: label, action: "raise" }],
          };
          await problemWrites.raise(projectId, problem, position, label);
          changes.add({ type: "projects" });
          return { status: 201, body: { problem }, headers: { ETag: etag(problem) } };
        });
        changes.publish();
        return answered;
      },
    )
    .post(
      "/:id/milestones/:milestoneId/replan",
      documented({
        summary: "Replan a milestone: a new planned date with a reason; the first plan is kept",
        description: "Staff and admins. Audited. Honours Idempotency-Key.",
        tags,
        answers: { 200: milestoneResponseSchema },
        errors: [400, 404, 409, 422],
        headers: writeHeaders,
      }),
      validate(
        "param",
        z.object({ id: idSchema("a project id"), milestoneId: z.string().min(1).max(64) }),
      ),
      validate("json", replanBodySchema),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { id: projectId, milestoneId } = c.req.valid("param");
        const { plannedDate, reason } = c.req.valid("json");
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          // Replanning is staff work, like raising: the same rule decides.
          if (!mayActOnProblem(problemActorOf(actor), "raise", ""))
            return refuseWith(c, 403, "replan_not_permitted");
          if (!(await store.getProject(projectId)))
            return refuseWith(c, 404, "project_not_found", { id: projectId });
          const before = await problemWrites.milestone(projectId, milestoneId);
          if (!before) return refuseWith(c, 404, "milestone_not_found", { id: milestoneId });
          const label = actorLabel(actor);
          const after = replanMilestone(
            before,
            plannedDate,
            reason,
            label,
            new Date().toISOString(),
          );
          if (isReplanRefusal(after)) return replanRefused(c, after);
          await problemWrites.replan(projectId, before, after, label, reason ?? "");
          changes.add({ type: "projects" });
          return { status: 200, body: { milestone: after } };
        });
        changes.publish();
        return answered;
      },
    );
}

function replanRefused(c: Context, refusal: ReplanRefusal): Outcome {
  const status = refusal.refused === "replan_reason_required" ? 400 : 409;
  return refuse(c, status, refusal.refused, replanRefusalText(refusal, requestLang(c)));
}

/** The problem list across projects, and the steps of a problem's life. */
export function problemRoutes({ store, problemWrites, idempotency, feed }: Deps) {
  return new Hono<AppEnv>()
    .get(
      "/",
      documented({
        summary: "Problems across projects, with days open, days overdue and escalation (督办)",
        description:
          "state: open (not yet closed, including awaiting closure), overdue, escalated (overdue by more than the status rule escalateProblemAfterDays), closed. unit: the unit a problem is assigned to.",
        tags,
        answers: { 200: problemListResponseSchema },
        errors: [400],
      }),
      validate("query", listQuery),
      async (c) => {
        const { state, unit } = c.req.valid("query");
        const { asOf, statusRules } = await store.meta();
        const problems: ProblemListItem[] = (await store.listCurrentProjects()).flatMap((project) =>
          project.problems.map((problem) => ({
            ...problem,
            projectId: project.id,
            projectName: project.name,
            projectNameEn: project.nameEn,
            projectUnit: project.responsibleUnit,
            ...problemStanding(problem, asOf, statusRules),
          })),
        );
        const chosen = problems
          .filter((p) => !unit || p.ownerUnit === unit)
          .filter((p) => !state || problemStateFilters[state](p))
          .sort((a, b) => b.overdueDays - a.overdueDays || a.dueDate.localeCompare(b.dueDate));
        return c.json({
          asOf,
          escalateProblemAfterDays: statusRules.escalateProblemAfterDays,
          problems: chosen,
        });
      },
    )
    .post(
      "/:id/actions",
      documented({
        summary:
          "A step in a problem's life: resolve (申请销号, with a note), close (销号), return or reopen (with a reason)",
        description:
          "Staff and admins may take every step; a responsible-unit account may resolve problems on its own unit's projects. Honours Idempotency-Key and If-Match (the problem's ETag, \"v<n>\").",
        tags,
        answers: { 200: problemResponseSchema },
        errors: [400, 404, 409, 412, 422],
        headers: [...writeHeaders, "If-Match"],
      }),
      validate("param", z.object({ id })),
      validate("json", problemActionBodySchema),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { id: problemId } = c.req.valid("param");
        const { action, note } = c.req.valid("json");
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const lang = requestLang(c);
          const stored = await problemWrites.find(problemId);
          const project = stored && (await store.getProject(stored.projectId));
          if (!stored || !project)
            return refuseWith(c, 404, "problem_not_found", { id: problemId });
          if (!mayActOnProblem(problemActorOf(actor), action, project.responsibleUnit))
            return refuse(
              c,
              403,
              "problem_not_permitted",
              problemRefusalText({ refused: "problem_not_permitted", params: { action } }, lang),
            );
          const wanted = ifMatchVersion(c.req.header("if-match"));
          if (wanted === "invalid")
            return refuse(c, 400, "invalid_parameter", text(ifMatchMessages, "invalid", lang));
          if (wanted !== undefined && wanted !== versionOf(stored.problem))
            return refuse(
              c,
              412,
              "version_conflict",
              text(ifMatchMessages, "stale", lang, {
                current: String(versionOf(stored.problem)),
              }),
            );
          const label = actorLabel(actor);
          const after = problemAction(
            stored.problem,
            action as ProblemAction,
            label,
            note,
            new Date().toISOString(),
            (await store.meta()).asOf,
          );
          if (isRefusal(after))
            return refuse(
              c,
              after.refused === "problem_note_required" ? 400 : 409,
              after.refused,
              problemRefusalText(after, lang),
            );
          await problemWrites.change(
            stored.projectId,
            stored.problem,
            after,
            action,
            label,
            note ?? null,
          );
          changes.add({ type: "projects" });
          return { status: 200, body: { problem: after }, headers: { ETag: etag(after) } };
        });
        changes.publish();
        return answered;
      },
    );
}

const ifMatchMessages = defineMessages({
  zh: {
    invalid: '请求参数不正确：If-Match 应为形如 "v3" 的版本标记。',
    stale: "该问题已被他人处理（当前版本 {current}），请刷新后再操作。",
  },
  en: {
    invalid: 'Invalid request parameter: If-Match expects an ETag like "v3".',
    stale: "Someone else has acted on this problem (now version {current}). Reload and try again.",
  },
});
