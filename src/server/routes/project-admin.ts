import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { outsideParts } from "../../domain/district-boundary";
import { defineMessages, text } from "../../domain/i18n";
import { idSchema } from "../../domain/ids";
import type { Geometry, LatLng } from "../../domain/project";
import { type ProjectRecord, projectRecordSchema } from "../../domain/project";
import {
  changedPlanFields,
  newProjectSchema,
  outsideDistrict,
  projectEditSchema,
  provenanceAfterEdit,
} from "../../domain/project-input";
import { documented, writeHeaders } from "../api-doc";
import { apiError, requestLang } from "../api-error";
import { type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { districtArea } from "../district-area";
import { onceByBody } from "../idempotency";
import type { ChangeFeed } from "../live/change-feed";
import type { AuditStore } from "../store/audit-store";
import type { CategoriesStore } from "../store/categories-store";
import type { IdempotencyStore } from "../store/idempotency-store";
import type { ProjectWrites } from "../store/project-writes";
import type { ReadStore } from "../store/read-store";
import { validate } from "../validate";
import { fieldRefusal } from "./categories";

type Deps = {
  store: ReadStore;
  audit: AuditStore;
  projectWrites: ProjectWrites;
  categories: CategoriesStore;
  idempotency: IdempotencyStore;
  feed: ChangeFeed;
};

const messages = defineMessages({
  zh: {
    project_not_found: "找不到该项目：{id}",
    project_exists: "已有编号为 {id} 的项目（{name}），请换一个编号。",
    category_unknown: "没有“{id}”这个类别；现有类别：{known}。",
    plan_reason_required: "修改{fields}属于调整计划，须填写理由。",
    project_version_conflict: "该项目已被他人修改（当前版本 {current}），请刷新后再改。",
    invalid_if_match: 'If-Match 应为形如 "v3" 的版本号。',
    already_archived: "该项目已归档。",
    not_archived: "该项目未归档，无需恢复。",
    outside_district: "位置（{lat}, {lng}）在即墨区范围之外，请核对经纬度是否填反或输错。",
    outside_district_shape: "所画的线或范围有部分在即墨区边界之外，请核对。",
    outside_unconfirmed:
      "{what}在即墨区边界之外。确属区外请勾选“确认位置在区外”后再保存，否则请改正位置。",
    outside_what_location: "位置（{lat}, {lng}）",
    outside_what_shape: "所画的线或范围",
    totalInvestment: "总投资",
    yearPlanInvestment: "年度计划投资",
    plannedCompletionDate: "计划竣工时间",
  },
  en: {
    project_not_found: "No project with id {id}.",
    project_exists: "There is already a project with id {id} ({name}); choose another id.",
    category_unknown: "There is no category “{id}”; the categories are: {known}.",
    plan_reason_required: "Changing {fields} changes the plan and needs a reason.",
    project_version_conflict:
      "Someone else has changed this project (now version {current}); reload and edit again.",
    invalid_if_match: 'If-Match: expected a version like "v3".',
    already_archived: "This project is already archived.",
    not_archived: "This project is not archived; there is nothing to restore.",
    outside_district:
      "The location ({lat}, {lng}) is outside Jimo District; check that latitude and longitude are not swapped or mistyped.",
    outside_district_shape:
      "Part of the drawn line or area lies outside Jimo District's boundary; please check it.",
    outside_unconfirmed:
      "{what} is outside Jimo District's boundary. If it really is, tick “confirm the place is outside” and save again; otherwise correct it.",
    outside_what_location: "The location ({lat}, {lng})",
    outside_what_shape: "The drawn line or area",
    totalInvestment: "total investment",
    yearPlanInvestment: "the year's planned investment",
    plannedCompletionDate: "the planned completion date",
  },
});
type Code = keyof typeof messages.zh;

const warningSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });
const projectAnswer = z.object({
  project: projectRecordSchema,
  version: z.number().int(),
  archivedAt: z.string().nullable(),
  /** Accepted, but worth a second look (a point outside the district). */
  warnings: z.array(warningSchema),
});
const reasonBody = z.object({ reason: z.string().trim().min(1).max(500) });
const restoreBody = z.object({ reason: z.string().trim().max(500).optional() });
const idParam = z.object({ id: idSchema("a project id") });
const historyAnswer = z.object({
  records: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      before: z.unknown(),
      after: z.unknown(),
      reason: z.string().nullable(),
    }),
  ),
});
const etag = (version: number) => `"v${version}"`;
const tags = ["projects"];

export function parseIfMatch(header: string | undefined): number | undefined | "invalid" {
  if (!header || header.trim() === "*") return undefined;
  const match = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return match ? Number(match[1]) : "invalid";
}

/** Creating, editing, archiving and restoring projects (staff and admins); every change audited. */
export function projectAdminRoutes({
  store,
  audit,
  projectWrites,
  categories,
  idempotency,
  feed,
}: Deps) {
  const say = (c: Context, code: Code, params: Record<string, string> = {}) =>
    text(messages, code, requestLang(c), params);
  const refuse = (
    c: Context,
    status: ContentfulStatusCode,
    code: Code,
    params: Record<string, string> = {},
  ) => ({ status, body: { error: { code, message: say(c, code, params) } } });

  const categoryRefusal = async (c: Context, id: string) => {
    const lang = requestLang(c);
    const known = (await categories.list())
      .map((k) => `${k.id}（${lang === "zh" ? k.name : k.nameEn}）`)
      .join(lang === "zh" ? "、" : ", ");
    return fieldRefusal(
      400,
      "category_unknown",
      "category",
      say(c, "category_unknown", { id, known }),
    );
  };
  /** Which parts of a placement are outside: the real boundary, or the box if the file is missing. */
  const outside = (place: { location?: LatLng; geometry?: Geometry }) => {
    const area = districtArea();
    if (area) return outsideParts(place, area);
    return place.location && outsideDistrict(place.location) ? ["location" as const] : [];
  };
  const warningsFor = (c: Context, p: ProjectRecord) =>
    outside(p).map((part) =>
      part === "location"
        ? {
            field: "location",
            code: "outside_district",
            message: say(c, "outside_district", {
              lat: String(p.location.lat),
              lng: String(p.location.lng),
            }),
          }
        : {
            field: "geometry",
            code: "outside_district",
            message: say(c, "outside_district_shape"),
          },
    );
  /**
   * A place outside the boundary is stored only once the user has confirmed it: usually it is a
   * typo (swapped lat/lng, a digit off) or a slip of the mouse, not a project in a neighbour.
   */
  const unconfirmedOutside = (
    c: Context,
    place: { location?: LatLng; geometry?: Geometry },
    confirmed: boolean | undefined,
  ) => {
    if (confirmed) return null;
    const [part] = outside(place);
    if (!part) return null;
    const what =
      part === "location" && place.location
        ? say(c, "outside_what_location", {
            lat: String(place.location.lat),
            lng: String(place.location.lng),
          })
        : say(c, "outside_what_shape");
    return fieldRefusal(422, "outside_district", part, say(c, "outside_unconfirmed", { what }));
  };
  const answer = async (c: Context, id: string, status: ContentfulStatusCode) => {
    const project = (await store.getProject(id)) as ProjectRecord;
    const state = (await projectWrites.state(id)) ?? { version: 1, archivedAt: null };
    return {
      status,
      body: { project, ...state, warnings: warningsFor(c, project) },
      headers: { ETag: etag(state.version) },
    };
  };

  /** Archive (`true`, with its reason) or restore (`false`): audited, once per Idempotency-Key. */
  const moveArchive = async (
    c: Context<AppEnv>,
    id: string,
    reason: string | null,
    archive: boolean,
  ) => {
    const actor = c.get("actor");
    if (!actor) return apiError(c, 401, "unauthenticated");
    let changed = false;
    const response = await onceByBody(c, idempotency, actorLabel(actor), async () => {
      const state = await projectWrites.state(id);
      if (!state) return refuse(c, 404, "project_not_found", { id });
      if (archive && state.archivedAt) return refuse(c, 409, "already_archived");
      if (!archive && !state.archivedAt) return refuse(c, 409, "not_archived");
      const at = archive ? new Date().toISOString() : null;
      await projectWrites.setArchived(id, at, actorLabel(actor), reason);
      changed = true;
      return answer(c, id, 200);
    });
    // Pages hear of the change once it is committed.
    if (changed) feed.publish({ type: "projects" });
    return response;
  };

  // Per route, not .use(): mounted beside the read routes under /projects, a .use() would guard them too.
  const staffOnly = requireRole("staff", "admin");
  return new Hono<AppEnv>()
    .get(
      "/:id/history",
      documented({
        summary: "A project's change log (修改记录): who, when, before → after, why; newest first",
        description:
          "Staff, admins and leaders. Creation, edits, archiving and restoring, year plans and milestones (added, renamed, replanned, removed).",
        tags,
        answers: { 200: historyAnswer },
        errors: [404],
      }),
      requireRole("staff", "admin", "leader"),
      validate("param", idParam),
      async (c) => {
        const { id } = c.req.valid("param");
        if (!(await store.getProject(id)))
          return c.json(refuse(c, 404, "project_not_found", { id }).body, 404);
        // Milestones replanned through 旬报 are traced under the milestone; they are the project's too.
        const records = [
          ...(await audit.listSubject(`project:${id}`)),
          ...(await audit.listSubjectPrefix(`milestone:${id}/`)),
        ]
          .sort((a, b) => b.id - a.id)
          .map(({ eventId: _e, subject: _s, ...r }) => r);
        return c.json({ records }, 200);
      },
    )
    .post(
      "/",
      documented({
        summary: "Add a project to the list (项目库): the record as in the seed, without history",
        description:
          "Staff and admins. reports, milestones and problems default to empty; provenance to entered in the app. The category must exist (GET /api/categories). A location or a line/area vertex outside the district boundary is refused (422 outside_district, by field) unless confirmOutside is true; then stored and answered in warnings. 400 with details.issues per field; 409 for an id in use. Audited. Honours Idempotency-Key.",
        tags,
        answers: { 201: projectAnswer },
        errors: [400, 409, 413, 422],
        headers: writeHeaders,
      }),
      staffOnly,
      validate("json", newProjectSchema, { whole: "body" }),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { confirmOutside, ...project } = c.req.valid("json");
        let changed = false;
        const response = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const existing = await store.getProject(project.id);
          if (existing)
            return fieldRefusal(
              409,
              "project_exists",
              "id",
              say(c, "project_exists", { id: project.id, name: existing.name }),
            );
          if (!(await categories.get(project.category)))
            return await categoryRefusal(c, project.category);
          const place = unconfirmedOutside(c, project, confirmOutside);
          if (place) return place;
          await projectWrites.create(project, actorLabel(actor));
          changed = true;
          return answer(c, project.id, 201);
        });
        if (changed) feed.publish({ type: "projects" });
        return response;
      },
    )
    .put(
      "/:id",
      documented({
        summary: "Edit a project's record (not its history); a change of plan needs a reason",
        description:
          'Staff and admins. Any field but id, reports, milestones and problems. Changing totalInvestment, yearPlanInvestment or plannedCompletionDate needs reason. A new place outside the district boundary needs confirmOutside (else 422). Honours If-Match ("v3") and Idempotency-Key. Audited with before → after.',
        tags,
        answers: { 200: projectAnswer },
        errors: [400, 404, 412, 413, 422],
        headers: [...writeHeaders, "If-Match"],
      }),
      staffOnly,
      validate("param", idParam),
      validate("json", projectEditSchema, { whole: "body" }),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { id } = c.req.valid("param");
        const { reason, confirmOutside, ...edit } = c.req.valid("json");
        let changed = false;
        const response = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const before = await store.getProject(id);
          const state = await projectWrites.state(id);
          if (!before || !state) return refuse(c, 404, "project_not_found", { id });
          const ifMatch = parseIfMatch(c.req.header("if-match"));
          if (ifMatch === "invalid") return refuse(c, 400, "invalid_if_match");
          if (ifMatch !== undefined && ifMatch !== state.version)
            return refuse(c, 412, "project_version_conflict", { current: String(state.version) });
          if (edit.category !== undefined && !(await categories.get(edit.category)))
            return await categoryRefusal(c, edit.category);
          const plan = changedPlanFields(before, edit);
          if (plan.length > 0 && !reason) {
            const lang = requestLang(c);
            const fields = plan.map((f) => say(c, f as Code)).join(lang === "zh" ? "、" : ", ");
            return fieldRefusal(
              400,
              "plan_reason_required",
              "reason",
              say(c, "plan_reason_required", { fields }),
            );
          }
          const place = unconfirmedOutside(c, edit, confirmOutside);
          if (place) return place;
          const after = projectRecordSchema.parse({
            ...before,
            ...edit,
            provenance: provenanceAfterEdit(before, edit),
          });
          await projectWrites.update(before, after, actorLabel(actor), reason ?? null);
          changed = true;
          return answer(c, id, 200);
        });
        if (changed) feed.publish({ type: "projects" });
        return response;
      },
    )
    .post(
      "/:id/archive",
      documented({
        summary: "Archive a project: it leaves the lists and the map, keeps its history and scores",
        description:
          "Staff and admins, with a reason. GET /api/projects?archived=1 still lists it. Audited. Honours Idempotency-Key.",
        tags,
        answers: { 200: projectAnswer },
        errors: [400, 404, 409, 413, 422],
        headers: writeHeaders,
      }),
      staffOnly,
      validate("param", idParam),
      validate("json", reasonBody, { whole: "body" }),
      (c) => moveArchive(c, c.req.valid("param").id, c.req.valid("json").reason, true),
    )
    .post(
      "/:id/restore",
      documented({
        summary: "Restore an archived project to the lists and the map",
        description: "Staff and admins. Audited. Honours Idempotency-Key.",
        tags,
        answers: { 200: projectAnswer },
        errors: [400, 404, 409, 413, 422],
        headers: writeHeaders,
      }),
      staffOnly,
      validate("param", idParam),
      validate("json", restoreBody, { whole: "body" }),
      (c) => moveArchive(c, c.req.valid("param").id, c.req.valid("json").reason ?? null, false),
    );
}
