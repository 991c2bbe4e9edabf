import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startTestServer } from "./test-server";

const eventId = "2023-02-24-inspection";
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Reads server-sent events until one matches, or fails after the timeout. */
async function nextEvent(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  match: (event: string, data: string) => boolean,
  timeoutMs = 3000,
): Promise<{ event: string; data: string }> {
  const decoder = new TextDecoder();
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { value, done } = await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("timed out")), deadline - Date.now()),
      ),
    ]);
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? "";
      if (match(event, data)) return { event, data };
      end = buffer.indexOf("\n\n");
    }
  }
  throw new Error("no matching event");
}

describe("GET /api/live", () => {
  it("tells subscribers within a second that a sheet changed", async () => {
    const admin = await signIn(server.url, "admin", "demo-admin");
    await admin("POST", `/api/events/${eventId}/state`, { state: "open", reason: "test" });
    const res = await fetch(`${server.url}/api/live`);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    // Not held back by a buffering proxy in front.
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await nextEvent(reader, (event) => event === "ready");
    const { event: evt, evaluators } = (await admin("GET", `/api/events/${eventId}`)).body;
    const started = Date.now();
    const put = await admin(
      "PUT",
      `/api/events/${eventId}/sheets/${evaluators[3].id}/${evt.projectIds[2]}`,
      {
        scores: { progress: 20, investment: 15, technology: 15, site_management: 10, benefit: 10 },
        vote: "basically_satisfied",
        reason: "现场更正",
      },
    );
    expect(put.status).toBe(200);
    const change = await nextEvent(reader, (event) => event === "change");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(JSON.parse(change.data)).toEqual({
      type: "sheets",
      eventId,
      projectId: evt.projectIds[2],
      evaluatorId: evaluators[3].id,
    });
    await reader.cancel();
  });

  it("ends a wall screen's stream when its token is revoked, and refuses the reconnect", async () => {
    const admin = await signIn(server.url, "admin", "demo-admin");
    const created = await admin("POST", "/api/display-tokens", { label: "live revoke" });
    const { id, token } = created.body as { id: string; token: string };
    const res = await fetch(`${server.url}/api/live?token=${token}`);
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await nextEvent(reader, (event) => event === "ready");
    expect((await admin("DELETE", `/api/display-tokens/${id}`)).status).toBe(200);
    await expectEnded(reader);
    const again = await fetch(`${server.url}/api/live?token=${token}`);
    expect(again.status).toBe(401);
    await again.body?.cancel();
  });

  it("ends a signed-in page's stream when its session signs out", async () => {
    const login = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "leader", password: "demo-leader" }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const res = await fetch(`${server.url}/api/live`, { headers: { cookie } });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await nextEvent(reader, (event) => event === "ready");
    const out = await fetch(`${server.url}/api/session`, {
      method: "DELETE",
      headers: { cookie, "x-csrf-token": csrfToken },
    });
    expect(out.status).toBe(200);
    await expectEnded(reader);
  });

  it("keeps other streams open and sends them nothing when someone else's access ends", async () => {
    const admin = await signIn(server.url, "admin", "demo-admin");
    const keep = (await admin("POST", "/api/display-tokens", { label: "live keep" })).body as {
      token: string;
    };
    const gone = (await admin("POST", "/api/display-tokens", { label: "live gone" })).body as {
      id: string;
    };
    const res = await fetch(`${server.url}/api/live?token=${keep.token}`);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await nextEvent(reader, (event) => event === "ready");
    await admin("DELETE", `/api/display-tokens/${gone.id}`);
    await expect(nextEvent(reader, () => true, 1000)).rejects.toThrow(/timed out|no matching/);
    await reader.cancel();
  });
});

/** The stream closes from the server's side within a second. */
async function expectEnded(reader: ReadableStreamDefaultReader<Uint8Array>) {
  const deadline = Date.now() + 1000;
  for (;;) {
    const { done } = await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("stream still open")), deadline - Date.now()),
      ),
    ]);
    if (done) return;
  }
}
