import { describe, expect, it } from "vitest";
import { createAccountsStore } from "./accounts-store";
import { createPasswordLinksStore } from "./password-links-store";
import { forEachStore } from "./test-stores";

const hour = 60 * 60_000;

describe("password links store", () => {
  forEachStore((store) => {
    const audited = () =>
      store()
        .db.selectFrom("audit_log")
        .select(["action", "subject", "actor"])
        .orderBy("id")
        .execute();
    const setUp = async () => {
      const accounts = createAccountsStore(store());
      const user = await accounts.addUser(
        { username: "li.na", displayName: "李娜", role: "leader" },
        "old-hash",
      );
      return { accounts, user, links: createPasswordLinksStore(store()) };
    };

    it("issues a link with its audit record, and a newer one replaces it", async () => {
      const { links } = await setUp();
      const at = new Date("2026-03-01T08:00:00.000Z");
      expect(await links.issue("LI.NA", "l1", 72 * hour, "admin:test", at)).toEqual({
        expiresAt: "2026-03-04T08:00:00.000Z",
      });
      expect(await links.lookup("l1", at)).toMatchObject({ ok: true, username: "li.na" });
      await links.issue("li.na", "l2", 72 * hour, "admin:test", at);
      expect(await links.lookup("l1", at)).toEqual({ ok: false, refused: "replaced" });
      expect(await links.issue("nobody", "l3", hour, "admin:test")).toBeUndefined();
      expect(await links.lookup("l2", new Date("2026-03-05T00:00:00.000Z"))).toEqual({
        ok: false,
        refused: "expired",
      });
      expect((await audited()).map((r) => [r.action, r.subject])).toEqual([
        ["account.password_link", "account:li.na"],
        ["account.password_link", "account:li.na"],
      ]);
    });

    it("sets the password once, ends the account's sessions, and records it", async () => {
      const { accounts, user, links } = await setUp();
      await links.issue("li.na", "l1", hour, "admin:test");
      await accounts.createSession("s1", user.id, "c", hour);
      const twice = await Promise.all([links.use("l1", "new-hash"), links.use("l1", "other")]);
      expect(twice.filter((r) => r.ok)).toHaveLength(1);
      expect(twice.filter((r) => !r.ok)).toEqual([{ ok: false, refused: "used" }]);
      expect((await accounts.findForSignIn("li.na"))?.passwordHash).toMatch(/^(new-hash|other)$/);
      expect(await accounts.findSession("s1")).toBeUndefined();
      expect((await audited()).map((r) => [r.action, r.actor]).at(-1)).toEqual([
        "account.password_set_by_link",
        "account:li.na",
      ]);
    });

    it("opens nothing for a disabled account or an unknown link", async () => {
      const { accounts, links } = await setUp();
      await links.issue("li.na", "l1", hour, "admin:test");
      await accounts.addUser({ username: "admin", displayName: "管理员", role: "admin" }, "h");
      await accounts.setDisabled("li.na", true, { actor: "admin:test" });
      expect(await links.use("l1", "new-hash")).toEqual({ ok: false, refused: "unknown" });
      expect(await links.lookup("nothing")).toEqual({ ok: false, refused: "unknown" });
      expect((await accounts.findAccount("li.na"))?.disabled).toBe(true);
      expect((await audited()).map((r) => r.action)).not.toContain("account.password_set_by_link");
    });
  });
});
