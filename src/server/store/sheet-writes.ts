import { pairKey } from "../../domain/pair-key";
import type { Vote } from "../../domain/scoring-schemas";
import type { AuditStore } from "./audit-store";
import type { Db } from "./open-database";
import { type SheetRow, type StoredSheet, sheetColumns, toStoredSheet } from "./sheet-row";

export type { StoredSheet };

export type PutSheetOutcome =
  | { kind: "created" | "updated" | "unchanged"; sheet: StoredSheet }
  | { kind: "version_conflict"; current: number }
  | { kind: "reason_required" };

/** Writes one sheet and its audit record in one transaction: both land, or neither. */
export function createSheetWrites(db: Db, audit: AuditStore) {
  const get = db.prepare(
    `SELECT ${sheetColumns} FROM sheets WHERE event_id = ? AND evaluator_id = ? AND project_id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO sheets (event_id, evaluator_id, project_id, scores, vote, comment, version, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const update = db.prepare(
    `UPDATE sheets SET scores = ?, vote = ?, comment = ?, version = version + 1, updated_at = ?
     WHERE event_id = ? AND evaluator_id = ? AND project_id = ?`,
  );
  const toSheet = (_key: Key, row: SheetRow): StoredSheet => toStoredSheet(row);
  type Key = { eventId: string; evaluatorId: string; projectId: string };
  const content = (s: {
    scores: Record<string, number>;
    vote: Vote | null;
    comment?: string | null;
  }) =>
    JSON.stringify([
      Object.entries(s.scores).sort(([a], [b]) => a.localeCompare(b)),
      s.vote,
      s.comment ?? null,
    ]);

  return {
    current(key: Key): StoredSheet | undefined {
      const row = get.get(key.eventId, key.evaluatorId, key.projectId) as SheetRow | undefined;
      return row ? toSheet(key, row) : undefined;
    },

    put(
      key: Key,
      input: { scores: Record<string, number>; vote: Vote; comment?: string },
      options: { actor: string; reason?: string; ifMatchVersion?: number },
    ): PutSheetOutcome {
      return db.transaction((): PutSheetOutcome => {
        const row = get.get(key.eventId, key.evaluatorId, key.projectId) as SheetRow | undefined;
        const before = row ? toSheet(key, row) : undefined;
        if (
          options.ifMatchVersion !== undefined &&
          (before?.version ?? 0) !== options.ifMatchVersion
        )
          return { kind: "version_conflict", current: before?.version ?? 0 };
        const now = new Date().toISOString();
        const subject = `sheet:${pairKey(key)}`;
        const comment = input.comment || null;
        if (!before) {
          insert.run(
            key.eventId,
            key.evaluatorId,
            key.projectId,
            JSON.stringify(input.scores),
            input.vote,
            comment,
            now,
          );
          const sheet = this.current(key) as StoredSheet;
          audit.append({
            actor: options.actor,
            action: "sheet.submit",
            eventId: key.eventId,
            subject,
            before: null,
            after: { scores: sheet.scores, vote: sheet.vote, comment },
            reason: options.reason ?? null,
          });
          return { kind: "created", sheet };
        }
        if (content(before) === content({ ...input, comment }))
          return { kind: "unchanged", sheet: before };
        if (!options.reason) return { kind: "reason_required" };
        update.run(
          JSON.stringify(input.scores),
          input.vote,
          comment,
          now,
          key.eventId,
          key.evaluatorId,
          key.projectId,
        );
        const sheet = this.current(key) as StoredSheet;
        audit.append({
          actor: options.actor,
          action: "sheet.correct",
          eventId: key.eventId,
          subject,
          before: { scores: before.scores, vote: before.vote, comment: before.comment ?? null },
          after: { scores: sheet.scores, vote: sheet.vote, comment },
          reason: options.reason,
        });
        return { kind: "updated", sheet };
      })();
    },
  };
}
export type SheetWrites = ReturnType<typeof createSheetWrites>;
