import { pairKey } from "../../domain/pair-key";
import type { Vote } from "../../domain/scoring-schemas";
import { appendAudit } from "./audit-store";
import { type SheetRow, type StoredSheet, sheetColumnList, toStoredSheet } from "./sheet-row";
import type { Store } from "./sql";

export type { StoredSheet };

export type PutSheetOutcome =
  | { kind: "created" | "updated" | "unchanged"; sheet: StoredSheet }
  | { kind: "version_conflict"; current: number }
  | { kind: "reason_required" };

type Key = { eventId: string; evaluatorId: string; projectId: string };

/** What a write compares to decide "unchanged": scores in key order, vote, comment. */
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

/** Writes one sheet and its audit record in one transaction: both land, or neither. */
export function createSheetWrites(store: Store) {
  const current = async (key: Key): Promise<StoredSheet | undefined> => {
    const row = await store
      .q()
      .selectFrom("sheets")
      .select(sheetColumnList)
      .where("event_id", "=", key.eventId)
      .where("evaluator_id", "=", key.evaluatorId)
      .where("project_id", "=", key.projectId)
      .executeTakeFirst();
    return row && toStoredSheet(row as SheetRow);
  };

  return {
    current,

    put(
      key: Key,
      input: { scores: Record<string, number>; vote: Vote; comment?: string },
      options: { actor: string; reason?: string; ifMatchVersion?: number },
    ): Promise<PutSheetOutcome> {
      return store.transaction(async (): Promise<PutSheetOutcome> => {
        const before = await current(key);
        if (
          options.ifMatchVersion !== undefined &&
          (before?.version ?? 0) !== options.ifMatchVersion
        )
          return { kind: "version_conflict", current: before?.version ?? 0 };
        const now = new Date().toISOString();
        const subject = `sheet:${pairKey(key)}`;
        const comment = input.comment || null;
        if (!before) {
          const row = await store
            .q()
            .insertInto("sheets")
            .values({
              event_id: key.eventId,
              evaluator_id: key.evaluatorId,
              project_id: key.projectId,
              scores: JSON.stringify(input.scores),
              vote: input.vote,
              comment,
              version: 1,
              updated_at: now,
            })
            .returning(sheetColumnList)
            .executeTakeFirstOrThrow();
          const sheet = toStoredSheet(row as SheetRow);
          await appendAudit(store, {
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
        const row = await store
          .q()
          .updateTable("sheets")
          .set((eb) => ({
            scores: JSON.stringify(input.scores),
            vote: input.vote,
            comment,
            version: eb("version", "+", 1),
            updated_at: now,
          }))
          .where("event_id", "=", key.eventId)
          .where("evaluator_id", "=", key.evaluatorId)
          .where("project_id", "=", key.projectId)
          .returning(sheetColumnList)
          .executeTakeFirstOrThrow();
        const sheet = toStoredSheet(row as SheetRow);
        await appendAudit(store, {
          actor: options.actor,
          action: "sheet.correct",
          eventId: key.eventId,
          subject,
          before: { scores: before.scores, vote: before.vote, comment: before.comment ?? null },
          after: { scores: sheet.scores, vote: sheet.vote, comment },
          reason: options.reason,
        });
        return { kind: "updated", sheet };
      });
    },
  };
}
export type SheetWrites = ReturnType<typeof createSheetWrites>;
