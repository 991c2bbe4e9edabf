import { describe, expect, it } from "vitest";
import { BatchRefused, createSheetBatch } from "./sheet-batch";
import { createSheetWrites } from "./sheet-writes";
import { addScoringRows, auditOf } from "./test-rows";
import { forEachStore } from "./test-stores";

const eventId = "ev-2023-02-24";
const scores = { progress: 25, investment: 15, technology: 15, site: 10, benefit: 10 };
const item = (evaluatorId: string, projectId: string, site = 10) => ({
  evaluatorId,
  projectId,
  scores: { ...scores, site },
  vote: "satisfied" as const,
});

describe("sheet batch (imports)", () => {
  forEachStore((store) => {
    it("stores every sheet of a batch, each with its audit record", async () => {
      const s = store();
      await addScoringRows(s);
      const batch = createSheetBatch(s, createSheetWrites(s));
      const outcomes = await batch.putAll(eventId, [item("e01", "p1"), item("e02", "p2")], {
        actor: "user:staff",
      });
      expect(outcomes.map((o) => o.kind)).toEqual(["created", "created"]);
      const audit = await auditOf(s);
      expect(audit.map((r) => [r.action, r.subject])).toEqual([
        ["sheet.submit", "sheet:e01/p1"],
        ["sheet.submit", "sheet:e02/p2"],
      ]);
    });

    it("stores nothing of a batch when one of its sheets is refused", async () => {
      const s = store();
      await addScoringRows(s);
      const writes = createSheetWrites(s);
      await writes.put(
        { eventId, evaluatorId: "e03", projectId: "p1" },
        { scores, vote: "satisfied" },
        { actor: "user:staff" },
      );
      const batch = createSheetBatch(s, writes);
      // The third changes a stored sheet without a reason: the two before it go too.
      const refused = await batch
        .putAll(eventId, [item("e01", "p1"), item("e02", "p1"), item("e03", "p1", 5)], {
          actor: "user:staff",
        })
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(BatchRefused);
      expect(refused).toMatchObject({ index: 2, kind: "reason_required" });
      expect(await writes.current({ eventId, evaluatorId: "e01", projectId: "p1" })).toBe(
        undefined,
      );
      expect((await auditOf(s)).length).toBe(1);
    });
  });
});
