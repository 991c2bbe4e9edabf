import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const event = "/api/events/2023-02-24-inspection";

describe("API answers are never kept by a browser or proxy", () => {
  it("say Cache-Control: no-store, personal or not, success or error", async () => {
    const staff = await signIn(server.url, "staff", "demo-staff");
    const anon = caller(server.url);
    const answers = [
      await staff("GET", "/api/session"),
      await staff("GET", `${event}/audit`),
      await staff("GET", `${event}/links`),
      await staff("GET", `${event}/sheets`),
      await anon("GET", "/api/projects/no-such-project"),
      await anon("GET", "/api/session"),
      await anon("GET", "/api/no-such-thing"),
      await anon("POST", "/api/session", { username: "x", password: "y" }),
      await anon("GET", `${event}/links`),
    ];
    for (const res of answers) expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("except the project list, which holds no personal data: private, asked again each time", async () => {
    const res = await caller(server.url)("GET", "/api/projects");
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    expect(res.headers.get("etag")).toBeTruthy();
  });
});

describe("security headers", () => {
  it("restrict <base>, form targets and framing in the content security policy", async () => {
    const res = await fetch(`${server.url}/api/health`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/base-uri 'none'/);
    expect(csp).toMatch(/form-action 'self'/);
    expect(csp).toMatch(/frame-ancestors 'self'/);
  });

  it("send HSTS only over HTTPS, and believe a proxy's word for it only with TRUST_PROXY", async () => {
    const plain = await fetch(`${server.url}/api/health`);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const claimed = await fetch(`${server.url}/api/health`, {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(claimed.headers.get("strict-transport-security")).toBeNull();

    const proxied = await startTestServer({ trustProxy: 1 });
    try {
      const viaProxy = await fetch(`${proxied.url}/api/health`, {
        headers: { "x-forwarded-proto": "https" },
      });
      expect(viaProxy.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      const signIn = await fetch(`${proxied.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
        body: JSON.stringify({ username: "leader", password: "demo-leader" }),
      });
      expect(signIn.headers.get("set-cookie")).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
    // Without TRUST_PROXY a claimed HTTPS does not make the session cookie Secure (it would be
    // dropped by the browser on the plain HTTP it really uses).
    const direct = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body: JSON.stringify({ username: "leader", password: "demo-leader" }),
    });
    expect(direct.headers.get("set-cookie")).not.toMatch(/Secure/);
  });
});
