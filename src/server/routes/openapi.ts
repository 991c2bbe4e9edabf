import { z } from "zod";
import {
  errorResponseSchema,
  eventResponseSchema,
  eventsResponseSchema,
  projectResponseSchema,
  projectsResponseSchema,
  resultsResponseSchema,
} from "../../domain/api-views";
import { scoreSheetSchema } from "../../domain/scoring-schemas";
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
  schema: { type: "string", pattern: "^[a-z0-9-]{1,64}$" },
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
          summary: "Deployment settings the browser needs (allowed online basemaps)",
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
