import { describe, expect, it } from "vitest";
import { createSheetWrites } from "./sheet-writes";
import { addScoringRows, auditOf } from "./test-rows";
import { forEachStore } from "./test-stores";

const key = { eventId: "ev-2023-02-24", evaluatorId: "e01", projectId: "p1" };
const scores = { progress: 25, investment: 15, technology: 15, site: 10, benefit: 10 };

describe("sheet writes", () => {
  forEachStore((store) => {
    it("stores a new sheet as version 1 with its audit record", async () => {
      const s = store();
      await addScoringRows(s);
      const writes = createSheetWrites(s);
      const outcome = await writes.put(
        key,
        { scores, vote: "satisfied", comment: "好" },
        { actor: "user:staff" },
      );
      expect(outcome).toMatchObject({ kind: "created", sheet: { ...key, scores, version: 1 } });
      expect(await writes.current(key)).toMatchObject({ scores, vote: "satisfied", comment: "好" });
      expect(await auditOf(s)).toEqual([
        {
          actor: "user:staff",
          action: "sheet.submit",
          eventId: key.eventId,
          subject: "sheet:e01/p1",
          before: null,
          after: { scores, vote: "satisfied", comment: "好" },
          reason: null,
        },
      ]);
    });

    it("changes a stored sheet only with a reason and the current version, audited", async () => {
      const s = store();
      await addScoringRows(s);
      const writes = createSheetWrites(s);
      await writes.put(key, { scores, vote: "satisfied" }, { actor: "user:staff" });
      const changed = { ...scores, site: 5 };
      const input = { scores: changed, vote: "basically_satisfied" as const };

      expect(await writes.put(key, { scores, vote: "satisfied" }, { actor: "x" })).toMatchObject({
        kind: "unchanged",
        sheet: { version: 1 },
      });
      expect(await writes.put(key, input, { actor: "user:staff" })).toEqual({
        kind: "reason_required",
      });
      expect(
        await writes.put(key, input, { actor: "user:staff", reason: "笔误", ifMatchVersion: 3 }),
      ).toEqual({ kind: "version_conflict", current: 1 });
      expect(await writes.current(key)).toMatchObject({ scores, version: 1 });

      const outcome = await writes.put(key, input, {
        actor: "user:staff",
        reason: "笔误",
        ifMatchVersion: 1,
      });
      expect(outcome).toMatchObject({ kind: "updated", sheet: { scores: changed, version: 2 } });
      const audit = await auditOf(s);
      expect(audit.map((r) => r.action)).toEqual(["sheet.submit", "sheet.correct"]);
      expect(audit[1]).toMatchObject({
        before: { scores, vote: "satisfied", comment: null },
        after: { scores: changed, vote: "basically_satisfied", comment: null },
        reason: "笔误",
      });
    });

    it("keeps neither the sheet nor its audit record when the transaction around it fails", async () => {
      const s = store();
      await addScoringRows(s);
      const writes = createSheetWrites(s);
      await expect(
        s.transaction(async () => {
          await writes.put(key, { scores, vote: "satisfied" }, { actor: "user:staff" });
          throw new Error("refused later in the same request");
        }),
      ).rejects.toThrow("refused later");
      expect(await writes.current(key)).toBeUndefined();
      expect(await auditOf(s)).toEqual([]);
    });
  });
});
