import type { Db } from "./open-database";
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

type AuditRow = Omit<AuditRecord, "eventId" | "before" | "after"> & {
  event_id: string | null;
  before: string | null;
  after: string | null;
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

/** The append-only change log (the table refuses UPDATE and DELETE). */
export function createAuditStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, actor, action, event_id, subject, before, after, reason)
     VALUES (@at, @actor, @action, @event_id, @subject, @before, @after, @reason)`,
  );
  const byEvent = db.prepare(
    "SELECT * FROM audit_log WHERE event_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
  );
  const bySubject = db.prepare(
    "SELECT * FROM audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?",
  );
  const bySubjectPrefix = db.prepare(
    "SELECT * FROM audit_log WHERE substr(subject, 1, ?) = ? ORDER BY id DESC LIMIT ?",
  );
  const parse = (r: AuditRow): AuditRecord => ({
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
  return {
    /** One subject's changes (e.g. "project:<id>"), newest first. */
    listSubject(subject: string, limit = 200): AuditRecord[] {
      return (bySubject.all(subject, limit) as AuditRow[]).map(parse);
    },
    /** Changes to every subject under a prefix (e.g. "milestone:<project>/"), newest first. */
    listSubjectPrefix(prefix: string, limit = 200): AuditRecord[] {
      return (bySubjectPrefix.all(prefix.length, prefix, limit) as AuditRow[]).map(parse);
    },
    append(record: AuditEntry): number {
      return Number(insert.run(auditRow(record)).lastInsertRowid);
    },
    list(eventId: string, limit = 200, offset = 0): AuditRecord[] {
      return (byEvent.all(eventId, limit, offset) as AuditRow[]).map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        eventId: r.event_id,
        subject: r.subject,
        before: r.before === null ? null : JSON.parse(r.before),
        after: r.after === null ? null : JSON.parse(r.after),
        reason: r.reason,
      }));
    },
  };
}
export type AuditStore = ReturnType<typeof createAuditStore>;
