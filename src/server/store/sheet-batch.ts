import type { Vote } from "../../domain/scoring-schemas";
import type { SheetWrites, StoredSheet } from "./sheet-writes";
import type { Store } from "./sql";

export type BatchItem = {
  evaluatorId: string;
  projectId: string;
  scores: Record<string, number>;
  vote: Vote;
  comment?: string;
};
export type BatchOutcome = { kind: "created" | "updated" | "unchanged"; sheet: StoredSheet };

/** A write the batch refused: everything before it is rolled back with it. */
export class BatchRefused extends Error {
  constructor(
    readonly index: number,
    readonly kind: "reason_required" | "version_conflict",
  ) {
    super(`batch item ${index}: ${kind}`);
  }
}

/**
 * Many sheets with their audit records in ONE transaction: each goes through the same put() as a
 * single write (which joins the batch's transaction), and if any is refused — a sheet changed
 * since the check and now needs a reason — the throw rolls back everything of the batch.
 */
export function createSheetBatch(store: Store, writes: SheetWrites) {
  return {
    putAll(
      eventId: string,
      items: BatchItem[],
      options: { actor: string; reason?: string },
    ): Promise<BatchOutcome[]> {
      return store.transaction(async () => {
        const outcomes: BatchOutcome[] = [];
        for (const [index, item] of items.entries()) {
          const outcome = await writes.put(
            { eventId, evaluatorId: item.evaluatorId, projectId: item.projectId },
            { scores: item.scores, vote: item.vote, comment: item.comment },
            options,
          );
          if (outcome.kind === "reason_required" || outcome.kind === "version_conflict")
            throw new BatchRefused(index, outcome.kind);
          outcomes.push(outcome);
        }
        return outcomes;
      });
    },
  };
}
export type SheetBatch = ReturnType<typeof createSheetBatch>;
