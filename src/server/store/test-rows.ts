import { readFileSync } from "node:fs";
import { evaluators, makeEvent } from "../../domain/event-results.fixtures";
import { type ProjectRecord, projectRecordSchema } from "../../domain/project";
import type { InspectionEvent } from "../../domain/scoring-schemas";
import type { AuditRecord } from "./audit-store";
import type { Store } from "./sql";

/** A project of the seed's list, by its place there, with the id a test gives it. */
export function seedProject(index: number, id: string): ProjectRecord {
  const seed = JSON.parse(readFileSync("data/projects.json", "utf8")) as { projects: unknown[] };
  return { ...projectRecordSchema.parse(seed.projects[index]), id };
}

/**
 * The rows a score sheet refers to, for store tests: one open event over projects p1 and p2 and
 * the fixtures' evaluators (e01…e07, g01).
 */
export async function addScoringRows(store: Store): Promise<InspectionEvent> {
  const event = makeEvent(["p1", "p2"]);
  const q = store.q();
  await q
    .insertInto("events")
    .values({ id: event.id, state: event.state, record: JSON.stringify(event), version: 1 })
    .execute();
  await q
    .insertInto("evaluators")
    .values(evaluators.map((e, position) => ({ id: e.id, position, record: JSON.stringify(e) })))
    .execute();
  for (const [position, id] of ["p1", "p2"].entries())
    await q
      .insertInto("projects")
      .values({
        id,
        position,
        category: "manufacturing",
        record: JSON.stringify({ id }),
        version: 1,
      })
      .execute();
  return event;
}

/** The audit log, oldest first, its JSON read. */
export async function auditOf(store: Store): Promise<Omit<AuditRecord, "id" | "at">[]> {
  const rows = await store.q().selectFrom("audit_log").selectAll().orderBy("id").execute();
  return rows.map((r) => ({
    actor: r.actor,
    action: r.action,
    eventId: r.event_id,
    subject: r.subject,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    reason: r.reason,
  }));
}
