import { z } from "zod";
import { idSchema } from "./ids";

/** ISO calendar date, e.g. 2023-02-24. */
export const isoDateSchema = z.iso.date();

/** A ten-day period (旬): year, month and 1 = 上旬, 2 = 中旬, 3 = 下旬, e.g. "2023-02-3". */
export const periodIdSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-[123]$/, "expected a ten-day period like 2023-02-3");

/** The seed's two categories (制造业 / 城市更新); a district adds its own as data. */
export const seedCategories = ["manufacturing", "urban_renewal"] as const;

/**
 * A project's category: any category the district has defined (the `categories` table), the seed's
 * two among them. Whether it exists is checked against the store on write.
 */
export const categoryIdPattern = /^[a-z][a-z0-9_]{0,39}$/;
export const categorySchema = z
  .string()
  .regex(categoryIdPattern, "a category id is lower-case letters, digits and underscores");
export type Category = z.infer<typeof categorySchema>;

/** 前期 / 在建 / 竣工 / 投产 */
export const stageSchema = z.enum(["preliminary", "construction", "completed", "operating"]);
export type Stage = z.infer<typeof stageSchema>;

export const latLngSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type LatLng = z.infer<typeof latLngSchema>;

/** GeoJSON position: [longitude, latitude] (WGS-84). */
const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const geometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Point"), coordinates: positionSchema }),
  z.object({ type: z.literal("LineString"), coordinates: z.array(positionSchema).min(2) }),
  z.object({
    type: z.literal("Polygon"),
    coordinates: z.array(z.array(positionSchema).min(4)).min(1),
  }),
]);
export type Geometry = z.infer<typeof geometrySchema>;

const percentSchema = z.number().min(0).max(100);
/** Amounts of money are in 亿元 (100 million yuan) throughout. */
const yiSchema = z.number().min(0);

/** 年度计划: a key project is re-listed each year with that year's planned investment. */
export const yearPlanSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  planInvestment: yiSchema,
});
export type YearPlan = z.infer<typeof yearPlanSchema>;

/** One replan of a milestone: from which planned date to which, why, who and when. */
export const milestoneReplanSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  reason: z.string().min(1),
  actor: z.string().min(1),
  at: z.string().min(1),
});
export type MilestoneReplan = z.infer<typeof milestoneReplanSchema>;

export const milestoneSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  plannedDate: isoDateSchema,
  actualDate: isoDateSchema.nullable(),
  /** The plan as first made, kept once the milestone is replanned. */
  originalPlannedDate: isoDateSchema.optional(),
  replans: z.array(milestoneReplanSchema).optional(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

/** 旬报: one ten-day progress report. */
export const progressReportSchema = z.object({
  period: periodIdSchema,
  completedInvestment: yiSchema,
  cumulativeInvestment: yiSchema,
  plannedCumulativeInvestment: yiSchema,
  progress: percentSchema,
  note: z.string(),
  noteEn: z.string(),
});
export type ProgressReport = z.infer<typeof progressReportSchema>;

export const problemTypeSchema = z.enum([
  "land",
  "approval",
  "funding",
  "construction",
  "utilities",
  "other",
]);
export type ProblemType = z.infer<typeof problemTypeSchema>;

/** 问题清单 status: open → awaiting_close (申请销号) → closed (销号), or back to open. */
export const problemStatusSchema = z.enum(["open", "awaiting_close", "closed"]);
export type ProblemStatus = z.infer<typeof problemStatusSchema>;

export const problemActionSchema = z.enum(["raise", "resolve", "close", "return", "reopen"]);
export type ProblemActionName = z.infer<typeof problemActionSchema>;

/** One step in a problem's life: who did what, when, and what they said. */
export const problemHistoryEntrySchema = z.object({
  at: z.string().min(1),
  actor: z.string().min(1),
  action: problemActionSchema,
  note: z.string().optional(),
});
export type ProblemHistoryEntry = z.infer<typeof problemHistoryEntrySchema>;

/** 问题清单: one problem and its history (the seed's problems have none recorded). */
export const problemSchema = z.object({
  id: z.string().min(1),
  description: z.string().min(1),
  descriptionEn: z.string().min(1),
  type: problemTypeSchema,
  ownerUnit: z.string().min(1),
  ownerUnitEn: z.string().min(1),
  raisedDate: isoDateSchema,
  dueDate: isoDateSchema,
  status: problemStatusSchema,
  /** 销号 date: when staff closed it. */
  resolvedDate: isoDateSchema.nullable(),
  history: z.array(problemHistoryEntrySchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** A project as stored: facts from the bulletin plus illustrative values, and which is which. */
export const projectRecordSchema = z.object({
  id: idSchema("a project id"),
  /** As in the bulletin, verbatim. */
  name: z.string().min(1),
  nameEn: z.string().min(1),
  category: categorySchema,
  street: z.string().min(1),
  streetEn: z.string().min(1),
  /** A representative point (marker position); `geometry` may be a line or an area. */
  location: latLngSchema,
  geometry: geometrySchema,
  developer: z.string().min(1),
  developerEn: z.string().min(1),
  responsibleUnit: z.string().min(1),
  responsibleUnitEn: z.string().min(1),
  leaderInCharge: z.string().min(1),
  leaderInChargeEn: z.string().min(1),
  totalInvestment: z.number().positive(),
  /** The plan of the year 数据截至 falls in: what the pages, the lights and the KPIs read. */
  yearPlanInvestment: yiSchema,
  /** Every year's plan the project has been listed with (the current year's among them). */
  yearPlans: z.array(yearPlanSchema).optional(),
  cumulativeInvestment: yiSchema,
  ytdInvestment: yiSchema,
  stage: stageSchema,
  progress: percentSchema,
  startDate: isoDateSchema,
  plannedCompletionDate: isoDateSchema,
  milestones: z.array(milestoneSchema),
  reports: z.array(progressReportSchema),
  problems: z.array(problemSchema),
  /** Data honesty: which fields are illustrative rather than from the bulletin. */
  provenance: z.object({
    facts: z.array(z.string()),
    illustrative: z.array(z.string()),
    locationApproximate: z.boolean(),
  }),
});
export type ProjectRecord = z.infer<typeof projectRecordSchema>;

export const projectsFileSchema = z.object({
  /** Date the data describes (数据截至). */
  asOf: isoDateSchema,
  illustrative: z.boolean(),
  source: z.string(),
  projects: z.array(projectRecordSchema).min(1),
});
export type ProjectsFile = z.infer<typeof projectsFileSchema>;
