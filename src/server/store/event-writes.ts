import type { Evaluator, EventState, InspectionEvent } from "../../domain/scoring-schemas";
import { appendAudit } from "./audit-store";
import type { Store } from "./sql";

/** What an event's audit record keeps: the record and its roster (names included: staff read it). */
const snapshot = (event: InspectionEvent, roster: readonly Evaluator[]) => ({ event, roster });

/**
 * Changes to events, each with its audit record in the same transaction: state moves, and the
 * drafts prepared in the app (the record and its roster in the evaluators table).
 */
export function createEventWrites(store: Store) {
  const saveRoster = async (roster: readonly Evaluator[]) => {
    const { last } = await store
      .q()
      .selectFrom("evaluators")
      .select((eb) => eb.fn.max("position").as("last"))
      .executeTakeFirstOrThrow();
    const next = (last ?? -1) + 1;
    for (const [i, e] of roster.entries())
      await store
        .q()
        .insertInto("evaluators")
        .values({ id: e.id, position: next + i, record: JSON.stringify(e) })
        // Never replace the row: sheets and links may refer to it.
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({ record: eb.ref("excluded.record") })),
        )
        .execute();
  };
  return {
    setState(
      eventId: string,
      from: EventState,
      to: EventState,
      actor: string,
      reason: string | null,
    ): Promise<void> {
      return store.transaction(async () => {
        const row = await store
          .q()
          .selectFrom("events")
          .select("record")
          .where("id", "=", eventId)
          .executeTakeFirstOrThrow();
        // The record keeps its own copy of the state, read by the pages.
        const record = { ...(JSON.parse(row.record) as InspectionEvent), state: to };
        await store
          .q()
          .updateTable("events")
          .set((eb) => ({
            state: to,
            record: JSON.stringify(record),
            version: eb("version", "+", 1),
          }))
          .where("id", "=", eventId)
          .execute();
        await appendAudit(store, {
          actor,
          action: "event.state",
          eventId,
          subject: `event:${eventId}`,
          before: { state: from },
          after: { state: to },
          reason,
        });
      });
    },

    async version(eventId: string): Promise<number | undefined> {
      const row = await store
        .q()
        .selectFrom("events")
        .select("version")
        .where("id", "=", eventId)
        .executeTakeFirst();
      return row?.version;
    },

    /** How many sheets the event has: once there is one, its scheme is fixed. */
    async sheetCount(eventId: string): Promise<number> {
      const { n } = await store
        .q()
        .selectFrom("sheets")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("event_id", "=", eventId)
        .executeTakeFirstOrThrow();
      return Number(n);
    },

    create(event: InspectionEvent, roster: readonly Evaluator[], actor: string): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .insertInto("events")
          .values({ id: event.id, state: event.state, record: JSON.stringify(event), version: 1 })
          .execute();
        await saveRoster(roster);
        await appendAudit(store, {
          actor,
          action: "event.create",
          eventId: event.id,
          subject: `event:${event.id}`,
          before: null,
          after: snapshot(event, roster),
          reason: null,
        });
      });
    },

    /**
     * Replaces a draft's record and roster. Evaluators taken off the roster keep their row (a
     * link or keying may name them) but, entered for this event, never join another's.
     */
    updateDraft(
      before: { event: InspectionEvent; roster: readonly Evaluator[] },
      after: { event: InspectionEvent; roster: readonly Evaluator[] },
      actor: string,
    ): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .updateTable("events")
          .set((eb) => ({ record: JSON.stringify(after.event), version: eb("version", "+", 1) }))
          .where("id", "=", after.event.id)
          .execute();
        await saveRoster(after.roster);
        await appendAudit(store, {
          actor,
          action: "event.update",
          eventId: after.event.id,
          subject: `event:${after.event.id}`,
          before: snapshot(before.event, before.roster),
          after: snapshot(after.event, after.roster),
          reason: null,
        });
      });
    },
  };
}
export type EventWrites = ReturnType<typeof createEventWrites>;
