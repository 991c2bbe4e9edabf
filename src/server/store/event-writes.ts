import type { Evaluator, EventState, InspectionEvent } from "../../domain/scoring-schemas";
import type { AuditStore } from "./audit-store";
import type { Db } from "./open-database";

/** What an event's audit record keeps: the record and its roster (names included: staff read it). */
const snapshot = (event: InspectionEvent, roster: readonly Evaluator[]) => ({ event, roster });

/**
 * Changes to events, each with its audit record in the same transaction: state moves, and the
 * drafts prepared in the app (the record and its roster in the evaluators table).
 */
export function createEventWrites(db: Db, audit: AuditStore) {
  const q = {
    setState: db.prepare(
      "UPDATE events SET state = ?, record = json_set(record, '$.state', ?), version = version + 1 WHERE id = ?",
    ),
    version: db.prepare("SELECT version FROM events WHERE id = ?"),
    insert: db.prepare("INSERT INTO events (id, state, record, version) VALUES (?, ?, ?, 1)"),
    update: db.prepare("UPDATE events SET record = ?, version = version + 1 WHERE id = ?"),
    nextPosition: db.prepare("SELECT coalesce(max(position), -1) + 1 AS n FROM evaluators"),
    // Never REPLACE: that deletes the row, which sheets and links may refer to.
    upsertEvaluator: db.prepare(
      `INSERT INTO evaluators (id, position, record) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET record = excluded.record`,
    ),
    sheetCount: db.prepare("SELECT count(*) AS n FROM sheets WHERE event_id = ?"),
  };
  const saveRoster = (roster: readonly Evaluator[]) => {
    const { n } = q.nextPosition.get() as { n: number };
    roster.forEach((e, i) => {
      q.upsertEvaluator.run(e.id, n + i, JSON.stringify(e));
    });
  };
  return {
    setState(
      eventId: string,
      from: EventState,
      to: EventState,
      actor: string,
      reason: string | null,
    ) {
      db.transaction(() => {
        q.setState.run(to, to, eventId);
        audit.append({
          actor,
          action: "event.state",
          eventId,
          subject: `event:${eventId}`,
          before: { state: from },
          after: { state: to },
          reason,
        });
      })();
    },

    version(eventId: string): number | undefined {
      return (q.version.get(eventId) as { version: number } | undefined)?.version;
    },

    /** How many sheets the event has: once there is one, its scheme is fixed. */
    sheetCount(eventId: string): number {
      return (q.sheetCount.get(eventId) as { n: number }).n;
    },

    create(event: InspectionEvent, roster: readonly Evaluator[], actor: string) {
      db.transaction(() => {
        q.insert.run(event.id, event.state, JSON.stringify(event));
        saveRoster(roster);
        audit.append({
          actor,
          action: "event.create",
          eventId: event.id,
          subject: `event:${event.id}`,
          before: null,
          after: snapshot(event, roster),
          reason: null,
        });
      })();
    },

    /**
     * Replaces a draft's record and roster. Evaluators taken off the roster keep their row (a
     * link or keying may name them) but, entered for this event, never join another's.
     */
    updateDraft(
      before: { event: InspectionEvent; roster: readonly Evaluator[] },
      after: { event: InspectionEvent; roster: readonly Evaluator[] },
      actor: string,
    ) {
      db.transaction(() => {
        q.update.run(JSON.stringify(after.event), after.event.id);
        saveRoster(after.roster);
        audit.append({
          actor,
          action: "event.update",
          eventId: after.event.id,
          subject: `event:${after.event.id}`,
          before: snapshot(before.event, before.roster),
          after: snapshot(after.event, after.roster),
          reason: null,
        });
      })();
    },
  };
}
export type EventWrites = ReturnType<typeof createEventWrites>;
