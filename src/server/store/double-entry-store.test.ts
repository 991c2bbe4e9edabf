import { describe, expect, it } from "vitest";
import { createDoubleEntryStore } from "./double-entry-store";
import { createSheetWrites } from "./sheet-writes";
import { addScoringRows, auditOf } from "./test-rows";
import { forEachStore } from "./test-stores";

const key = { eventId: "ev-2023-02-24", evaluatorId: "e01", projectId: "p1" };
const scores = { progress: 25, investment: 15, technology: 15, site: 10, benefit: 10 };

describe("double entry store", () => {
  forEachStore((store) => {
    const open = async () => {
      const s = store();
      await addScoringRows(s);
      const writes = createSheetWrites(s);
      return { s, writes, entries: createDoubleEntryStore(s, writes) };
    };

    it("stores the sheet once two accounts key the same values, audited with both names", async () => {
      const { s, writes, entries } = await open();
      expect(await entries.submit(key, { scores, vote: "satisfied" }, "user:a")).toMatchObject({
        kind: "first",
      });
      expect(await entries.submit(key, { scores, vote: "satisfied" }, "user:a")).toEqual({
        kind: "same_keyer",
      });
      expect(await writes.current(key)).toBeUndefined();
      expect((await entries.listOpen(key.eventId)).waiting).toMatchObject([
        { evaluatorId: "e01", projectId: "p1", keyedBy: "user:a", status: "waiting", scores },
      ]);

      const matched = await entries.submit(
        key,
        { scores, vote: "satisfied", comment: "好" },
        "user:b",
      );
      expect(matched).toMatchObject({
        kind: "matched",
        sheet: { scores, comment: "好", version: 1 },
        keyers: ["user:a", "user:b"],
      });
      expect(await entries.listOpen(key.eventId)).toEqual({ waiting: [], mismatches: [] });
      expect(await auditOf(s)).toMatchObject([
        { action: "sheet.submit", actor: "double-entry:a+b", subject: "sheet:e01/p1" },
      ]);
      expect(await entries.submit(key, { scores, vote: "satisfied" }, "user:c")).toEqual({
        kind: "sheet_exists",
      });
    });

    it("opens a mismatch that only a third account resolves, with a reason", async () => {
      const { s, writes, entries } = await open();
      await entries.submit(key, { scores, vote: "satisfied" }, "user:a");
      const other = { ...scores, site: 5 };
      const outcome = await entries.submit(key, { scores: other, vote: "satisfied" }, "user:b");
      expect(outcome.kind).toBe("mismatch");
      const mismatchId = outcome.kind === "mismatch" ? outcome.mismatchId : -1;
      expect(await entries.submit(key, { scores, vote: "satisfied" }, "user:c")).toEqual({
        kind: "in_review",
        mismatchId,
      });
      const listed = await entries.listOpen(key.eventId);
      expect(listed.mismatches).toMatchObject([
        {
          id: mismatchId,
          resolvedAt: null,
          first: { keyedBy: "user:a", status: "mismatch", scores },
          second: { keyedBy: "user:b", status: "mismatch", scores: other },
        },
      ]);

      const asKeyer = { resolver: "user:b", reason: "看原件" };
      expect(
        await entries.resolve(key.eventId, mismatchId, { scores, vote: "satisfied" }, asKeyer),
      ).toEqual({ kind: "keyer" });
      const resolved = await entries.resolve(
        key.eventId,
        mismatchId,
        { scores, vote: "satisfied" },
        { resolver: "user:c", reason: "看原件" },
      );
      expect(resolved).toMatchObject({ kind: "resolved", sheet: { scores, version: 1 } });
      expect(await writes.current(key)).toMatchObject({ scores });
      expect(await entries.listOpen(key.eventId)).toEqual({ waiting: [], mismatches: [] });
      expect((await entries.mismatch(key.eventId, mismatchId))?.resolvedAt).toBeTruthy();
      expect(
        await entries.resolve(
          key.eventId,
          mismatchId,
          { scores, vote: "satisfied" },
          { resolver: "user:d", reason: "再看" },
        ),
      ).toEqual({ kind: "closed" });
      expect(await auditOf(s)).toMatchObject([
        { action: "sheet.submit", actor: "double-entry-review:c", reason: "看原件" },
      ]);
    });
  });
});
