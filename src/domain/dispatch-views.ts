/** What GET /api/dispatch/:period and GET /api/projects/:id/lights answer. */
import { z } from "zod";
import { statusExplanationSchema } from "./outcome-schemas";
import { problemTypeSchema } from "./project";
import { statusLightSchema } from "./status-rules";

const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

const agendaProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  responsibleUnit: z.string(),
  responsibleUnitEn: z.string(),
  light: statusLightSchema,
  rule: statusExplanationSchema.shape.rule,
  previousLight: statusLightSchema.nullable(),
  reason: bilingualSchema,
  explanation: statusExplanationSchema,
});

const agendaProblemSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  projectNameEn: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  type: problemTypeSchema,
  ownerUnit: z.string(),
  ownerUnitEn: z.string(),
  raisedDate: z.string(),
  dueDate: z.string(),
  resolvedDate: z.string().nullable(),
  daysOverdue: z.number().int(),
});

export const dispatchAgendaSchema = z.object({
  period: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  previousPeriod: z.string().nullable(),
  projectCount: z.number().int(),
  lightCounts: z.object({ green: z.number(), yellow: z.number(), red: z.number() }),
  projects: z.array(agendaProjectSchema),
  changes: z.array(agendaProjectSchema),
  problemsByUnit: z.array(
    z.object({
      unit: z.string(),
      unitEn: z.string(),
      new: z.array(agendaProblemSchema),
      overdue: z.array(agendaProblemSchema),
      closed: z.array(agendaProblemSchema),
    }),
  ),
  newProblems: z.array(agendaProblemSchema),
  overdueProblems: z.array(agendaProblemSchema),
  closedProblems: z.array(agendaProblemSchema),
  unreported: z.array(z.string()),
  late: z.array(z.string()),
  reporting: z.array(
    z.object({
      projectId: z.string(),
      name: z.string(),
      nameEn: z.string(),
      unit: z.string(),
      unitEn: z.string(),
      state: z.enum(["accepted", "submitted", "returned", "missing"]),
      late: z.boolean(),
    }),
  ),
  plan: z.object({
    yearPlanInvestment: z.number(),
    ytdInvestment: z.number(),
    completionPct: z.number().nullable(),
    timeElapsedPct: z.number(),
    behindPoints: z.number().nullable(),
  }),
});

export const dispatchResponseSchema = dispatchAgendaSchema.extend({
  illustrative: z.boolean(),
  /** The 旬 that have data, oldest first, so a page can step between meetings. */
  periods: z.array(z.string()),
});

const lightEntrySchema = z.object({
  period: z.string(),
  light: statusLightSchema,
  rule: statusExplanationSchema.shape.rule,
  reason: bilingualSchema,
  explanation: statusExplanationSchema,
});

export const projectLightsResponseSchema = z.object({
  projectId: z.string(),
  /** The light at the end of each 旬, oldest first. */
  lights: z.array(lightEntrySchema),
  /** The 旬 where the light changed, with the light before (null for the first). */
  changes: z.array(lightEntrySchema.extend({ from: statusLightSchema.nullable() })),
});
