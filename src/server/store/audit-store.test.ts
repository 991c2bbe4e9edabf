import { describe, expect, it } from "vitest";
import { type AuditEntry, appendAudit, createAuditStore } from "./audit-store";
import { forEachStore } from "./test-stores";

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  actor: "admin:test",
  action: "test.change",
  eventId: null,
  subject: "project:p1",
  before: null,
  after: null,
  reason: null,
  ...over,
});

describe("audit store reads", () => {
  forEachStore((store) => {
    it("lists one event's records newest first, a page at a time, with their values read back", async () => {
      const first = await appendAudit(
        store(),
        entry({ eventId: "e1", subject: "event:e1", before: { state: "draft" }, after: 2 }),
      );
      await appendAudit(store(), entry({ eventId: "e2", subject: "event:e2" }));
      const second = await appendAudit(
        store(),
        entry({ eventId: "e1", subject: "sheet:x", reason: "typo" }),
      );
      const third = await appendAudit(store(), entry({ eventId: "e1", subject: "sheet:y" }));
      const audit = createAuditStore(store());

      expect((await audit.list("e1")).map((r) => r.id)).toEqual([third, second, first]);
      expect((await audit.list("e1", 1, 1)).map((r) => r.id)).toEqual([second]);
      expect(await audit.list("e1", 2, 3)).toEqual([]);
      const [oldest] = await audit.list("e1", 1, 2);
      expect(oldest).toMatchObject({
        id: first,
        actor: "admin:test",
        action: "test.change",
        eventId: "e1",
        subject: "event:e1",
        before: { state: "draft" },
        after: 2,
        reason: null,
      });
      expect(Number.isNaN(Date.parse(oldest?.at ?? ""))).toBe(false);
      expect((await audit.list("e1", 1, 1))[0]).toMatchObject({ reason: "typo", before: null });
    });

    it("lists one subject's records, and those under a prefix taken literally", async () => {
      const project = await appendAudit(store(), entry({ subject: "project:p_1" }));
      await appendAudit(store(), entry({ subject: "project:p_10" }));
      const m1 = await appendAudit(store(), entry({ subject: "milestone:p_1/m1" }));
      const m2 = await appendAudit(store(), entry({ subject: "milestone:p_1/m2" }));
      // Neither a wildcard (_ matches any one character in LIKE) nor another case is the prefix.
      await appendAudit(store(), entry({ subject: "milestone:pX1/m1" }));
      await appendAudit(store(), entry({ subject: "MILESTONE:p_1/m3" }));
      await appendAudit(store(), entry({ subject: "milestone:p_10/m1" }));
      const audit = createAuditStore(store());

      expect((await audit.listSubject("project:p_1")).map((r) => r.id)).toEqual([project]);
      expect((await audit.listSubjectPrefix("milestone:p_1/")).map((r) => r.id)).toEqual([m2, m1]);
      expect((await audit.listSubjectPrefix("milestone:p_1/", 1)).map((r) => r.id)).toEqual([m2]);
      expect(await audit.listSubject("project:none")).toEqual([]);
    });
  });
});
