/** What GET /api/review answers. */
import { z } from "zod";
import { categorySchema } from "./project";
import { statusLightSchema } from "./status-rules";

const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

export const reviewResponseSchema = z.object({
  illustrative: z.boolean(),
  /** 数据截至, and what it rests on, as every other answer says it. */
  asOf: z.string(),
  asOfBasis: z.enum(["round", "report"]),
  /** The 旬 reviewed, oldest first; the last is that of 数据截至. */
  periods: z.array(z.string()),
  shares: z.array(
    z.object({
      period: z.string(),
      active: z.number().int(),
      green: z.number().int(),
      yellow: z.number().int(),
      red: z.number().int(),
    }),
  ),
  plan: z.array(
    z.object({
      period: z.string(),
      completionPct: z.number().nullable(),
      timeElapsedPct: z.number(),
    }),
  ),
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      category: categorySchema,
      responsibleUnit: z.string(),
      responsibleUnitEn: z.string(),
      lights: z.array(statusLightSchema.nullable()),
      redCount: z.number().int(),
      yellowCount: z.number().int(),
      light: statusLightSchema.nullable(),
      turnedRed: z.object({ period: z.string(), reason: bilingualSchema }).nullable(),
      scores: z.array(
        z.object({ score: z.number().nullable(), rank: z.number().nullable() }).nullable(),
      ),
    }),
  ),
  inspections: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      date: z.string(),
      state: z.string(),
    }),
  ),
  publishedCount: z.number().int(),
});
