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
      reason: z.enum([
        "missing_criteria",
        "score_out_of_range",
        "unknown_evaluator",
        // 回避: the evaluator may not score this project; the sheet's vote is not counted either.
        "recused",
      ]),
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
  /** Share of 满意 votes alone, 0..1 at four decimals: the last tie-break; null without votes. */
  satisfiedShare: z.number().nullable(),
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

const rankSchema = z.number().int().positive().nullable();

/** One project's score under three aggregations of the same counted totals, side by side. */
export const methodRankingSchema = z.object({
  projectId: z.string(),
  category: categorySchema,
  /** Counted sheets (complete, in range, known evaluator, not recused). */
  sheetCount: z.number(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  /** The official unweighted aggregation: trimmed mean, or the plain mean below the trim minimum. */
  trimmedMean: z.number().nullable(),
  trimMethod: z.enum(["trimmed_mean", "mean", "none"]),
  /** Competition ranks within the category on the two-decimal figures; no tie-breaks. */
  rankByMean: rankSchema,
  rankByMedian: rankSchema,
  rankByTrimmedMean: rankSchema,
});
export type MethodRanking = z.infer<typeof methodRankingSchema>;

/** Signs that a score or a rank deserves a second look, each with the numbers behind it. */
export const qualitySignalsSchema = z.object({
  evaluatorDeviation: z.array(
    z.object({
      evaluatorId: z.string(),
      groupId: z.string(),
      /** Counted sheets that had at least one other evaluator's total to compare with. */
      sheetCount: z.number(),
      /** Mean of (own total − mean of the other evaluators' totals) over those sheets. */
      meanDeviation: z.number().nullable(),
      /** (meanDeviation − mean of all meanDeviations) / their population sd. */
      zScore: z.number().nullable(),
      flagged: z.boolean(),
      direction: z.enum(["lenient", "harsh", "typical"]),
    }),
  ),
  uniformSheets: z.array(
    z.object({
      evaluatorId: z.string(),
      projectId: z.string(),
      kind: z.enum(["identical_scores", "same_share_of_max"]),
      /** The one score every criterion got (identical scores only). */
      score: z.number().nullable(),
      /** The one share of its maximum every criterion got, 0..1. */
      share: z.number().nullable(),
      total: z.number(),
    }),
  ),
  /** Neighbours in the official ranking (the results' rank), higher rank first. */
  closeRanks: z.array(
    z.object({
      category: categorySchema,
      higher: z.string(),
      lower: z.string(),
      /** Official ranks within the category; equal when the two are tied. */
      higherRank: z.number().int().positive(),
      lowerRank: z.number().int().positive(),
      /** Composite scores, as ranked. */
      higherScore: z.number(),
      lowerScore: z.number(),
      difference: z.number(),
      /** What put `higher` first: the composite, a tie-break, or nothing (a shared rank). */
      decidedBy: z.enum(["composite", "base_score", "satisfied_share", "tied"]),
      /**
       * √(se_higher² + se_lower²), se = scoreWeight (1 without votes) × sample sd / √n of the
       * project's kept totals: the noise of the sheet part of the composite.
       */
      standardError: z.number(),
      higherStandardError: z.number(),
      lowerStandardError: z.number(),
    }),
  ),
  thresholds: z.object({
    /** |zScore| at or above this flags an evaluator. */
    zScore: z.number(),
    /** Mean and population sd of the evaluators' meanDeviations that the z-scores use. */
    deviationMean: z.number().nullable(),
    deviationSd: z.number().nullable(),
    /** Neighbours are close when their difference is below this many combined standard errors. */
    closeRankStandardErrors: z.number(),
    /** Shares of the maximum are compared at this many decimals. */
    shareDecimals: z.number(),
  }),
});
export type QualitySignals = z.infer<typeof qualitySignalsSchema>;
