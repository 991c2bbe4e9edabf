import { z } from "zod";
import { idSchema, keySchema } from "./ids";
import { categorySchema, isoDateSchema } from "./project";

export const criterionSchema = z.object({
  id: keySchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  max: z.number().positive(),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** Scoring scheme kept as data: the criteria and their maxima. */
export const schemeSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    illustrative: z.boolean(),
    criteria: z.array(criterionSchema).min(1),
  })
  .refine((s) => new Set(s.criteria.map((c) => c.id)).size === s.criteria.length, {
    message: "criterion ids must be unique",
    path: ["criteria"],
  });
export type Scheme = z.infer<typeof schemeSchema>;

export const voteSchema = z.enum(["satisfied", "basically_satisfied", "unsatisfied"]);
export type Vote = z.infer<typeof voteSchema>;

export const voteOptionSchema = z.object({
  id: voteSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Contribution to the satisfaction index, 0..1 (满意 1, 基本满意 e.g. 0.6, 不满意 0). */
  value: z.number().min(0).max(1),
});
export type VoteOption = z.infer<typeof voteOptionSchema>;

export const evaluatorGroupSchema = z.object({
  id: keySchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Share of the score when group weighting is on. */
  weight: z.number().positive(),
});
export type EvaluatorGroup = z.infer<typeof evaluatorGroupSchema>;

export const evaluatorSchema = z.object({
  id: idSchema("an evaluator id"),
  /** Anonymous label such as 评委01: never a person's name. */
  label: z.string().min(1),
  labelEn: z.string().min(1),
  groupId: z.string().min(1),
  /** The responsible unit (责任单位) the evaluator belongs to: the basis of 回避 by unit. */
  unit: z.string().optional(),
  /** The person's name: for staff and admins only, never in results or anything public. */
  name: z.string().optional(),
  /** The event whose roster this evaluator was entered for; the seed's evaluators have none. */
  eventId: z.string().optional(),
});
export type Evaluator = z.infer<typeof evaluatorSchema>;

export const eventStateSchema = z.enum(["draft", "open", "closed", "published"]);
export type EventState = z.infer<typeof eventStateSchema>;

export const scoringRulesSchema = z
  .object({
    /** Drop one highest and one lowest total when at least this many sheets exist. */
    trimMinSheets: z.number().int().min(3),
    weightByGroup: z.boolean(),
    /** composite = scoreWeight × score + satisfactionWeight × satisfaction index (0–100). */
    scoreWeight: z.number().min(0).max(1),
    satisfactionWeight: z.number().min(0).max(1),
  })
  // Projects without votes fall back to the score alone; weights summing to 1 keep both on one scale.
  .refine((r) => Math.abs(r.scoreWeight + r.satisfactionWeight - 1) < 1e-9, {
    message: "scoreWeight and satisfactionWeight must add up to 1",
    path: ["satisfactionWeight"],
  });
export type ScoringRules = z.infer<typeof scoringRulesSchema>;

/** 回避 declared for one evaluator and one project, on top of those that follow from units. */
export const declaredRecusalSchema = z.object({
  evaluatorId: z.string().min(1),
  projectId: z.string().min(1),
  reason: z.string(),
});
export type DeclaredRecusal = z.infer<typeof declaredRecusalSchema>;

/** 观摩会: an inspection event with its scheme, evaluators' groups and rules. */
export const inspectionEventSchema = z.object({
  id: idSchema("an event id"),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  date: isoDateSchema,
  venue: z.string(),
  venueEn: z.string(),
  state: eventStateSchema,
  /** Projects in inspection order. */
  projectIds: z.array(z.string()).min(1),
  groups: z.array(evaluatorGroupSchema).min(1),
  scheme: schemeSchema,
  voteOptions: z.array(voteOptionSchema).length(3),
  rules: scoringRulesSchema,
  recusals: z.array(declaredRecusalSchema).optional(),
  /**
   * The event's roster, in order. Absent (the seed's event): every evaluator not entered for
   * another event's roster.
   */
  evaluatorIds: z.array(z.string()).optional(),
});
export type InspectionEvent = z.infer<typeof inspectionEventSchema>;

/** One evaluator's score sheet for one project. Scores keyed by criterion id. */
export const scoreSheetSchema = z.object({
  eventId: z.string().min(1),
  evaluatorId: z.string().min(1),
  projectId: z.string().min(1),
  scores: z.record(z.string(), z.number().min(0)),
  vote: voteSchema.nullable(),
  comment: z.string().max(500).optional(),
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

export const eventsFileSchema = z.object({
  illustrative: z.boolean(),
  events: z.array(inspectionEventSchema).min(1),
});
export const evaluatorsFileSchema = z.object({
  illustrative: z.boolean(),
  evaluators: z.array(evaluatorSchema).min(1),
});
export const sheetsFileSchema = z.object({
  illustrative: z.boolean(),
  sheets: z.array(scoreSheetSchema),
});

/** Minimal project facts that scoring needs; without a responsible unit no 回避 by unit applies. */
export const scoredProjectSchema = z.object({
  id: z.string(),
  category: categorySchema,
  responsibleUnit: z.string().optional(),
});
export type ScoredProject = z.infer<typeof scoredProjectSchema>;
