import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
});
afterAll(async () => {
  await server.close();
});

const event = "/api/events/demo-entry-practice";
const project = "liandong-u-valley-chaohai";
/** Words the JSON parser and the validation library use; none may reach a person. */
const libraryWords = /Unexpected|position|token|Invalid input|expected|received|Too (big|small)/i;

describe("messages are our own, never a library's", () => {
  const writes = [
    ["a sheet", "PUT", `${event}/sheets/e50/${project}`],
    ["a double-entry keying", "POST", `${event}/double-entry/e50/${project}`],
  ] as const;

  for (const [what, method, path] of writes) {
    it(`for malformed JSON in ${what}`, async () => {
      const res = await staff(method, path, '{"scores": ');
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({
        code: "invalid_json",
        message: "请求内容不是有效的 JSON。",
      });
    });

    it(`for a wrongly shaped ${what}, in the reader's language`, async () => {
      const zh = await staff(method, path, { scores: "lots", vote: 3 });
      expect(zh.status).toBe(400);
      expect(zh.body.error.message).toMatch(/应为/);
      expect(JSON.stringify(zh.body)).not.toMatch(libraryWords);
      const en = await staff(method, `${path}?lang=en`, { scores: "lots", vote: 3 });
      expect(en.body.error.message).toMatch(/should be/);
      expect(JSON.stringify(en.body)).not.toMatch(libraryWords);
    });
  }

  it("for a bad query parameter or a body the framework cannot parse", async () => {
    const anon = caller(server.url);
    const query = await anon("GET", `${event}/audit?limit=abc`);
    expect(JSON.stringify(query.body)).not.toMatch(libraryWords);
    const body = await staff("POST", `${event}/state`, "{oops");
    expect(body.status).toBe(400);
    expect(body.body.error.message).toBe("请求内容不是有效的 JSON。");
  });
});
