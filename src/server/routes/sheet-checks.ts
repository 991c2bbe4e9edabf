import type { Context } from "hono";
import { onRoster } from "../../domain/event-input";
import { recusalsOf } from "../../domain/recusal";
import type { InspectionEvent } from "../../domain/scoring-schemas";
import { checkScores, describeSheetIssues } from "../../domain/sheet-input";
import { errorBody, requestLang } from "../api-error";
import type { Actor } from "../auth/actor";
import type { ReadStore } from "../store/read-store";
import { reasonText } from "../transfer/transfer-messages";

export type CheckFailure = {
  status: 400 | 403 | 404 | 409;
  body: ReturnType<typeof errorBody>;
};

/**
 * The checks every way of storing one sheet shares, in the order the PUT route has always run them:
 * the event exists; an evaluator's link writes only its own sheets; published events are frozen;
 * evaluators write while open, staff while open or closed; evaluator and project exist and belong
 * to the event; no 回避; the scores fit the scheme. Returns the event, or the error to answer.
 */
export async function checkSheetTarget(
  c: Context,
  store: ReadStore,
  actor: Actor,
  target: { eventId: string; evaluatorId: string; projectId: string },
  scores: Record<string, number>,
): Promise<{ event: InspectionEvent; failure?: undefined } | { failure: CheckFailure }> {
  const { eventId, evaluatorId, projectId } = target;
  const fail = (
    status: CheckFailure["status"],
    ...args: Parameters<typeof errorBody> extends [unknown, ...infer R] ? R : never
  ) => ({ failure: { status, body: errorBody(c, ...args) } });

  const event = await store.getEvent(eventId);
  if (!event) return fail(404, "event_not_found", { id: eventId });
  if (
    actor.kind === "evaluator" &&
    (actor.eventId !== eventId || actor.evaluatorId !== evaluatorId)
  )
    return fail(403, "forbidden");
  if (event.state === "published") return fail(409, "event_published");
  const writable = actor.kind === "evaluator" ? ["open"] : ["open", "closed"];
  if (!writable.includes(event.state)) return fail(409, "event_not_open", { state: event.state });
  // Read by key: every sheet write passes here, and the lists may hold thousands of projects.
  const found = await store.getEvaluator(evaluatorId);
  const evaluator = found && onRoster(event, found) ? found : undefined;
  if (!evaluator) return fail(404, "evaluator_not_found", { id: evaluatorId });
  const project = await store.getProjectBase(projectId);
  if (!project || !event.projectIds.includes(projectId))
    return fail(404, "project_not_in_event", { id: projectId });
  const [recusal] = recusalsOf(event, [evaluator], [project]);
  if (recusal) {
    const reason = recusal.reason ?? reasonText("same_unit", requestLang(c));
    return fail(409, "recused", { reason });
  }
  const issues = checkScores(scores, event.scheme);
  if (issues.length)
    return fail(
      400,
      "sheet_invalid",
      { detail: describeSheetIssues(issues, event.scheme, requestLang(c)) },
      { issues },
    );
  return { event };
}
