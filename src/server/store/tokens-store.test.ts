import { describe, expect, it, vi } from "vitest";
import type { Store } from "./sql";
import { forEachStore } from "./test-stores";
import { createTokensStore } from "./tokens-store";

const withEvent = async (store: Store) => {
  await store.db.insertInto("events").values({ id: "ev1", state: "open", record: "{}" }).execute();
  await store.db
    .insertInto("evaluators")
    .values([
      { id: "e1", position: 0, record: "{}" },
      { id: "e2", position: 1, record: "{}" },
    ])
    .execute();
};
const audit = (action: string, evaluatorId: string) => ({
  actor: "staff:test",
  action,
  eventId: "ev1",
  subject: `evaluator:${evaluatorId}`,
  before: null,
  after: null,
  reason: null,
});

describe("tokens store", () => {
  forEachStore((store) => {
    const audited = () =>
      store().db.selectFrom("audit_log").select(["action", "subject"]).orderBy("id").execute();

    it("issues a personal link with its audit record; only the newest link works", async () => {
      await withEvent(store());
      const tokens = createTokensStore(store());
      await tokens.issueLink("ev1", "e1", "h1", "staff:test", audit("link.issue", "e1"));
      expect(await tokens.resolve("h1")).toEqual({
        kind: "evaluator",
        eventId: "ev1",
        evaluatorId: "e1",
      });
      await tokens.issueLink("ev1", "e1", "h2", "staff:test", audit("link.issue", "e1"));
      await tokens.issueLink("ev1", "e2", "h3", "staff:test");
      expect(await tokens.resolve("h1")).toBeNull();
      expect((await tokens.activeLinks("ev1")).map((l) => l.evaluatorId)).toEqual(["e1", "e2"]);
      expect(await tokens.revokeLink("ev1", "e1", audit("link.revoke", "e1"))).toBe(true);
      // Nothing left to revoke: refused, and not recorded.
      expect(await tokens.revokeLink("ev1", "e1", audit("link.revoke", "e1"))).toBe(false);
      expect(await tokens.resolve("h2")).toBeNull();
      expect((await audited()).map((r) => r.action)).toEqual([
        "link.issue",
        "link.issue",
        "link.revoke",
      ]);
    });

    it("keeps no link, nor its audit record, when either cannot be stored", async () => {
      await withEvent(store());
      const tokens = createTokensStore(store());
      await expect(
        tokens.issueLink("ev1", "e1", "h1", "staff:test", {
          ...audit("link.issue", "e1"),
          actor: null as unknown as string,
        }),
      ).rejects.toThrow();
      expect(await tokens.resolve("h1")).toBeNull();
      expect(await audited()).toEqual([]);
    });

    it("resolves a display token and notes when it was last seen, until it is revoked", async () => {
      const tokens = createTokensStore(store());
      await tokens.createDisplayToken("d1", "大厅", "dh", "admin:test");
      expect((await tokens.listDisplayTokens())[0]?.lastSeenAt).toBeNull();
      expect(await tokens.resolve("dh")).toEqual({ kind: "display", tokenId: "d1" });
      const [listed] = await tokens.listDisplayTokens();
      expect(listed).toMatchObject({ id: "d1", label: "大厅", createdBy: "admin:test" });
      expect(listed?.lastSeenAt).not.toBeNull();
      // Seen again within the minute: not written again.
      await tokens.resolve("dh");
      expect((await tokens.listDisplayTokens())[0]?.lastSeenAt).toBe(listed?.lastSeenAt);
      vi.useFakeTimers({ toFake: ["Date"] });
      try {
        vi.setSystemTime(Date.now() + 61_000);
        await tokens.resolve("dh");
        expect((await tokens.listDisplayTokens())[0]?.lastSeenAt).not.toBe(listed?.lastSeenAt);
      } finally {
        vi.useRealTimers();
      }
      expect(await tokens.revokeDisplayToken("d1")).toBe(true);
      expect(await tokens.revokeDisplayToken("d1")).toBe(false);
      expect(await tokens.resolve("dh")).toBeNull();
      expect(await tokens.resolve("unknown")).toBeNull();
    });
  });
});
