import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { defaultEvent } from "../../domain/default-event";
import {
  type DraftIssue,
  describeDraftIssue,
  draftIssues,
  editedEvent,
  eventEditSchema,
  eventFromInput,
  newEventId,
  newEventSchema,
  type RosterEntry,
  rosterEvaluators,
  scoringChanged,
} from "../../domain/event-input";
import { defineMessages, text } from "../../domain/i18n";
import { idSchema } from "../../domain/ids";
import {
  type Evaluator,
  evaluatorSchema,
  type InspectionEvent,
  inspectionEventSchema,
} from "../../domain/scoring-schemas";
import { joinClauses, labelled } from "../../domain/shared-messages";
import { documented, writeHeaders } from "../api-doc";
import { apiError, requestLang } from "../api-error";
import { type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { onceByBody } from "../idempotency";
import type { ChangeFeed } from "../live/change-feed";
import type { EventWrites } from "../store/event-writes";
import type { IdempotencyStore } from "../store/idempotency-store";
import type { ReadStore } from "../store/read-store";
import { validate } from "../validate";

type Deps = {
  store: ReadStore;
  eventWrites: EventWrites;
  idempotency: IdempotencyStore;
  feed: ChangeFeed;
};

const messages = defineMessages({
  zh: {
    event_not_found: "找不到该观摩会：{id}",
    event_exists: "已有编号为 {id} 的观摩会（{name}），请换一个编号。",
    template_not_found: "找不到作为模板的观摩会：{id}",
    event_not_draft: "该观摩会已{state}，只有草稿可以修改；如需改动请先联系管理员。",
    scheme_locked:
      "该观摩会已有 {count} 张评分表，评分方案（指标、分值、去极值规则、权重）不能再改。",
    event_version_conflict: "该观摩会已被他人修改（当前版本 {current}），请刷新后再改。",
    invalid_if_match: 'If-Match 应为形如 "v3" 的版本号。',
    event_invalid: "观摩会草稿有误：{detail}",
    state_open: "开启评分",
    state_closed: "结束评分",
    state_published: "发布结果",
  },
  en: {
    event_not_found: "No inspection with id {id}.",
    event_exists: "There is already an inspection with id {id} ({name}); choose another id.",
    template_not_found: "No inspection {id} to copy the scheme from.",
    event_not_draft:
      "This inspection is already {state}; only a draft can be edited. Ask an admin if it must change.",
    scheme_locked:
      "This inspection already has {count} score sheets: its scheme (criteria, maxima, trim rule, weights) can no longer change.",
    event_version_conflict:
      "Someone else has changed this inspection (now version {current}); reload and edit again.",
    invalid_if_match: 'If-Match: expected a version like "v3".',
    event_invalid: "The inspection draft has problems: {detail}",
    state_open: "open for scoring",
    state_closed: "closed",
    state_published: "published",
  },
});
type Code = keyof typeof messages.zh;

const draftAnswer = z.object({
  event: inspectionEventSchema,
  /** The roster with names: only staff and admins reach this answer. */
  evaluators: z.array(evaluatorSchema),
  version: z.number().int(),
  sheetCount: z.number().int(),
});
const idParam = z.object({ id: idSchema("an event id") });
const etag = (version: number) => `"v${version}"`;
const tags = ["event admin"];

function parseIfMatch(header: string | undefined): number | undefined | "invalid" {
  if (!header || header.trim() === "*") return undefined;
  const match = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return match ? Number(match[1]) : "invalid";
}

/** Inspections prepared in the app: a new draft, and edits while it is one (staff and admins). */
export function eventDraftRoutes({ store, eventWrites, idempotency, feed }: Deps) {
  const say = (c: Context, code: Code, params: Record<string, string | number> = {}) =>
    text(messages, code, requestLang(c), params);
  const refuse = (
    c: Context,
    status: ContentfulStatusCode,
    code: Code,
    params: Record<string, string | number> = {},
  ) => ({ status, body: { error: { code, message: say(c, code, params) } } });
  /** Every cross-field problem at once, each under its field, as a validation 400 words them. */
  const invalid = (c: Context, issues: DraftIssue[]) => {
    const lang = requestLang(c);
    const described = issues.map((i) => ({
      field: i.field,
      message: describeDraftIssue(i, lang),
    }));
    const detail = joinClauses(
      described.map((i) => labelled(i.field, i.message, lang)),
      lang,
    );
    return {
      status: 400 as const,
      body: {
        error: {
          code: "event_invalid",
          message: say(c, "event_invalid", { detail }),
          details: { issues: described },
        },
      },
    };
  };
  const answer = async (id: string, status: ContentfulStatusCode) => {
    const event = (await store.getEvent(id)) as InspectionEvent;
    const version = (await eventWrites.version(id)) ?? 1;
    return {
      status,
      body: {
        event,
        evaluators: await store.eventEvaluators(event),
        version,
        sheetCount: await eventWrites.sheetCount(id),
      },
      headers: { ETag: etag(version) },
    };
  };
  /** Ids that a roster of `eventId` may not use: the seed's and other events' evaluators. */
  const foreignIds = async (eventId: string) =>
    new Set((await store.listEvaluators()).filter((e) => e.eventId !== eventId).map((e) => e.id));
  const checked = async (event: InspectionEvent, roster: Evaluator[], eventId: string) =>
    draftIssues(
      event,
      roster,
      new Set((await store.listCurrentProjects()).map((p) => p.id)),
      await foreignIds(eventId),
    );
  const rosterOf = async (eventId: string, entries: readonly RosterEntry[], groupId = "") => {
    const taken = new Set((await store.listEvaluators()).map((e) => e.id));
    return rosterEvaluators(eventId, entries, taken, groupId);
  };

  const staffOnly = requireRole("staff", "admin");
  return new Hono<AppEnv>()
    .post(
      "/",
      documented({
        summary: "Prepare a new inspection (观摩会) as a draft",
        description:
          "Staff and admins. name, date and projectIds (current projects, any categories) are needed; scheme, groups, rules and vote options not given are copied from templateEventId, by default the event the app shows when none is named (the seed's inspection). evaluators is the roster: label (what results show), name (staff only), groupId, unit; ids are made when not given. 400 with details.issues per field; 409 for an id in use. Audited. Honours Idempotency-Key. The draft opens through POST /api/events/:id/state.",
        tags,
        answers: { 201: draftAnswer },
        errors: [400, 404, 409, 413, 422],
        headers: writeHeaders,
      }),
      staffOnly,
      validate("json", newEventSchema, { whole: "body" }),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const input = c.req.valid("json");
        let created: string | undefined;
        const response = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const events = await store.listEvents();
          const template = input.templateEventId
            ? events.find((e) => e.id === input.templateEventId)
            : defaultEvent(events);
          if (!template)
            return refuse(c, 404, "template_not_found", { id: input.templateEventId ?? "" });
          const id = input.id ?? newEventId(input.date, new Set(events.map((e) => e.id)));
          const existing = events.find((e) => e.id === id);
          if (existing) return refuse(c, 409, "event_exists", { id, name: existing.name });
          const groups = input.groups ?? template.groups;
          const roster = await rosterOf(id, input.evaluators ?? [], groups[0]?.id);
          const event = eventFromInput(id, input, template, roster);
          const issues = await checked(event, roster, id);
          if (issues.length) return invalid(c, issues);
          await eventWrites.create(inspectionEventSchema.parse(event), roster, actorLabel(actor));
          created = id;
          return answer(id, 201);
        });
        // Pages hear of the change once it is committed.
        if (created) feed.publish({ type: "event", eventId: created });
        return response;
      },
    )
    .get(
      "/:id/draft",
      documented({
        summary: "An event as its editor sees it: the roster with names, its version and sheets",
        description: "Staff and admins. The ETag is the version PUT /api/events/:id expects.",
        tags,
        answers: { 200: draftAnswer },
        errors: [404],
      }),
      staffOnly,
      validate("param", idParam),
      async (c) => {
        const { id } = c.req.valid("param");
        if (!(await store.getEvent(id))) return apiError(c, 404, "event_not_found", { id });
        const { status, body, headers } = await answer(id, 200);
        return c.json(body, status as 200, headers);
      },
    )
    .put(
      "/:id",
      documented({
        summary:
          "Edit a draft inspection: details, projects, scheme, groups, rules, roster, recusals",
        description:
          'Staff and admins, while the event is a draft (409 otherwise). Fields not given stay. The scheme, rules and group weights cannot change once a sheet exists (409). Honours If-Match ("v3") and Idempotency-Key. Audited with before → after.',
        tags,
        answers: { 200: draftAnswer },
        errors: [400, 404, 409, 412, 413, 422],
        headers: [...writeHeaders, "If-Match"],
      }),
      staffOnly,
      validate("param", idParam),
      validate("json", eventEditSchema, { whole: "body" }),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { id } = c.req.valid("param");
        const edit = c.req.valid("json");
        let changed = false;
        const response = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const before = await store.getEvent(id);
          const version = await eventWrites.version(id);
          if (!before || version === undefined) return refuse(c, 404, "event_not_found", { id });
          const ifMatch = parseIfMatch(c.req.header("if-match"));
          if (ifMatch === "invalid") return refuse(c, 400, "invalid_if_match");
          if (ifMatch !== undefined && ifMatch !== version)
            return refuse(c, 412, "event_version_conflict", { current: version });
          if (before.state !== "draft")
            return refuse(c, 409, "event_not_draft", {
              state: say(c, `state_${before.state}` as Code),
            });
          const rosterBefore = await store.eventEvaluators(before);
          const groups = edit.groups ?? before.groups;
          const roster = edit.evaluators
            ? await rosterOf(id, edit.evaluators, groups[0]?.id)
            : rosterBefore;
          const after = editedEvent(before, edit, roster);
          // Sheets are scored by the scheme: whatever the state rules say, it is fixed once one exists.
          const sheets = await eventWrites.sheetCount(id);
          if (sheets > 0 && scoringChanged(before, after))
            return refuse(c, 409, "scheme_locked", { count: sheets });
          const issues = await checked(after, roster, id);
          if (issues.length) return invalid(c, issues);
          await eventWrites.updateDraft(
            { event: before, roster: rosterBefore },
            { event: inspectionEventSchema.parse(after), roster },
            actorLabel(actor),
          );
          changed = true;
          return answer(id, 200);
        });
        if (changed) feed.publish({ type: "event", eventId: id });
        return response;
      },
    );
}
