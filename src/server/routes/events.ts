import { Hono } from "hono";
import { z } from "zod";
import {
  eventResponseSchema,
  eventsResponseSchema,
  resultsResponseSchema,
  sheetsResponseSchema,
} from "../../domain/api-views";
import {
  computeEventResults,
  summariseSubmission,
  withoutEvaluatorDetail,
} from "../../domain/event-results";
import { idSchema } from "../../domain/ids";
import { sheetTotal } from "../../domain/sheet-total";
import { documented } from "../api-doc";
import { apiError } from "../api-error";
import { type AppEnv, maySeeResults } from "../auth/actor";
import type { ReadStore } from "../store/read-store";
import { validate } from "../validate";

export const eventIdParam = z.object({
  id: idSchema("an event id"),
});

const tags = ["events"];

export function eventRoutes(store: ReadStore) {
  return new Hono<AppEnv>()
    .get(
      "/",
      documented({ summary: "Inspection events", tags, answers: { 200: eventsResponseSchema } }),
      (c) => {
        const events = store
          .listEvents()
          .map(({ id, name, nameEn, date, state, venue, venueEn }) => ({
            id,
            name,
            nameEn,
            date,
            state,
            venue,
            venueEn,
          }));
        return c.json({ events });
      },
    )
    .get(
      "/:id",
      documented({
        summary: "One event with its scheme, groups and evaluators",
        tags,
        answers: { 200: eventResponseSchema },
        errors: [404],
      }),
      validate("param", eventIdParam),
      (c) => {
        const { id } = c.req.valid("param");
        const event = store.getEvent(id);
        if (!event) return apiError(c, 404, "event_not_found", { id });
        return c.json({ event, evaluators: store.listEvaluators() });
      },
    )
    .get(
      "/:id/sheets",
      documented({
        summary: "The event's score sheets (a personal link sees only its own)",
        tags,
        answers: { 200: sheetsResponseSchema },
        errors: [404],
      }),
      validate("param", eventIdParam),
      (c) => {
        const { id } = c.req.valid("param");
        const event = store.getEvent(id);
        if (!event) return apiError(c, 404, "event_not_found", { id });
        const actor = c.get("actor");
        // An evaluator's personal link sees that evaluator's own sheets, never the others'.
        const visible =
          actor?.kind === "evaluator"
            ? store.listSheets(id).filter((s) => s.evaluatorId === actor.evaluatorId)
            : store.listSheets(id);
        const sheets = visible.map((sheet) => {
          const { total, complete } = sheetTotal(sheet, event.scheme);
          return { ...sheet, total, complete };
        });
        return c.json({ eventId: id, sheets });
      },
    )
    .get(
      "/:id/results",
      documented({
        summary: "Scores, satisfaction and ranks per project, with the steps that produced them",
        tags,
        answers: { 200: resultsResponseSchema },
        errors: [404],
      }),
      validate("param", eventIdParam),
      (c) => {
        const { id } = c.req.valid("param");
        const event = store.getEvent(id);
        if (!event) return apiError(c, 404, "event_not_found", { id });
        if (!maySeeResults(c.get("actor"), event.state))
          return apiError(c, 403, "results_not_published");
        const evaluators = store.listEvaluators();
        const sheets = store.listSheets(id);
        const projects = store
          .listProjects()
          .map((p) => ({ id: p.id, category: p.category, responsibleUnit: p.responsibleUnit }));
        const computed = computeEventResults(event, projects, sheets, evaluators);
        const results =
          c.get("actor")?.kind === "display" ? computed.map(withoutEvaluatorDetail) : computed;
        const { submitted, expected, recused } = summariseSubmission(
          event,
          sheets,
          evaluators,
          projects,
        );
        return c.json({
          eventId: id,
          illustrative: store.meta().illustrative,
          sheetCount: submitted,
          expectedSheetCount: expected,
          recusedCount: recused,
          results,
        });
      },
    );
}
