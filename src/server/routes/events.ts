import { Hono } from "hono";
import {
  eventResponseSchema,
  eventsResponseSchema,
  resultsResponseSchema,
  sheetsResponseSchema,
} from "../../domain/api-views";
import { withoutName } from "../../domain/event-input";
import {
  computeEventResults,
  summariseSubmission,
  withoutEvaluatorDetail,
} from "../../domain/event-results";
import { sheetTotal } from "../../domain/sheet-total";
import { documented } from "../api-doc";
import { type AppEnv, roleOf } from "../auth/actor";
import type { ReadStore } from "../store/read-store";
import { validate } from "../validate";
import { eventIdParam, eventInPath, resultsOfEventInPath, scoringInputs } from "./event-in-path";

const tags = ["events"];

export function eventRoutes(store: ReadStore) {
  return new Hono<AppEnv>()
    .get(
      "/",
      documented({ summary: "Inspection events", tags, answers: { 200: eventsResponseSchema } }),
      async (c) => {
        const events = (await store.listEvents()).map(
          ({ id, name, nameEn, date, state, venue, venueEn }) => ({
            id,
            name,
            nameEn,
            date,
            state,
            venue,
            venueEn,
          }),
        );
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
      eventInPath(store),
      async (c) => {
        const event = c.get("event");
        const evaluators = await store.eventEvaluators(event);
        // Names are for the people who prepare the event; everyone else sees labels.
        const role = roleOf(c.get("actor"));
        const staff = role === "staff" || role === "admin";
        return c.json({ event, evaluators: staff ? evaluators : evaluators.map(withoutName) });
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
      eventInPath(store),
      async (c) => {
        const event = c.get("event");
        const id = event.id;
        const actor = c.get("actor");
        // An evaluator's personal link sees that evaluator's own sheets, never the others'.
        const visible =
          actor?.kind === "evaluator"
            ? (await store.listSheets(id)).filter((s) => s.evaluatorId === actor.evaluatorId)
            : await store.listSheets(id);
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
      ...resultsOfEventInPath(store),
      async (c) => {
        const { event, evaluators, sheets, projects } = await scoringInputs(store, c.get("event"));
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
          eventId: event.id,
          illustrative: (await store.meta()).illustrative,
          sheetCount: submitted,
          expectedSheetCount: expected,
          recusedCount: recused,
          results,
        });
      },
    );
}
