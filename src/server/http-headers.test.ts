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
      await anon("GET", "/api/projects"),
      await anon("GET", "/api/session"),
      await anon("GET", "/api/no-such-thing"),
      await anon("POST", "/api/session", { username: "x", password: "y" }),
      await anon("GET", `${event}/links`),
    ];
    for (const res of answers) expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
