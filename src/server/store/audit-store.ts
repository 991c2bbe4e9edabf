import type { Selectable } from "kysely";
import type { Database, Store } from "./sql";

export type AuditRecord = {
  id: number;
  at: string;
  actor: string;
  action: string;
  eventId: string | null;
  subject: string;
  before: unknown;
  after: unknown;
  reason: string | null;
};

export type AuditEntry = Omit<AuditRecord, "id" | "at">;

/** The row an entry is stored as, the same from either kind of module. */
const auditRow = (record: AuditEntry): Omit<Database["audit_log"], "id"> => ({
  at: new Date().toISOString(),
  actor: record.actor,
  action: record.action,
  event_id: record.eventId,
  subject: record.subject,
  before: record.before === undefined ? null : JSON.stringify(record.before),
  after: record.after === undefined ? null : JSON.stringify(record.after),
  reason: record.reason,
});

/**
 * Appends an entry through the query layer, in the caller's transaction if one is open: how
 * converted modules audit their changes (the others use the store's append).
 */
export async function appendAudit(store: Store, record: AuditEntry): Promise<number> {
  const row = await store
    .q()
    .insertInto("audit_log")
    .values(auditRow(record))
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const parse = (r: Selectable<Database["audit_log"]>): AuditRecord => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  eventId: r.event_id,
  subject: r.subject,
  before: r.before === null ? null : JSON.parse(r.before),
  after: r.after === null ? null : JSON.parse(r.after),
  reason: r.reason,
});

/** Reading the append-only change log (the table refuses UPDATE and DELETE), newest first. */
export function createAuditStore(store: Store) {
  const newest = () => store.q().selectFrom("audit_log").selectAll().orderBy("id", "desc");
  return {
    /** One subject's changes (e.g. "project:<id>"), newest first. */
    async listSubject(subject: string, limit = 200): Promise<AuditRecord[]> {
      const rows = await newest().where("subject", "=", subject).limit(limit).execute();
      return rows.map(parse);
    },
    /** Changes to every subject under a prefix (e.g. "milestone:<project>/"), newest first. */
    async listSubjectPrefix(prefix: string, limit = 200): Promise<AuditRecord[]> {
      // A comparison of the leading characters, not LIKE: SQLite's LIKE ignores case and both
      // stores read % and _ in a prefix as wildcards.
      const rows = await newest()
        .where(
          (eb) => eb.fn("substr", [eb.ref("subject"), eb.val(1), eb.val(prefix.length)]),
          "=",
          prefix,
        )
        .limit(limit)
        .execute();
      return rows.map(parse);
    },
    /** One event's changes, newest first, a page at a time. */
    async list(eventId: string, limit = 200, offset = 0): Promise<AuditRecord[]> {
      const rows = await newest()
        .where("event_id", "=", eventId)
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(parse);
    },
  };
}
export type AuditStore = ReturnType<typeof createAuditStore>;
