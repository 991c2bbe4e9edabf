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
});
