import { describe, expect, it } from "vitest";
import { createAccountsStore } from "./accounts-store";
import { forEachStore } from "./test-stores";

describe("accounts store", () => {
  forEachStore((store) => {
    const audited = () =>
      store()
        .db.selectFrom("audit_log")
        .select(["action", "subject", "actor"])
        .orderBy("id")
        .execute();
    const by = { actor: "admin:test" };
    const leader = { username: "li.na", displayName: "李娜", role: "leader" as const };

    it("creates an account with its audit record, and refuses a name taken in any case", async () => {
      const accounts = createAccountsStore(store());
      const made = await accounts.createAccount(leader, "hash-1", by);
      expect("account" in made && made.account).toMatchObject({
        username: "li.na",
        name: "李娜",
        role: "leader",
        disabled: false,
      });
      expect(await accounts.createAccount({ ...leader, username: "LI.NA" }, "hash-2", by)).toEqual({
        refused: "exists",
      });
      expect((await accounts.findForSignIn("Li.Na"))?.passwordHash).toBe("hash-1");
      expect((await audited()).map((r) => [r.action, r.subject, r.actor])).toEqual([
        ["account.create", "account:li.na", "admin:test"],
      ]);
    });

    it("keeps sessions until they expire, the account is disabled or its password changes", async () => {
      const accounts = createAccountsStore(store());
      const user = await accounts.addUser(leader, "hash-1");
      await accounts.createSession("s1", user.id, "csrf-1", 60_000);
      await accounts.createSession("old", user.id, "csrf-0", -1);
      expect(await accounts.findSession("s1")).toEqual({ user, csrfToken: "csrf-1" });
      expect(await accounts.findSession("old")).toBeUndefined();
      await accounts.setDisabled("li.na", true, by);
      expect(await accounts.findSession("s1")).toBeUndefined();
      expect(await accounts.findForSignIn("li.na")).toBeUndefined();
      await accounts.setDisabled("li.na", false, by);
      await accounts.createSession("s2", user.id, "csrf-2", 60_000);
      expect(await accounts.setPassword("li.na", "hash-2")).toBe(true);
      expect(await accounts.findSession("s2")).toBeUndefined();
      expect(await accounts.setPassword("nobody", "hash-2")).toBe(false);
      await accounts.createSession("s3", user.id, "csrf-3", 60_000);
      await accounts.deleteSession("s3");
      expect(await accounts.findSession("s3")).toBeUndefined();
      expect((await audited()).map((r) => r.action)).toEqual(["account.disable", "account.enable"]);
    });

    it("refuses to disable or demote the last enabled admin, and records nothing then", async () => {
      const accounts = createAccountsStore(store());
      await accounts.addUser({ username: "admin", displayName: "管理员", role: "admin" }, "h");
      expect(await accounts.setDisabled("admin", true, by)).toEqual({ refused: "last_admin" });
      expect(await accounts.setRole("admin", "staff", undefined, by)).toEqual({
        refused: "last_admin",
      });
      expect(await accounts.setDisabled("nobody", true, by)).toEqual({ refused: "not_found" });
      expect(await audited()).toEqual([]);
      await accounts.addUser({ username: "admin2", displayName: "管理员2", role: "admin" }, "h");
      // Two admins disabling each other at once: one of them stays.
      const both = await Promise.all([
        accounts.setDisabled("admin", true, by),
        accounts.setDisabled("admin2", true, by),
      ]);
      expect(both.filter((r) => "refused" in r)).toHaveLength(1);
      const enabled = (await accounts.listAccounts()).filter((a) => !a.disabled);
      expect(enabled).toHaveLength(1);
    });

    it("changes a role with its audit record, ending the account's sessions", async () => {
      const accounts = createAccountsStore(store());
      const user = await accounts.addUser(leader, "h");
      await accounts.createSession("s1", user.id, "c", 60_000);
      const changed = await accounts.setRole("li.na", "unit", "区工业和信息化局", by);
      expect("after" in changed && changed.after).toMatchObject({
        role: "unit",
        unit: "区工业和信息化局",
      });
      expect(await accounts.findSession("s1")).toBeUndefined();
      expect((await audited()).map((r) => r.action)).toEqual(["account.role"]);
      expect((await accounts.findAccount("LI.NA"))?.role).toBe("unit");
      expect((await accounts.listUsers()).map((u) => u.username)).toEqual(["li.na"]);
    });
  });
});
