import { z } from "zod";
import { categorySchema } from "./project";
import { statusLightSchema } from "./status-rules";

/**
 * Derived values and the steps that produced them. These are what the API returns and what any
 * screen shows when a user asks "why is this number what it is?".
 */

/** Why a status light is what it is: the deciding rule and every number it looked at. */
export const statusExplanationSchema = z.object({
  light: statusLightSchema,
  /** The rule that set the light (the most severe one that fired). */
  rule: z.enum([
    "on_track",
    "behind_yellow",
    "behind_red",
    "milestone_overdue",
    "milestone_overdue_red",
    "problem_overdue",
    "problem_overdue_red",
  ]),
  /** Every rule that fired, most severe first. */
  fired: z.array(
    z.object({
      rule: z.string(),
      light: statusLightSchema,
      /** Milestone or problem id, where the rule is about one. */
      subjectId: z.string().optional(),
      days: z.number().optional(),
    }),
  ),
  asOf: z.string(),
  /** 序时进度: share of the year elapsed at asOf, %. */
  timeElapsedPct: z.number(),
  /** Year-to-date completed investment over this year's plan, %. */
  ytdCompletionPct: z.number(),
  /** timeElapsedPct − ytdCompletionPct; positive means behind. */
  behindPoints: z.number(),
  overdueMilestones: z.array(z.object({ id: z.string(), days: z.number() })),
  overdueProblems: z.array(z.object({ id: z.string(), days: z.number() })),
  thresholds: z.object({
    yellowBehindPoints: z.number(),
    redBehindPoints: z.number(),
    redMilestoneOverdueDays: z.number(),
    redProblemOverdueDays: z.number(),
  }),
});
export type StatusExplanation = z.infer<typeof statusExplanationSchema>;

export const sheetTotalSchema = z.object({
  evaluatorId: z.string(),
  groupId: z.string(),
  total: z.number(),
});

/** How one project's score, satisfaction and composite were computed. */
export const resultStepsSchema = z.object({
  /** Complete sheets counted, in ascending order of total. */
  counted: z.array(sheetTotalSchema),
  /** Sheets left out entirely, with the reason. */
  excluded: z.array(
    z.object({
      evaluatorId: z.string(),
      reason: z.enum(["missing_criteria", "score_out_of_range", "unknown_evaluator"]),
      criterionIds: z.array(z.string()),
    }),
  ),
  method: z.enum(["trimmed_mean", "mean", "none"]),
  /** The one highest and one lowest total dropped (trimmed mean only). */
  droppedHighest: sheetTotalSchema.nullable(),
  droppedLowest: sheetTotalSchema.nullable(),
  /** When weighting by group: each group's mean over its kept sheets and its weight. */
  groups: z.array(
    z.object({
      groupId: z.string(),
      count: z.number(),
      mean: z.number().nullable(),
      weight: z.number(),
    }),
  ),
  weighted: z.boolean(),
  /** The score before votes (trimmed mean or mean, possibly group-weighted), 0–100. */
  baseScore: z.number().nullable(),
  votes: z.object({
    satisfied: z.number(),
    basically_satisfied: z.number(),
    unsatisfied: z.number(),
  }),
  voteValues: z.object({
    satisfied: z.number(),
    basically_satisfied: z.number(),
    unsatisfied: z.number(),
  }),
  /** Σ(count × value) / votes × 100. */
  satisfactionIndex: z.number().nullable(),
  scoreWeight: z.number(),
  satisfactionWeight: z.number(),
  /** scoreWeight × baseScore + satisfactionWeight × satisfactionIndex. */
  composite: z.number().nullable(),
});
export type ResultSteps = z.infer<typeof resultStepsSchema>;

export const projectResultSchema = z.object({
  projectId: z.string(),
  category: categorySchema,
  /** Complete sheets counted. */
  sheetCount: z.number(),
  /** The composite score (0–100, two decimals), null without sheets. */
  score: z.number().nullable(),
  /** The score from the sheets alone, before votes. */
  baseScore: z.number().nullable(),
  /** Mean of each criterion over counted sheets. */
  criterionMeans: z.record(z.string(), z.number().nullable()),
  voteCount: z.number(),
  /** Share of 满意 + 基本满意 votes, %. */
  satisfactionRate: z.number().nullable(),
  satisfactionIndex: z.number().nullable(),
  /** Rank within the project's category; equal after tie-breaks share a rank (1, 2, 2, 4). */
  rank: z.number().nullable(),
  /** Other projects sharing this rank. */
  tiedWith: z.array(z.string()),
  /** Which tie-break, if any, separated this project from a neighbour with an equal composite. */
  tieBreak: z.enum(["none", "base_score", "satisfied_share"]),
  steps: resultStepsSchema,
});
export type ProjectResult = z.infer<typeof projectResultSchema>;
