import { agreedComment, compareEntries, type KeyedSheet } from "../../domain/double-entry";
import type { Vote } from "../../domain/scoring-schemas";
import { sheetContent } from "./sheet-row";
import type { SheetWrites, StoredSheet } from "./sheet-writes";
import type { Store } from "./sql";

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

const mismatchColumns = [
  "id",
  "evaluator_id",
  "project_id",
  "first_entry_id",
  "second_entry_id",
  "opened_at",
  "resolved_at",
] as const;

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
export function createDoubleEntryStore(store: Store, writes: SheetWrites) {
  const ofPair = (key: Key) =>
    ({
      event_id: key.eventId,
      evaluator_id: key.evaluatorId,
      project_id: key.projectId,
    }) as const;
  const entry = async (id: number) =>
    toEntry(
      (await store
        .q()
        .selectFrom("double_entries")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow()) as EntryRow,
    );
  const toMismatch = async (r: MismatchRow): Promise<Mismatch> => ({
    id: r.id,
    evaluatorId: r.evaluator_id,
    projectId: r.project_id,
    openedAt: r.opened_at,
    resolvedAt: r.resolved_at,
    first: await entry(r.first_entry_id),
    second: await entry(r.second_entry_id),
  });
  const mismatch = async (eventId: string, id: number): Promise<Mismatch | undefined> => {
    const row = await store
      .q()
      .selectFrom("double_entry_mismatches")
      .select(mismatchColumns)
      .where("event_id", "=", eventId)
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toMismatch(row) : undefined;
  };
  const setStatus = (status: EntryStatus, ids: number[]) =>
    store.q().updateTable("double_entries").set({ status }).where("id", "in", ids).execute();

  return {
    mismatch,

    /** Keyings waiting for their second, and mismatches waiting for a third look. */
    async listOpen(eventId: string): Promise<{ waiting: DoubleEntry[]; mismatches: Mismatch[] }> {
      const waiting = await store
        .q()
        .selectFrom("double_entries")
        .selectAll()
        .where("event_id", "=", eventId)
        .where("status", "=", "waiting")
        .orderBy("id")
        .execute();
      const open = await store
        .q()
        .selectFrom("double_entry_mismatches")
        .select(mismatchColumns)
        .where("event_id", "=", eventId)
        .where("resolved_at", "is", null)
        .orderBy("id")
        .execute();
      const mismatches: Mismatch[] = [];
      for (const row of open) mismatches.push(await toMismatch(row));
      return { waiting: (waiting as EntryRow[]).map(toEntry), mismatches };
    },

    /** Records one keying; the second by another account stores the sheet or opens a mismatch. */
    submit(key: Key, input: KeyedSheet, keyedBy: string): Promise<SubmitOutcome> {
      return store.transaction(async (): Promise<SubmitOutcome> => {
        const pair = ofPair(key);
        // Double entry is for sheets not stored yet; a stored one is corrected with a reason instead.
        if (await writes.current(key)) return { kind: "sheet_exists" };
        const open = await store
          .q()
          .selectFrom("double_entry_mismatches")
          .select("id")
          .where("event_id", "=", pair.event_id)
          .where("evaluator_id", "=", pair.evaluator_id)
          .where("project_id", "=", pair.project_id)
          .where("resolved_at", "is", null)
          .executeTakeFirst();
        if (open) return { kind: "in_review", mismatchId: open.id };
        const waiting = (await store
          .q()
          .selectFrom("double_entries")
          .selectAll()
          .where("event_id", "=", pair.event_id)
          .where("evaluator_id", "=", pair.evaluator_id)
          .where("project_id", "=", pair.project_id)
          .where("status", "=", "waiting")
          .executeTakeFirst()) as EntryRow | undefined;
        if (waiting && waiting.keyed_by === keyedBy) return { kind: "same_keyer" };
        const now = new Date().toISOString();
        const first = waiting ? toEntry(waiting) : undefined;
        const same = first ? compareEntries(first, input).same : false;
        // The first pass waits; a second one is born matched or mismatched (one waits per sheet).
        const status = !first ? "waiting" : same ? "matched" : "mismatch";
        const { id } = await store
          .q()
          .insertInto("double_entries")
          .values({
            ...pair,
            keyed_by: keyedBy,
            scores: JSON.stringify(input.scores),
            vote: input.vote,
            comment: input.comment?.trim() || null,
            keyed_at: now,
            status,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        if (!first) return { kind: "first", entryId: id };
        await setStatus(status, [first.id]);
        if (!same) {
          const m = await store
            .q()
            .insertInto("double_entry_mismatches")
            .values({ ...pair, first_entry_id: first.id, second_entry_id: id, opened_at: now })
            .returning("id")
            .executeTakeFirstOrThrow();
          return { kind: "mismatch", mismatchId: m.id };
        }
        const comment = agreedComment(first, input);
        const outcome = await writes.put(
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
      });
    },

    /** The third look: stores the chosen values as the sheet and closes the mismatch. */
    resolve(
      eventId: string,
      mismatchId: number,
      input: KeyedSheet,
      options: { resolver: string; reason: string },
    ): Promise<ResolveOutcome> {
      return store.transaction(async (): Promise<ResolveOutcome> => {
        const m = await mismatch(eventId, mismatchId);
        if (!m) return { kind: "not_found" };
        if (m.resolvedAt) return { kind: "closed" };
        if (m.first.keyedBy === options.resolver || m.second.keyedBy === options.resolver)
          return { kind: "keyer" };
        const key = { eventId, evaluatorId: m.evaluatorId, projectId: m.projectId };
        // Normally the sheet does not exist yet; if it arrived meanwhile (the evaluator's phone), the
        // reviewer's reading from the paper corrects it, with the reason, like any correction.
        const outcome = await writes.put(key, input, {
          actor: `double-entry-review:${keyerName(options.resolver)}`,
          reason: options.reason,
        });
        if (outcome.kind === "version_conflict" || outcome.kind === "reason_required")
          throw new Error(`double entry: put gave ${outcome.kind}`);
        await store
          .q()
          .updateTable("double_entry_mismatches")
          .set({
            resolved_by: options.resolver,
            resolved_at: new Date().toISOString(),
            reason: options.reason,
          })
          .where("id", "=", m.id)
          .execute();
        await setStatus("resolved", [m.first.id, m.second.id]);
        return { kind: "resolved", sheet: outcome.sheet, mismatch: m };
      });
    },
  };
}
export type DoubleEntryStore = ReturnType<typeof createDoubleEntryStore>;
