import type { Db } from "./open-database";

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

/** The append-only change log (the table refuses UPDATE and DELETE). */
export function createAuditStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, actor, action, event_id, subject, before, after, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
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
    append(record: Omit<AuditRecord, "id" | "at">): number {
      const info = insert.run(
        new Date().toISOString(),
        record.actor,
        record.action,
        record.eventId,
        record.subject,
        record.before === undefined ? null : JSON.stringify(record.before),
        record.after === undefined ? null : JSON.stringify(record.after),
        record.reason,
      );
      return Number(info.lastInsertRowid);
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
