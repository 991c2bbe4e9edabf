/** What the problem API answers: a problem, and the list across projects with its standing at 数据截至. */
import { z } from "zod";
import { isoDateSchema, milestoneSchema, problemSchema, problemTypeSchema } from "./project";

export const problemResponseSchema = z.object({ problem: problemSchema });

export const problemListItemSchema = problemSchema.extend({
  projectId: z.string(),
  projectName: z.string(),
  projectNameEn: z.string(),
  /** The project's responsible unit (who may apply to close the problem). */
  projectUnit: z.string(),
  daysOpen: z.number().int(),
  overdueDays: z.number().int(),
  overdue: z.boolean(),
  escalated: z.boolean(),
});
export type ProblemListItem = z.infer<typeof problemListItemSchema>;

export const problemStateFilterSchema = z.enum(["open", "overdue", "escalated", "closed"]);
export type ProblemStateFilter = z.infer<typeof problemStateFilterSchema>;

export const problemListResponseSchema = z.object({
  asOf: z.string(),
  escalateProblemAfterDays: z.number().int(),
  problems: z.array(problemListItemSchema),
});
export type ProblemListResponse = z.infer<typeof problemListResponseSchema>;

/** POST /api/projects/:id/problems */
export const raiseProblemSchema = z.object({
  title: z.string().trim().min(1).max(500),
  /** English wording, when the person raising it gives one; otherwise the title serves both. */
  titleEn: z.string().trim().min(1).max(500).optional(),
  type: problemTypeSchema,
  unit: z.string().trim().min(1).max(100),
  dueDate: isoDateSchema,
});
export type RaiseProblemInput = z.infer<typeof raiseProblemSchema>;

/** POST /api/problems/:id/actions */
export const problemActionBodySchema = z.object({
  action: z.enum(["resolve", "close", "return", "reopen"]),
  note: z.string().trim().max(1000).optional(),
});

/** POST /api/projects/:id/milestones/:milestoneId/replan */
export const replanBodySchema = z.object({
  plannedDate: isoDateSchema,
  reason: z.string().trim().max(1000).optional(),
});
export const milestoneResponseSchema = z.object({ milestone: milestoneSchema });

type Filterable = Pick<ProblemListItem, "status" | "overdue" | "escalated">;
/** What each state filter keeps: "open" is everything not yet closed, awaiting 销号 included. */
export const problemStateFilters: Record<ProblemStateFilter, (p: Filterable) => boolean> = {
  open: (p) => p.status !== "closed",
  overdue: (p) => p.overdue,
  escalated: (p) => p.escalated,
  closed: (p) => p.status === "closed",
};
