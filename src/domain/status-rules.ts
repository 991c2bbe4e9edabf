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
    /** An unclosed problem past its due date by more than this many days is escalated (督办).
     *  Stores seeded before the rule existed read the default. */
    escalateProblemAfterDays: z.number().int().min(0).default(15),
  })
  .refine((r) => r.redBehindPoints >= r.yellowBehindPoints, {
    message: "redBehindPoints must not be below yellowBehindPoints",
    path: ["redBehindPoints"],
  });
export type StatusRules = z.infer<typeof statusRulesSchema>;

export const statusLightSchema = z.enum(["green", "yellow", "red"]);
export type StatusLight = z.infer<typeof statusLightSchema>;

/** The lights in reading order, as legends, filters and counts list them. */
export const statusLights = statusLightSchema.options;

/** A light is never told by colour alone: each has a shape, the same on every screen and the map. */
export const lightGlyph: Record<StatusLight, string> = { green: "●", yellow: "▲", red: "■" };

/** The key of each light's word in the common messages (绿灯/黄灯/红灯). */
export const lightWordKey = {
  green: "statusGreen",
  yellow: "statusYellow",
  red: "statusRed",
} as const satisfies Record<StatusLight, string>;

/** How urgent a light is: red before yellow before green. */
export const lightUrgency: Record<StatusLight, number> = { red: 2, yellow: 1, green: 0 };

type Lit = { status: StatusLight; statusExplanation: { behindPoints: number } };

/** The projects not on green, most urgent light first, then the furthest behind plan. */
export function behindPlanFirst<T extends Lit>(projects: readonly T[]): T[] {
  return projects
    .filter((p) => p.status !== "green")
    .sort(
      (a, b) =>
        lightUrgency[b.status] - lightUrgency[a.status] ||
        b.statusExplanation.behindPoints - a.statusExplanation.behindPoints,
    );
}
