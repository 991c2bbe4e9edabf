import { z } from "zod";
import {
  errorResponseSchema,
  eventResponseSchema,
  eventsResponseSchema,
  projectResponseSchema,
  projectsResponseSchema,
  resultsResponseSchema,
} from "../../domain/api-views";
import { idPattern } from "../../domain/ids";
import { scoreSheetSchema } from "../../domain/scoring-schemas";
import { sheetInputSchema } from "../../domain/sheet-input";
import { siteSettingsSchema } from "../../domain/site-settings";

const sheetsResponseSchema = z.object({
  eventId: z.string(),
  sheets: z.array(
    scoreSheetSchema.extend({
      total: z.number(),
      complete: z.boolean(),
      version: z.number().int(),
      updatedAt: z.string(),
    }),
  ),
});

const schemas = {
  Projects: projectsResponseSchema,
  Project: projectResponseSchema,
  Events: eventsResponseSchema,
  Event: eventResponseSchema,
  Sheets: sheetsResponseSchema,
  Results: resultsResponseSchema,
  Settings: siteSettingsSchema,
  Error: errorResponseSchema,
};

const ref = (name: keyof typeof schemas) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof schemas, description: string) => ({
  description,
  content: { "application/json": { schema: ref(name) } },
});
const idParam = (what: string) => ({
  name: "id",
  in: "path",
  required: true,
  description: `The ${what}'s id`,
  schema: { type: "string", pattern: idPattern.source },
});
const pathParam = (name: string) => ({
  name,
  in: "path",
  required: true,
  schema: { type: "string" },
});
const header = (name: string) => ({
  name,
  in: "header",
  required: false,
  schema: { type: "string" },
});
const query = (name: string) => ({
  name,
  in: "query",
  required: false,
  schema: { type: "integer" },
});
const jsonBody = (schema: unknown) => ({
  required: true,
  content: { "application/json": { schema } },
});
const langParam = {
  name: "lang",
  in: "query",
  required: false,
  description: "Language of error messages (zh by default)",
  schema: { type: "string", enum: ["zh", "en"] },
};
const errors = {
  "400": json("Error", "Malformed parameter"),
  "404": json("Error", "Unknown id"),
};

/** The OpenAPI 3.1 document, generated from the same zod schemas the server validates with. */
export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "重点项目观摩 API",
      version: "1.0.0",
      description: "Key projects, inspection events, score sheets and results. JSON, UTF-8.",
    },
    paths: {
      "/api/health": {
        get: {
          summary: "Liveness and store check",
          responses: { "200": { description: '{"ok": true, ...}' } },
        },
      },
      "/api/settings": {
        get: {
          summary:
            "Deployment settings the browser needs (allowed online basemaps, public address)",
          responses: { "200": json("Settings", "The settings") },
        },
      },
      "/api/projects": {
        get: {
          summary: "All projects with derived status lights",
          parameters: [langParam],
          responses: { "200": json("Projects", "The projects") },
        },
      },
      "/api/projects/{id}": {
        get: {
          summary: "One project with its reports, milestones and problems",
          parameters: [idParam("project"), langParam],
          responses: { "200": json("Project", "The project"), ...errors },
        },
      },
      "/api/events": {
        get: { summary: "Inspection events", responses: { "200": json("Events", "The events") } },
      },
      "/api/events/{id}": {
        get: {
          summary: "One event with its scheme, groups and evaluators",
          parameters: [idParam("event"), langParam],
          responses: { "200": json("Event", "The event"), ...errors },
        },
      },
      "/api/events/{id}/sheets": {
        get: {
          summary: "The event's raw score sheets",
          parameters: [idParam("event"), langParam],
          responses: { "200": json("Sheets", "The sheets"), ...errors },
        },
      },
      "/api/events/{id}/results": {
        get: {
          summary: "Scores, satisfaction and ranks per project, with the steps that produced them",
          parameters: [idParam("event"), langParam],
          responses: { "200": json("Results", "The results"), ...errors },
        },
      },
      "/api/session": {
        get: {
          summary: "Who is signed in (and the CSRF token for cookie-authenticated writes)",
          responses: { "200": { description: "{user, csrfToken, actor} or {user: null}" } },
        },
        post: {
          summary: "Sign in with username and password; sets an HttpOnly session cookie",
          requestBody: jsonBody({
            type: "object",
            required: ["username", "password"],
            properties: { username: { type: "string" }, password: { type: "string" } },
          }),
          responses: {
            "200": { description: "Signed in" },
            "401": json("Error", "Wrong credentials"),
            "429": json("Error", "Too many failed attempts"),
          },
        },
        delete: { summary: "Sign out", responses: { "200": { description: "Signed out" } } },
      },
      "/api/events/{id}/sheets/{evaluatorId}/{projectId}": {
        put: {
          summary:
            "Store one evaluator's sheet for one project (staff/admin, or the evaluator's personal link)",
          description:
            'Cookie-authenticated calls need X-CSRF-Token. Honours Idempotency-Key (a replay returns the stored outcome; the same key with another body gets 422) and If-Match ("v3"; 412 when stale). Changing a submitted sheet needs a reason.',
          parameters: [
            idParam("event"),
            pathParam("evaluatorId"),
            pathParam("projectId"),
            header("Idempotency-Key"),
            header("If-Match"),
            header("X-CSRF-Token"),
          ],
          requestBody: jsonBody(z.toJSONSchema(sheetInputSchema, { unrepresentable: "any" })),
          responses: {
            "200": { description: "Updated (or unchanged)" },
            "201": { description: "Created" },
            "400": json("Error", "Invalid sheet, malformed JSON, or a reason is missing"),
            "401": json("Error", "Not signed in, or the personal link was revoked"),
            "403": json("Error", "Not allowed"),
            "404": json("Error", "Unknown event, evaluator or project"),
            "409": json("Error", "Event not open, published, or evaluator recused"),
            "412": json("Error", "Stale version"),
            "413": json("Error", "Body too large"),
            "422": json("Error", "Idempotency-Key reused with another body"),
          },
        },
      },
      "/api/events/{id}/state": {
        post: {
          summary:
            "Move the event draft → open → closed → published (reopening needs an admin and a reason)",
          parameters: [idParam("event"), header("X-CSRF-Token")],
          requestBody: jsonBody({
            type: "object",
            required: ["state"],
            properties: {
              state: { enum: ["draft", "open", "closed", "published"] },
              reason: { type: "string" },
            },
          }),
          responses: {
            "200": { description: "Changed" },
            ...errors,
            "409": json("Error", "Not a permitted transition"),
          },
        },
      },
      "/api/events/{id}/audit": {
        get: {
          summary: "The event's append-only change log, newest first (staff, admin, leader)",
          parameters: [idParam("event"), query("limit"), query("offset")],
          responses: {
            "200": {
              description: "{records: [{at, actor, action, subject, before, after, reason}]}",
            },
            ...errors,
          },
        },
      },
      "/api/events/{id}/links": {
        get: {
          summary: "Evaluators with an active personal link",
          parameters: [idParam("event")],
          responses: { "200": { description: "{links}" } },
        },
      },
      "/api/events/{id}/links/{evaluatorId}": {
        post: {
          summary:
            "Issue an evaluator's personal link (revokes the previous one); the token is shown once",
          parameters: [idParam("event"), pathParam("evaluatorId")],
          responses: { "201": { description: "{token, path}" } },
        },
        delete: {
          summary: "Revoke an evaluator's personal link",
          parameters: [idParam("event"), pathParam("evaluatorId")],
          responses: { "200": { description: "{revoked}" } },
        },
      },
      "/api/display-tokens": {
        get: {
          summary: "Wall-screen tokens with last-seen times (admin)",
          responses: { "200": { description: "{tokens}" } },
        },
        post: {
          summary: "Create a wall-screen token (admin); /display?token=… uses it",
          responses: { "201": { description: "{id, token, path}" } },
        },
      },
      "/api/display-tokens/{id}": {
        delete: {
          summary: "Revoke a wall-screen token (admin)",
          parameters: [pathParam("id")],
          responses: { "200": { description: "{revoked}" } },
        },
      },
      "/api/events/{id}/double-entry": {
        get: {
          summary:
            "Blind double entry: passes waiting for a second keyer, and open mismatches (values only for a third account)",
          parameters: [idParam("event")],
          responses: { "200": { description: "{pending, mismatches}" }, ...errors },
        },
      },
      "/api/events/{id}/double-entry/{evaluatorId}/{projectId}": {
        post: {
          summary:
            "Key one pass of a paper sheet; a matching second pass by another account stores the sheet",
          parameters: [
            idParam("event"),
            pathParam("evaluatorId"),
            pathParam("projectId"),
            header("Idempotency-Key"),
            header("X-CSRF-Token"),
          ],
          responses: {
            "200": { description: "matched or mismatch" },
            "201": { description: "first pass stored" },
            ...errors,
            "409": json("Error", "Same keyer, already stored, or under review"),
          },
        },
      },
      "/api/events/{id}/double-entry/mismatches/{mismatchId}/resolve": {
        post: {
          summary:
            "A third account chooses the values of a mismatch (reason required); the sheet is stored and audited",
          parameters: [idParam("event"), pathParam("mismatchId"), header("X-CSRF-Token")],
          responses: { "200": { description: "Stored" }, ...errors },
        },
      },
      "/api/events/{id}/quality": {
        get: {
          summary:
            "Ranking under mean, median and trimmed mean; lenient/harsh evaluators, uniform sheets, close ranks",
          parameters: [idParam("event")],
          responses: {
            "200": { description: "{rankings, signals, evaluators, groups}" },
            ...errors,
          },
        },
      },
      "/api/events/{id}/import": {
        post: {
          summary:
            "Import filled sheets (.xlsx/.csv, multipart field `file`, optional `reason`); all rows or none, with a row-by-row report",
          parameters: [idParam("event"), query("dryRun"), header("X-CSRF-Token")],
          responses: {
            "200": { description: "Report (and stored unless dryRun)" },
            "422": json("Error", "Rejected rows: nothing stored"),
          },
        },
      },
      "/api/events/{id}/template.xlsx": {
        get: {
          summary: "The entry template for the event (staff)",
          parameters: [idParam("event")],
          responses: { "200": { description: "xlsx" } },
        },
      },
      "/api/events/{id}/results.xlsx": {
        get: {
          summary: "Results as .xlsx (also results.csv) with header rows: event, filters, 数据截至",
          parameters: [idParam("event")],
          responses: { "200": { description: "xlsx" } },
        },
      },
      "/api/events/{id}/sheets.xlsx": {
        get: {
          summary:
            "Raw sheets as .xlsx (also sheets.csv), cells neutralised against formula injection",
          parameters: [idParam("event")],
          responses: { "200": { description: "xlsx" } },
        },
      },
      "/api/display/heartbeat": {
        post: {
          summary:
            "A wall screen reports which panel it shows and how old its data is (display token)",
          responses: { "200": { description: "Recorded" } },
        },
      },
      "/api/display/screens": {
        get: {
          summary: "Wall screens alive and when each was last seen (admin)",
          responses: { "200": { description: "{screens}" } },
        },
      },
      "/api/live": {
        get: {
          summary:
            "Server-sent events: `change` with {type: sheets|event|projects, eventId?, …} whenever data changes",
          responses: { "200": { description: "text/event-stream" } },
        },
      },
      "/api/openapi.json": {
        get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } },
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [
          name,
          z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "output" }),
        ]),
      ),
    },
  };
}
