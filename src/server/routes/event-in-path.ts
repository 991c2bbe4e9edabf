import { createMiddleware } from "hono/factory";
import { z } from "zod";
import { idSchema } from "../../domain/ids";
import type { InspectionEvent } from "../../domain/scoring-schemas";
import { apiError } from "../api-error";
import { type AppEnv, maySeeResults } from "../auth/actor";
import type { ReadStore } from "../store/read-store";
import { validate } from "../validate";

export const eventIdParam = z.object({ id: idSchema("an event id") });

export type EventEnv = { Variables: AppEnv["Variables"] & { event: InspectionEvent } };

/** The event named by the path's (validated) :id, put in the context; 404 when there is none. */
export const eventInPath = (store: Pick<ReadStore, "getEvent">) =>
  createMiddleware<EventEnv>(async (c, next) => {
    const id = c.req.param("id") ?? "";
    const event = await store.getEvent(id);
    if (!event) return apiError(c, 404, "event_not_found", { id });
    c.set("event", event);
    await next();
  });

/** A personal link sees an event's results only once they are published. */
export const resultsVisible = () =>
  createMiddleware<EventEnv>(async (c, next) => {
    if (!maySeeResults(c.get("actor"), c.get("event").state))
      return apiError(c, 403, "results_not_published");
    await next();
  });

/** The checks before an event's results: a valid id, an event by it, results the caller may see. */
export const resultsOfEventInPath = (store: Pick<ReadStore, "getEvent">) =>
  [validate("param", eventIdParam), eventInPath(store), resultsVisible()] as const;

/** What an event's results and quality signals are computed from. */
export async function scoringInputs(store: ReadStore, event: InspectionEvent) {
  const evaluators = await store.eventEvaluators(event);
  const sheets = await store.listSheets(event.id);
  // The event's own projects, read by key: the list may hold thousands the event does not cover.
  const projects: { id: string; category: string; responsibleUnit: string }[] = [];
  for (const id of event.projectIds) {
    const p = await store.getProjectBase(id);
    if (p) projects.push({ id: p.id, category: p.category, responsibleUnit: p.responsibleUnit });
  }
  return { event, evaluators, sheets, projects };
}
