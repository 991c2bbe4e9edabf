import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("signing in and out", () => {
  it("gives an HttpOnly, SameSite session cookie and a CSRF token for a demo account", async () => {
    const res = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "staff", password: "demo-staff" }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^kp_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP on loopback
    const body = (await res.json()) as { user: { role: string }; csrfToken: string };
    expect(body.user.role).toBe("staff");
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(43);
  });

  it("issues a new session id at every sign-in, and signing out ends it", async () => {
    const first = await signIn(server.url, "leader", "demo-leader");
    const second = await signIn(server.url, "leader", "demo-leader");
    const a = await first("GET", "/api/session");
    const b = await second("GET", "/api/session");
    expect(a.body.user.username).toBe("leader");
    expect(a.body.csrfToken).not.toBe(b.body.csrfToken);
    expect((await first("DELETE", "/api/session")).status).toBe(200);
    expect((await first("GET", "/api/session")).body.user).toBeNull();
    expect((await second("GET", "/api/session")).body.user.username).toBe("leader");
  });

  it("refuses a wrong password with a message in the caller's language", async () => {
    const anon = caller(server.url);
    const zh = await anon("POST", "/api/session", { username: "admin", password: "nope" });
    expect(zh.status).toBe(401);
    expect(zh.body.error).toEqual({ code: "invalid_credentials", message: "用户名或密码不正确。" });
    const en = await anon("POST", "/api/session?lang=en", { username: "ghost", password: "x" });
    expect(en.body.error.message).toBe("Wrong username or password.");
  });

  it("rate-limits failed sign-ins per account", async () => {
    const anon = caller(server.url);
    for (let i = 0; i < 5; i++)
      expect(
        (await anon("POST", "/api/session", { username: "ratelimited", password: "x" })).status,
      ).toBe(401);
    const blocked = await anon("POST", "/api/session", { username: "ratelimited", password: "x" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.body.error.code).toBe("too_many_attempts");
  });

  it("answers a malformed sign-in body with 400", async () => {
    const anon = caller(server.url);
    expect((await anon("POST", "/api/session", "{not json")).status).toBe(400);
    const missing = await anon("POST", "/api/session", { username: "" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("invalid_parameter");
  });

  it("refuses a cookie-authenticated write without the CSRF token", async () => {
    const staff = await signIn(server.url, "staff", "demo-staff");
    const res = await staff(
      "POST",
      "/api/events/2023-02-24-inspection/state",
      { state: "closed" },
      { "x-csrf-token": "" },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("csrf_failed");
  });
});
