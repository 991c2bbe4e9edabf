import { Hono } from "hono";
import { z } from "zod";
import { methodRankingSchema, qualitySignalsSchema } from "../../domain/outcome-schemas";
import { computeQualitySignals } from "../../domain/quality-signals";
import { rankingsByMethod } from "../../domain/ranking-methods";
import { evaluatorGroupSchema, evaluatorSchema } from "../../domain/scoring-schemas";
import { documented } from "../api-doc";
import type { AppEnv } from "../auth/actor";
import type { Services } from "../services";
import { resultsOfEventInPath, scoringInputs } from "./event-in-path";

const qualityResponseSchema = z.object({
  eventId: z.string(),
  illustrative: z.boolean(),
  trimMinSheets: z.number().int(),
  rankings: z.array(methodRankingSchema),
  signals: qualitySignalsSchema,
  evaluators: z.array(
    evaluatorSchema.pick({ id: true, label: true, labelEn: true, groupId: true }),
  ),
  groups: z.array(evaluatorGroupSchema.pick({ id: true, name: true, nameEn: true })),
});

/**
 * GET /api/events/:id/quality — for any reader: the ranking under mean, median and trimmed mean, and
 * the quality signals, both from the stored sheets, with the evaluators' labels and groups so a
 * screen can name whom a signal is about.
 */
export function qualityRoutes({ store }: Pick<Services, "store">) {
  return new Hono<AppEnv>().get(
    "/:id/quality",
    documented({
      summary:
        "Ranking under mean, median and trimmed mean; lenient/harsh evaluators, uniform sheets, close ranks",
      tags: ["events"],
      answers: { 200: qualityResponseSchema },
      errors: [404],
    }),
    ...resultsOfEventInPath(store),
    async (c) => {
      const { event, evaluators, sheets, projects } = await scoringInputs(store, c.get("event"));
      const groupIds = new Set(event.groups.map((g) => g.id));
      return c.json({
        eventId: event.id,
        illustrative: (await store.meta()).illustrative,
        // The measures' wording needs it: below this many sheets the "trimmed mean" is a plain mean.
        trimMinSheets: event.rules.trimMinSheets,
        rankings: rankingsByMethod(event, projects, sheets, evaluators),
        signals: computeQualitySignals(event, projects, sheets, evaluators),
        evaluators: evaluators
          .filter((e) => groupIds.has(e.groupId))
          .map(({ id: evaluatorId, label, labelEn, groupId }) => ({
            id: evaluatorId,
            label,
            labelEn,
            groupId,
          })),
        groups: event.groups.map(({ id: groupId, name, nameEn }) => ({
          id: groupId,
          name,
          nameEn,
        })),
      });
    },
  );
}
