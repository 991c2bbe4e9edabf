import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Caller;
beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server.url, "admin", "demo-admin");
});
afterAll(async () => {
  await server.close();
});

describe("accounts run by admins", () => {
  it("lists accounts without any password hash, and only for admins", async () => {
    const list = await admin("GET", "/api/accounts");
    expect(list.status).toBe(200);
    const names = list.body.accounts.map((a: { username: string }) => a.username);
    expect(names).toEqual(expect.arrayContaining(["admin", "staff", "leader"]));
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt|password/i);
    const staff = await signIn(server.url, "staff", "demo-staff");
    expect((await staff("GET", "/api/accounts")).status).toBe(403);
    expect((await caller(server.url)("GET", "/api/accounts")).status).toBe(401);
  });

  it("adds an account with a one-time password that signs in, shown once", async () => {
    const made = await admin("POST", "/api/accounts", {
      username: "wang.li",
      role: "staff",
      name: "王丽",
    });
    expect(made.status).toBe(201);
    expect(made.body.account).toMatchObject({
      username: "wang.li",
      name: "王丽",
      role: "staff",
      disabled: false,
    });
    expect(made.body.password).toMatch(/^[A-Za-z0-9]{16}$/);
    const wang = await signIn(server.url, "wang.li", made.body.password);
    expect((await wang("GET", "/api/session")).body.user.username).toBe("wang.li");
    const list = await admin("GET", "/api/accounts");
    expect(JSON.stringify(list.body)).not.toContain(made.body.password);
    // A chosen password is not echoed back.
    const chosen = await admin("POST", "/api/accounts", {
      username: "chosen",
      role: "leader",
      password: "a long enough password",
    });
    expect(chosen.status).toBe(201);
    expect(chosen.body.password).toBeUndefined();
  });

  it("refuses a taken name, a unit account without a real unit, in the reader's language", async () => {
    const taken = await admin("POST", "/api/accounts?lang=en", {
      username: "STAFF",
      role: "staff",
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("account_exists");
    expect(taken.body.error.message).toContain('"STAFF" already exists');
    const noUnit = await admin("POST", "/api/accounts", { username: "unit2", role: "unit" });
    expect(noUnit.body.error).toMatchObject({ code: "unit_required" });
    expect(noUnit.body.error.message).toContain("责任单位");
    const fake = await admin("POST", "/api/accounts", {
      username: "unit2",
      role: "unit",
      unit: "不存在的局",
    });
    expect(fake.body.error.code).toBe("unit_unknown");
    const projects = await admin("GET", "/api/projects");
    const unit = projects.body.projects[0].responsibleUnit as string;
    const ok = await admin("POST", "/api/accounts", { username: "unit2", role: "unit", unit });
    expect(ok.status).toBe(201);
    expect(ok.body.account.unit).toBe(unit);
    const short = await admin("POST", "/api/accounts", {
      username: "x2",
      role: "staff",
      password: "short",
    });
    expect(short.status).toBe(400);
  });

  it("disabling ends the account's sessions at once; enabling lets it sign in again", async () => {
    const made = await admin("POST", "/api/accounts", { username: "temp", role: "staff" });
    const temp = await signIn(server.url, "temp", made.body.password);
    expect((await temp("GET", "/api/accounts")).status).toBe(403);
    const off = await admin("POST", "/api/accounts/temp/disable");
    expect(off.status).toBe(200);
    expect(off.body.account.disabled).toBe(true);
    expect((await temp("GET", "/api/session")).body.user).toBeNull();
    expect(
      (await temp("POST", "/api/rounds", { period: "2030-01-1", deadline: "2030-01-10" })).status,
    ).toBe(401);
    await expect(signIn(server.url, "temp", made.body.password)).rejects.toThrow(/401/);
    expect((await admin("POST", "/api/accounts/temp/enable")).body.account.disabled).toBe(false);
    await signIn(server.url, "temp", made.body.password);
    expect((await admin("POST", "/api/accounts/nobody/disable")).status).toBe(404);
  });

  it("a reset gives a new one-time password and ends the old sessions", async () => {
    const made = await admin("POST", "/api/accounts", { username: "forgetful", role: "leader" });
    const before = await signIn(server.url, "forgetful", made.body.password);
    const reset = await admin("POST", "/api/accounts/forgetful/reset-password");
    expect(reset.status).toBe(200);
    expect(reset.body.password).not.toBe(made.body.password);
    expect((await before("GET", "/api/session")).body.user).toBeNull();
    await expect(signIn(server.url, "forgetful", made.body.password)).rejects.toThrow();
    await signIn(server.url, "forgetful", reset.body.password);
  });

  it("audits every change: who, when, before and after, never a password", async () => {
    const rows = await (await server.secondStore()).db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "like", "account.%")
      .orderBy("id")
      .execute();
    const temp = rows.filter((r) => r.subject === "account:temp").map((r) => r.action);
    expect(temp).toEqual(["account.create", "account.disable", "account.enable"]);
    const disable = rows.find((r) => r.action === "account.disable");
    expect(disable?.actor).toBe("user:admin");
    expect(JSON.parse(disable?.before ?? "{}").disabled).toBe(false);
    expect(JSON.parse(disable?.after ?? "{}").disabled).toBe(true);
    expect(rows.some((r) => r.action === "account.reset_password")).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/scrypt/);
  });
});

describe("the last enabled admin", () => {
  it("cannot be disabled or demoted, with a clear message", async () => {
    const server2 = await startTestServer();
    try {
      const only = await signIn(server2.url, "admin", "demo-admin");
      const off = await only("POST", "/api/accounts/admin/disable?lang=en");
      expect(off.status).toBe(409);
      expect(off.body.error.code).toBe("last_admin");
      expect(off.body.error.message).toMatch(/last enabled admin/);
      const demote = await only("POST", "/api/accounts/admin/role", { role: "staff" });
      expect(demote.status).toBe(409);
      expect(demote.body.error.message).toContain("最后一个启用的管理员");
    } finally {
      await server2.close();
    }
  });

  it("two admins disabling each other at the same moment: one wins, one is refused", async () => {
    const server2 = await startTestServer();
    try {
      const first = await signIn(server2.url, "admin", "demo-admin");
      const made = await first("POST", "/api/accounts", { username: "admin2", role: "admin" });
      const second = await signIn(server2.url, "admin2", made.body.password);
      const [a, b] = await Promise.all([
        first("POST", "/api/accounts/admin2/disable"),
        second("POST", "/api/accounts/admin/disable"),
      ]);
      const statuses = [a.status, b.status].sort();
      // Either one succeeds and the other is refused (last admin, or its session ended), never both.
      expect(statuses[0]).toBe(200);
      expect([401, 409]).toContain(statuses[1]);
      const list = await (a.status === 200 ? first : second)("GET", "/api/accounts");
      const enabledAdmins = list.body.accounts.filter(
        (x: { role: string; disabled: boolean }) => x.role === "admin" && !x.disabled,
      );
      expect(enabledAdmins).toHaveLength(1);
    } finally {
      await server2.close();
    }
  });
});
