import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "./auth/tokens";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Caller;
let anyone: Caller;
beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server.url, "admin", "demo-admin");
  anyone = caller(server.url);
});
afterAll(async () => {
  await server.close();
});

const chosen = "a password I chose myself";

describe("set-password links", () => {
  it("an account added with a link signs in with the password its holder chooses, once", async () => {
    const made = await admin("POST", "/api/accounts", {
      username: "sun.yue",
      role: "staff",
      name: "孙悦",
      passwordLink: true,
    });
    expect(made.status).toBe(201);
    expect(made.body.password).toBeUndefined();
    const { token, path, expiresAt } = made.body.link;
    expect(path).toBe(`/set-password/${token}`);
    // 72 hours from now, give or take the test's own time.
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(71.9 * 3600_000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(72 * 3600_000);

    const check = await anyone("POST", "/api/password-links/check", { token });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ username: "sun.yue", name: "孙悦" });

    // The same rule as everywhere: too short is refused, and the link is still good after.
    const short = await anyone("POST", "/api/password-links/use", { token, password: "short" });
    expect(short.status).toBe(400);
    const used = await anyone("POST", "/api/password-links/use", { token, password: chosen });
    expect(used.status).toBe(200);
    expect(used.body).toEqual({ username: "sun.yue" });
    await signIn(server.url, "sun.yue", chosen);

    const again = await anyone("POST", "/api/password-links/use?lang=en", {
      token,
      password: "another long password",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("password_link_used");
    expect(again.body.error.message).toMatch(/already been used/);
    expect((await anyone("POST", "/api/password-links/check", { token })).body.error.code).toBe(
      "password_link_used",
    );
  });

  it("a reset by link ends the old password and sessions; a newer link replaces the older", async () => {
    const made = await admin("POST", "/api/accounts", { username: "li.na", role: "leader" });
    const session = await signIn(server.url, "li.na", made.body.password);
    const first = await admin("POST", "/api/accounts/li.na/password-link");
    expect(first.status).toBe(200);
    expect((await session("GET", "/api/session")).body.user).toBeNull();
    await expect(signIn(server.url, "li.na", made.body.password)).rejects.toThrow(/401/);

    const second = await admin("POST", "/api/accounts/li.na/password-link");
    const old = await anyone("POST", "/api/password-links/use", {
      token: first.body.link.token,
      password: chosen,
    });
    expect(old.status).toBe(409);
    expect(old.body.error.code).toBe("password_link_replaced");
    const ok = await anyone("POST", "/api/password-links/use", {
      token: second.body.link.token,
      password: chosen,
    });
    expect(ok.status).toBe(200);
    await signIn(server.url, "li.na", chosen);
    expect((await admin("POST", "/api/accounts/nobody-here/password-link")).status).toBe(404);
  });

  it("an expired link says so, and an unknown one is not found", async () => {
    const made = await admin("POST", "/api/accounts", {
      username: "late.comer",
      role: "staff",
      passwordLink: true,
    });
    const { token } = made.body.link;
    await (await server.secondStore()).db
      .updateTable("password_links")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("token_hash", "=", hashToken(token))
      .execute();
    const late = await anyone("POST", "/api/password-links/use", { token, password: chosen });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("password_link_expired");
    expect(late.body.error.message).toContain("已过期");
    const unknown = await anyone("POST", "/api/password-links/check", {
      token: "x".repeat(43),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("password_link_unknown");
  });

  it("only admins issue links, and a link and a password cannot both be asked for", async () => {
    const staff = await signIn(server.url, "staff", "demo-staff");
    expect((await staff("POST", "/api/accounts/li.na/password-link")).status).toBe(403);
    expect((await anyone("POST", "/api/accounts/li.na/password-link")).status).toBe(401);
    const both = await admin("POST", "/api/accounts", {
      username: "both.ways",
      role: "staff",
      password: "a long enough password",
      passwordLink: true,
    });
    expect(both.status).toBe(400);
  });

  it("audits issuing and using a link, never the link or the password", async () => {
    const { db } = await server.secondStore();
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("subject", "=", "account:sun.yue")
      .orderBy("id")
      .execute();
    expect(rows.map((r) => [r.actor, r.action])).toEqual([
      ["user:admin", "account.create"],
      ["user:admin", "account.password_link"],
      ["account:sun.yue", "account.password_set_by_link"],
    ]);
    expect(JSON.stringify(rows)).not.toContain(chosen);
    const links = await db.selectFrom("password_links").select("token_hash").execute();
    expect(JSON.stringify(links)).toMatch(/^\[\{"token_hash":"[0-9a-f]{64}"/);
  });
});

describe("guessing links", () => {
  it("is limited like sign-in, even when the guesses are sent all at once", async () => {
    const own = await startTestServer();
    try {
      const guess = caller(own.url);
      // One link tried over and over is stopped first: 5 tries per link and address.
      const sameLink = await Promise.all(
        Array.from({ length: 8 }, () =>
          guess("POST", "/api/password-links/check", { token: `samelink-${"1".repeat(32)}` }),
        ),
      );
      expect(sameLink.map((a) => a.status).sort()).toEqual([
        404, 404, 404, 404, 404, 429, 429, 429,
      ]);
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          guess("POST", "/api/password-links/use", {
            // Each guess a different link, so only the limit per address holds them back.
            token: `${String(i).padStart(8, "0")}-guess-${"0".repeat(32)}`,
            password: chosen,
          }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      // 30 tries from one address in the window (5 spent above); the rest are turned away
      // before any lookup.
      expect(statuses.filter((s) => s === 404)).toHaveLength(25);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
      const limited = answers.find((a) => a.status === 429);
      expect(limited?.headers.get("retry-after")).toMatch(/^\d+$/);
    } finally {
      await own.close();
    }
  });
});
