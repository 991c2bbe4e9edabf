import { z } from "zod";
import { projectResultSchema, statusExplanationSchema } from "./outcome-schemas";
import { projectRecordSchema } from "./project";
import { evaluatorSchema, inspectionEventSchema, scoreSheetSchema } from "./scoring-schemas";
import { statusLightSchema } from "./status-rules";

/**
 * What GET /api/projects returns per project: the record without its long lists and its
 * provenance (which only the project's own page shows), plus derived status.
 */
export const projectSummarySchema = projectRecordSchema
  .omit({ reports: true, milestones: true, problems: true, provenance: true })
  .extend({
    status: statusLightSchema,
    statusExplanation: statusExplanationSchema,
    openProblemCount: z.number().int(),
  });
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

/** What GET /api/projects/:id returns: the whole record plus derived status. */
export const projectDetailSchema = projectRecordSchema.extend({
  status: statusLightSchema,
  statusExplanation: statusExplanationSchema,
  openProblemCount: z.number().int(),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

/** 数据截至 and what it follows: the latest closed round, or an accepted report in an open one. */
const asOfBasisSchema = z.enum(["round", "report"]);

export const projectsResponseSchema = z.object({
  asOf: z.string(),
  asOfBasis: asOfBasisSchema,
  illustrative: z.boolean(),
  projects: z.array(projectSummarySchema),
});
export const projectResponseSchema = z.object({
  asOf: z.string(),
  asOfBasis: asOfBasisSchema,
  illustrative: z.boolean(),
  project: projectDetailSchema,
  /** The record's edit version (If-Match on PUT) and when it was archived, if it was. */
  version: z.number().int(),
  archivedAt: z.string().nullable(),
});

export const eventSummarySchema = inspectionEventSchema.pick({
  id: true,
  name: true,
  nameEn: true,
  date: true,
  state: true,
  venue: true,
  venueEn: true,
});
export const eventsResponseSchema = z.object({ events: z.array(eventSummarySchema) });
export const eventResponseSchema = z.object({
  event: inspectionEventSchema,
  evaluators: z.array(evaluatorSchema),
});
export const resultsResponseSchema = z.object({
  eventId: z.string(),
  illustrative: z.boolean(),
  sheetCount: z.number().int(),
  expectedSheetCount: z.number().int(),
  /** Evaluator × project pairs left out because the evaluator is recused (回避). */
  recusedCount: z.number().int(),
  results: z.array(projectResultSchema),
});
export type ResultsResponse = z.infer<typeof resultsResponseSchema>;

export const errorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** A sheet as stored: its version (for If-Match) and last change. */
export const storedSheetSchema = scoreSheetSchema.extend({
  version: z.number().int(),
  updatedAt: z.string(),
});
/** A stored sheet with its total, as a write answers it. */
export const sheetWithTotalSchema = storedSheetSchema.extend({ total: z.number() });
export const sheetsResponseSchema = z.object({
  eventId: z.string(),
  sheets: z.array(sheetWithTotalSchema.extend({ complete: z.boolean() })),
});
