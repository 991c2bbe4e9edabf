/**
 * The year's plan, edited in the app: a year's 年度计划投资 and the milestones a project plans.
 * A change to a plan someone already made needs a reason (like any change of plan); a milestone
 * that was reached is history and cannot be removed.
 */
import { z } from "zod";
import { defineMessages, type Lang, text } from "./i18n";
import { isoDateSchema, type Milestone, type ProjectRecord, yearPlanSchema } from "./project";
import { planForYear } from "./year-plan";

const reasonSchema = z.string().trim().max(500).optional();

/** PUT …/year-plans/:year */
export const yearPlanBodySchema = z.strictObject({
  planInvestment: yearPlanSchema.shape.planInvestment,
  reason: reasonSchema,
});
export const yearParamSchema = z.coerce.number().pipe(yearPlanSchema.shape.year);

/** POST …/milestones: the English name defaults to the Chinese one. */
export const newMilestoneSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(200).optional(),
  plannedDate: isoDateSchema,
});
export type NewMilestone = z.infer<typeof newMilestoneSchema>;

/** PATCH …/milestones/:milestoneId: rename, replan (a new date with a reason), or both. */
export const milestoneEditSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    nameEn: z.string().trim().min(1).max(200).optional(),
    plannedDate: isoDateSchema.optional(),
    reason: reasonSchema,
  })
  .refine((e) => e.name !== undefined || e.nameEn !== undefined || e.plannedDate !== undefined, {
    message: "name, nameEn or plannedDate",
  });
export type MilestoneEdit = z.infer<typeof milestoneEditSchema>;

export type PlanRefusalCode = "year_plan_reason_required" | "milestone_reached_remove";
export type PlanRefusal = {
  refused: PlanRefusalCode;
  field: string;
  params: Record<string, string>;
};
export const isPlanRefusal = (v: unknown): v is PlanRefusal =>
  typeof v === "object" && v !== null && "refused" in v && "field" in v;

type Planned = Pick<ProjectRecord, "yearPlans" | "yearPlanInvestment">;

/**
 * Whether setting `year`'s plan to `planInvestment` may go ahead: a first plan for a year needs no
 * reason, changing one does. `"unchanged"` when the plan already is that (nothing to store).
 */
export function yearPlanChange(
  project: Planned,
  year: number,
  planInvestment: number,
  reason: string | undefined,
  currentYear: number,
): "unchanged" | "ok" | PlanRefusal {
  const before = planForYear(project, year, currentYear);
  if (before === planInvestment) return "unchanged";
  if (before !== undefined && !reason?.trim())
    return {
      refused: "year_plan_reason_required",
      field: "reason",
      params: { year: String(year), from: String(before), to: String(planInvestment) },
    };
  return "ok";
}

/** A reached milestone happened; removing it would rewrite history. */
export function milestoneRemoval(milestone: Milestone): "ok" | PlanRefusal {
  return milestone.actualDate
    ? {
        refused: "milestone_reached_remove",
        field: "milestoneId",
        params: { name: milestone.name, date: milestone.actualDate },
      }
    : "ok";
}

/** A new milestone's id: `m<n>`, one past the highest the project has, never reused. */
export function nextMilestoneId(milestones: Pick<Milestone, "id">[]): string {
  const n = Math.max(0, ...milestones.map((m) => Number(/^m(\d+)$/.exec(m.id)?.[1] ?? 0)));
  return `m${n + 1}`;
}

export function newMilestone(input: NewMilestone, id: string): Milestone {
  return {
    id,
    name: input.name,
    nameEn: input.nameEn ?? input.name,
    plannedDate: input.plannedDate,
    actualDate: null,
  };
}

/** Milestones in the order they are planned (reached ones by their plan too), ties as they were. */
export const inPlannedOrder = <M extends Pick<Milestone, "plannedDate">>(milestones: M[]) =>
  [...milestones].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));

/** The milestones planned in each year, by the year of their planned date. */
export function milestonesByYear<M extends Pick<Milestone, "plannedDate">>(
  milestones: M[],
): Map<number, M[]> {
  const byYear = new Map<number, M[]>();
  for (const m of inPlannedOrder(milestones)) {
    const year = Number(m.plannedDate.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), m]);
  }
  return byYear;
}

export const planMessages = defineMessages({
  zh: {
    year_plan_reason_required:
      "{year}年已有计划（{from} 亿元），改为 {to} 亿元属于调整计划，须填写理由。",
    milestone_reached_remove: "节点“{name}”已于 {date} 完成，不能删除；如名称有误可以改名。",
  },
  en: {
    year_plan_reason_required:
      "{year} already has a plan of {from} (¥100m); changing it to {to} changes the plan and needs a reason.",
    milestone_reached_remove:
      "The milestone “{name}” was reached on {date} and cannot be removed; rename it if its name is wrong.",
  },
});

export const planRefusalText = (refusal: PlanRefusal, lang: Lang) =>
  text(planMessages, refusal.refused, lang, refusal.params);
