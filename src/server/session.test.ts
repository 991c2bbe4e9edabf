import { request } from "node:http";
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

/** A sign-in sent from a given loopback address (the whole of 127/8 reaches a server on 127.0.0.1). */
function signInFrom(
  localAddress: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const { port } = new URL(server.url);
  const body = JSON.stringify({ username, password });
  return new Promise<{ status: number; cookie: string; csrfToken?: string }>((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        localAddress,
        method: "POST",
        path: "/api/session",
        agent: false,
        headers: { "content-type": "application/json", ...headers },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            cookie: (res.headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "",
            csrfToken: (JSON.parse(text) as { csrfToken?: string }).csrfToken,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("the sign-in limit", () => {
  it("limits wrong passwords sent all at once, not only one after another", async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => signInFrom("127.0.0.2", "admin", "wrong")),
    );
    const count = (status: number) => answers.filter((a) => a.status === status).length;
    expect(count(401)).toBeLessThanOrEqual(5);
    expect(count(429)).toBeGreaterThanOrEqual(195);
    expect(count(401) + count(429)).toBe(200);
  });

  it("allows exactly the limit of wrong passwords sent all at once, no more", async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => signInFrom("127.0.0.6", "unit", "wrong")),
    );
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(35);
  });

  it("lets no right password in among many wrong ones, yet the owner elsewhere signs in", async () => {
    const wrong = Array.from({ length: 40 }, () => signInFrom("127.0.0.3", "staff", "wrong"));
    await new Promise((r) => setTimeout(r, 30));
    const right = await signInFrom("127.0.0.3", "staff", "demo-staff");
    await Promise.all(wrong);
    expect(right.status).toBe(429);
    // Someone guessing from one address cannot lock the account's owner out from another.
    expect((await signInFrom("127.0.0.4", "staff", "demo-staff")).status).toBe(200);
  });

  it("believes X-Forwarded-For only when TRUST_PROXY says so", async () => {
    // Without it, every forged address is the same caller: the limit still applies.
    const forged = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        signInFrom("127.0.0.5", "leader", "wrong", { "x-forwarded-for": `203.0.113.${i}` }),
      ),
    );
    expect(forged.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(3);

    const proxied = await startTestServer({ trustProxy: 1 });
    try {
      const from = (client: string, password: string) =>
        fetch(`${proxied.url}/api/session`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": client },
          body: JSON.stringify({ username: "leader", password }),
        });
      for (let i = 0; i < 5; i++) expect((await from("203.0.113.7", "x")).status).toBe(401);
      expect((await from("203.0.113.7", "x")).status).toBe(429);
      expect((await from("198.51.100.2", "demo-leader")).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});

describe("signing in again", () => {
  it("ends the session the browser had before", async () => {
    const first = await signInFrom("127.0.0.6", "leader", "demo-leader");
    expect(first.status).toBe(200);
    const again = await signInFrom("127.0.0.6", "leader", "demo-leader", {
      cookie: first.cookie,
      "x-csrf-token": first.csrfToken ?? "",
    });
    expect(again.status).toBe(200);
    expect(again.cookie).not.toBe(first.cookie);
    const session = (cookie: string) => caller(server.url, { cookie })("GET", "/api/session");
    expect((await session(first.cookie)).body.user).toBeNull();
    expect((await session(again.cookie)).body.user.username).toBe("leader");
  });
});

describe("writes from another site", () => {
  it("are refused even with a valid CSRF token; this site's own pages may write", async () => {
    const staff = await signIn(server.url, "staff", "demo-staff");
    const write = (origin: string) =>
      staff("POST", "/api/events/2023-02-24-inspection/state", { state: "nonsense" }, { origin });
    for (const origin of [
      "https://evil.example",
      "null",
      `http://localhost:${new URL(server.url).port}`,
    ]) {
      const refused = await write(origin);
      expect(refused.status, origin).toBe(403);
      expect(refused.body.error.code).toBe("foreign_origin");
      expect(refused.body.error.message).toMatch(/其他网站/);
    }
    // Same site: past the check, on to validating the body.
    expect((await write(server.url)).status).toBe(400);
    expect((await staff("DELETE", "/api/session", undefined, { origin: server.url })).status).toBe(
      200,
    );
  });
});
