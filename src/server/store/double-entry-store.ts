import { agreedComment, compareEntries, type KeyedSheet } from "../../domain/double-entry";
import type { Vote } from "../../domain/scoring-schemas";
import type { Db } from "./open-database";
import { sheetContent } from "./sheet-row";
import type { SheetWrites, StoredSheet } from "./sheet-writes";

type Key = { eventId: string; evaluatorId: string; projectId: string };
export type EntryStatus = "waiting" | "matched" | "mismatch" | "resolved";
export type DoubleEntry = KeyedSheet & {
  id: number;
  evaluatorId: string;
  projectId: string;
  keyedBy: string;
  keyedAt: string;
  status: EntryStatus;
};
export type Mismatch = {
  id: number;
  evaluatorId: string;
  projectId: string;
  openedAt: string;
  resolvedAt: string | null;
  first: DoubleEntry;
  second: DoubleEntry;
};

export type SubmitOutcome =
  | { kind: "first"; entryId: number }
  | { kind: "matched"; sheet: StoredSheet; keyers: [string, string] }
  | { kind: "mismatch"; mismatchId: number }
  | { kind: "same_keyer" | "sheet_exists" }
  | { kind: "in_review"; mismatchId: number };
export type ResolveOutcome =
  | { kind: "resolved"; sheet: StoredSheet; mismatch: Mismatch }
  | { kind: "not_found" | "closed" | "keyer" };

type EntryRow = {
  id: number;
  evaluator_id: string;
  project_id: string;
  keyed_by: string;
  scores: string;
  vote: Vote;
  comment: string | null;
  keyed_at: string;
  status: EntryStatus;
};
type MismatchRow = {
  id: number;
  evaluator_id: string;
  project_id: string;
  first_entry_id: number;
  second_entry_id: number;
  opened_at: string;
  resolved_at: string | null;
};

const toEntry = (r: EntryRow): DoubleEntry => ({
  id: r.id,
  evaluatorId: r.evaluator_id,
  projectId: r.project_id,
  keyedBy: r.keyed_by,
  keyedAt: r.keyed_at,
  status: r.status,
  ...sheetContent(r),
});

/** "user:staff" → "staff": how a keyer reads in the audit log's actor. */
export const keyerName = (label: string) => label.replace(/^user:/, "");

/**
 * Keyings of paper sheets and the mismatches between them. A sheet reaches `sheets` only through
 * SheetWrites.put (so with its audit record), inside the same transaction as the entries' status.
 */
export function createDoubleEntryStore(db: Db, writes: SheetWrites) {
  const q = {
    insert: db.prepare(
      `INSERT INTO double_entries
         (event_id, evaluator_id, project_id, keyed_by, scores, vote, comment, keyed_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    waiting: db.prepare(
      `SELECT * FROM double_entries
       WHERE event_id = ? AND evaluator_id = ? AND project_id = ? AND status = 'waiting'`,
    ),
    entry: db.prepare("SELECT * FROM double_entries WHERE id = ?"),
    setStatus: db.prepare("UPDATE double_entries SET status = ? WHERE id IN (?, ?)"),
    setOne: db.prepare("UPDATE double_entries SET status = ? WHERE id = ?"),
    openMismatchOf: db.prepare(
      `SELECT id FROM double_entry_mismatches
       WHERE event_id = ? AND evaluator_id = ? AND project_id = ? AND resolved_at IS NULL`,
    ),
    insertMismatch: db.prepare(
      `INSERT INTO double_entry_mismatches
         (event_id, evaluator_id, project_id, first_entry_id, second_entry_id, opened_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    mismatch: db.prepare("SELECT * FROM double_entry_mismatches WHERE event_id = ? AND id = ?"),
    openMismatches: db.prepare(
      "SELECT * FROM double_entry_mismatches WHERE event_id = ? AND resolved_at IS NULL ORDER BY id",
    ),
    allWaiting: db.prepare(
      "SELECT * FROM double_entries WHERE event_id = ? AND status = 'waiting' ORDER BY id",
    ),
    close: db.prepare(
      "UPDATE double_entry_mismatches SET resolved_by = ?, resolved_at = ?, reason = ? WHERE id = ?",
    ),
  };
  const entry = (id: number) => toEntry(q.entry.get(id) as EntryRow);
  const toMismatch = (r: MismatchRow): Mismatch => ({
    id: r.id,
    evaluatorId: r.evaluator_id,
    projectId: r.project_id,
    openedAt: r.opened_at,
    resolvedAt: r.resolved_at,
    first: entry(r.first_entry_id),
    second: entry(r.second_entry_id),
  });
  const mismatch = (eventId: string, id: number) => {
    const row = q.mismatch.get(eventId, id) as MismatchRow | undefined;
    return row ? toMismatch(row) : undefined;
  };

  return {
    mismatch,

    /** Keyings waiting for their second, and mismatches waiting for a third look. */
    listOpen(eventId: string): { waiting: DoubleEntry[]; mismatches: Mismatch[] } {
      return {
        waiting: (q.allWaiting.all(eventId) as EntryRow[]).map(toEntry),
        mismatches: (q.openMismatches.all(eventId) as MismatchRow[]).map(toMismatch),
      };
    },

    /** Records one keying; the second by another account stores the sheet or opens a mismatch. */
    submit(key: Key, input: KeyedSheet, keyedBy: string): SubmitOutcome {
      return db.transaction((): SubmitOutcome => {
        const pair = [key.eventId, key.evaluatorId, key.projectId] as const;
        // Double entry is for sheets not stored yet; a stored one is corrected with a reason instead.
        if (writes.current(key)) return { kind: "sheet_exists" };
        const open = q.openMismatchOf.get(...pair) as { id: number } | undefined;
        if (open) return { kind: "in_review", mismatchId: open.id };
        const waiting = q.waiting.get(...pair) as EntryRow | undefined;
        if (waiting && waiting.keyed_by === keyedBy) return { kind: "same_keyer" };
        const now = new Date().toISOString();
        const first = waiting ? toEntry(waiting) : undefined;
        const same = first ? compareEntries(first, input).same : false;
        // The first pass waits; a second one is born matched or mismatched (one waits per sheet).
        const status = !first ? "waiting" : same ? "matched" : "mismatch";
        const info = q.insert.run(
          ...pair,
          keyedBy,
          JSON.stringify(input.scores),
          input.vote,
          input.comment?.trim() || null,
          now,
          status,
        );
        const id = Number(info.lastInsertRowid);
        if (!first) return { kind: "first", entryId: id };
        q.setOne.run(status, first.id);
        if (!same) {
          const m = q.insertMismatch.run(...pair, first.id, id, now);
          return { kind: "mismatch", mismatchId: Number(m.lastInsertRowid) };
        }
        const comment = agreedComment(first, input);
        const outcome = writes.put(
          key,
          { scores: input.scores, vote: input.vote, ...(comment ? { comment } : {}) },
          {
            actor: `double-entry:${keyerName(first.keyedBy)}+${keyerName(keyedBy)}`,
            ifMatchVersion: 0,
          },
        );
        // Unreachable while the check above holds (one transaction); never store half of it.
        if (outcome.kind !== "created") throw new Error(`double entry: put gave ${outcome.kind}`);
        return { kind: "matched", sheet: outcome.sheet, keyers: [first.keyedBy, keyedBy] };
      })();
    },

    /** The third look: stores the chosen values as the sheet and closes the mismatch. */
    resolve(
      eventId: string,
      mismatchId: number,
      input: KeyedSheet,
      options: { resolver: string; reason: string },
    ): ResolveOutcome {
      return db.transaction((): ResolveOutcome => {
        const m = mismatch(eventId, mismatchId);
        if (!m) return { kind: "not_found" };
        if (m.resolvedAt) return { kind: "closed" };
        if (m.first.keyedBy === options.resolver || m.second.keyedBy === options.resolver)
          return { kind: "keyer" };
        const key = { eventId, evaluatorId: m.evaluatorId, projectId: m.projectId };
        // Normally the sheet does not exist yet; if it arrived meanwhile (the evaluator's phone), the
        // reviewer's reading from the paper corrects it, with the reason, like any correction.
        const outcome = writes.put(key, input, {
          actor: `double-entry-review:${keyerName(options.resolver)}`,
          reason: options.reason,
        });
        if (outcome.kind === "version_conflict" || outcome.kind === "reason_required")
          throw new Error(`double entry: put gave ${outcome.kind}`);
        q.close.run(options.resolver, new Date().toISOString(), options.reason, m.id);
        q.setStatus.run("resolved", m.first.id, m.second.id);
        return { kind: "resolved", sheet: outcome.sheet, mismatch: m };
      })();
    },
  };
}
export type DoubleEntryStore = ReturnType<typeof createDoubleEntryStore>;
