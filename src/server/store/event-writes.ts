import type { EventState } from "../../domain/scoring-schemas";
import type { AuditStore } from "./audit-store";
import type { Db } from "./open-database";

/** Changes an event's state and records it in the audit log, in one transaction. */
export function createEventWrites(db: Db, audit: AuditStore) {
  const update = db.prepare(
    "UPDATE events SET state = ?, record = json_set(record, '$.state', ?) WHERE id = ?",
  );
  return {
    setState(
      eventId: string,
      from: EventState,
      to: EventState,
      actor: string,
      reason: string | null,
    ) {
      db.transaction(() => {
        update.run(to, to, eventId);
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
  };
}
export type EventWrites = ReturnType<typeof createEventWrites>;
