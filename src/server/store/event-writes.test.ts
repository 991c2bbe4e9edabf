import { describe, expect, it } from "vitest";
import { evaluators, makeEvent } from "../../domain/event-results.fixtures";
import { createEventWrites } from "./event-writes";
import { createSheetWrites } from "./sheet-writes";
import { addScoringRows, auditOf } from "./test-rows";
import { forEachStore } from "./test-stores";

const scores = { progress: 25, investment: 15, technology: 15, site: 10, benefit: 10 };

describe("event writes", () => {
  forEachStore((store) => {
    it("creates a draft with its roster after the evaluators already stored, audited", async () => {
      const s = store();
      await addScoringRows(s);
      const events = createEventWrites(s);
      const draft = { ...makeEvent(["p1"]), id: "ev-2024-03-01", state: "draft" as const };
      const roster = [
        { id: "r1", label: "评委01", labelEn: "Evaluator 01", groupId: "leaders", name: "张三" },
        { id: "r2", label: "评委02", labelEn: "Evaluator 02", groupId: "towns" },
      ];
      await events.create(draft, roster, "user:staff");

      expect(await events.version(draft.id)).toBe(1);
      expect(await events.version("nope")).toBeUndefined();
      const stored = await s
        .q()
        .selectFrom("evaluators")
        .select(["id", "position"])
        .where("id", "in", ["r1", "r2"])
        .orderBy("position")
        .execute();
      expect(stored).toEqual([
        { id: "r1", position: evaluators.length },
        { id: "r2", position: evaluators.length + 1 },
      ]);
      expect(await auditOf(s)).toEqual([
        {
          actor: "user:staff",
          action: "event.create",
          eventId: draft.id,
          subject: `event:${draft.id}`,
          before: null,
          after: { event: draft, roster },
          reason: null,
        },
      ]);

      // An edit keeps a roster row's place and updates what it says.
      const renamed = [{ ...roster[0], label: "评委A" }, roster[1]];
      const edited = { ...draft, name: "改名" };
      await events.updateDraft({ event: draft, roster }, { event: edited, roster: renamed }, "u");
      expect(await events.version(draft.id)).toBe(2);
      const r1 = await s
        .q()
        .selectFrom("evaluators")
        .selectAll()
        .where("id", "=", "r1")
        .executeTakeFirstOrThrow();
      expect({ position: r1.position, label: JSON.parse(r1.record).label }).toEqual({
        position: evaluators.length,
        label: "评委A",
      });
      expect((await auditOf(s)).map((r) => r.action)).toEqual(["event.create", "event.update"]);
    });

    it("moves an event's state in its record too, audited with the reason", async () => {
      const s = store();
      const event = await addScoringRows(s);
      const events = createEventWrites(s);
      await events.setState(event.id, "open", "closed", "user:admin", "到点");
      const row = await s
        .q()
        .selectFrom("events")
        .selectAll()
        .where("id", "=", event.id)
        .executeTakeFirstOrThrow();
      expect({ state: row.state, record: JSON.parse(row.record), version: row.version }).toEqual({
        state: "closed",
        record: { ...event, state: "closed" },
        version: 2,
      });
      expect(await auditOf(s)).toMatchObject([
        {
          action: "event.state",
          before: { state: "open" },
          after: { state: "closed" },
          reason: "到点",
        },
      ]);
    });

    it("counts an event's sheets", async () => {
      const s = store();
      const event = await addScoringRows(s);
      const events = createEventWrites(s);
      expect(await events.sheetCount(event.id)).toBe(0);
      const writes = createSheetWrites(s);
      for (const evaluatorId of ["e01", "e02"])
        await writes.put(
          { eventId: event.id, evaluatorId, projectId: "p1" },
          { scores, vote: "satisfied" },
          { actor: "user:staff" },
        );
      expect(await events.sheetCount(event.id)).toBe(2);
    });
  });
});
