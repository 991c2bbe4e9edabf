import { z } from "zod";

/** Thresholds for the status lights, kept as data (data/status-rules.json). */
export const statusRulesSchema = z
  .object({
    /** Points behind 序时进度 at which a project turns yellow (inclusive). */
    yellowBehindPoints: z.number().min(0),
    /** Points behind 序时进度 beyond which a project turns red. */
    redBehindPoints: z.number().min(0),
    /** A milestone overdue by more than this many days turns the light red; any overdue one, yellow. */
    redMilestoneOverdueDays: z.number().int().min(0),
    /** An open problem past its due date by more than this many days turns the light red. */
    redProblemOverdueDays: z.number().int().min(0),
  })
  .refine((r) => r.redBehindPoints >= r.yellowBehindPoints, {
    message: "redBehindPoints must not be below yellowBehindPoints",
    path: ["redBehindPoints"],
  });
export type StatusRules = z.infer<typeof statusRulesSchema>;

export const statusLightSchema = z.enum(["green", "yellow", "red"]);
export type StatusLight = z.infer<typeof statusLightSchema>;
