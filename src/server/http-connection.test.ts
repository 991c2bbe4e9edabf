import { Agent, request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const importPath = "/api/events/2023-02-24-inspection/import";

/** Sends raw bytes on one socket; resolves with all it got back once the server closes it or goes quiet. */
function rawExchange(parts: (string | Buffer)[], gapMs = 150) {
  const { port } = new URL(server.url);
  return new Promise<{ text: string; closed: boolean }>((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    let text = "";
    let closed = false;
    socket.on("data", (d) => {
      text += d.toString("latin1");
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      closed = true;
    });
    socket.on("connect", async () => {
      for (const part of parts) {
        if (socket.destroyed) break;
        socket.write(part);
        await new Promise((r) => setTimeout(r, gapMs));
      }
      await new Promise((r) => setTimeout(r, 600));
      socket.destroy();
      resolve({ text, closed });
    });
  });
}

describe("answers sent before the request body is read", () => {
  it("close the connection, so the client does not send its next request into it", async () => {
    const size = 3 * 1024 * 1024;
    const { text } = await rawExchange([
      `POST ${importPath} HTTP/1.1\r\nHost: t\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\n\r\n`,
      Buffer.alloc(size, 65),
      "GET /api/health HTTP/1.1\r\nHost: t\r\n\r\n",
    ]);
    const [first] = text.split("\r\n\r\n");
    expect(first).toMatch(/^HTTP\/1\.1 413/);
    expect(first).toMatch(/^connection: close$/im);
  });

  it("also when the answer is a refusal that never looked at the body", async () => {
    const size = 300 * 1024;
    const { text } = await rawExchange([
      `POST ${importPath} HTTP/1.1\r\nHost: t\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\n\r\n`,
    ]);
    expect(text).toMatch(/^HTTP\/1\.1 401/);
    expect(text.split("\r\n\r\n")[0]).toMatch(/^connection: close$/im);
  });

  it("keep-alive clients get their next answer after an oversized upload", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const { port } = new URL(server.url);
    const send = (method: string, path: string, body?: Buffer) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          { host: "127.0.0.1", port, method, path, agent, headers: { "content-type": "text/csv" } },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    try {
      expect(await send("POST", importPath, Buffer.alloc(3 * 1024 * 1024, 65))).toBe(413);
      expect(await send("GET", "/api/health")).toBe(200);
      expect(await send("GET", "/api/health")).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it("a request whose body was read keeps its connection", async () => {
    const body = JSON.stringify({ username: "nobody", password: "x" });
    const { text } = await rawExchange([
      `POST /api/session HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      "GET /api/health HTTP/1.1\r\nHost: t\r\n\r\n",
    ]);
    expect(text).toMatch(/^HTTP\/1\.1 401/);
    expect(text).toMatch(/HTTP\/1\.1 200 OK/);
  });
});

describe("idle keep-alive connections", () => {
  it("stay open past Node's five seconds, so a client's next request after a pause is not reset", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const { port } = new URL(server.url);
    const get = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, path: "/api/health", agent }, (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
        });
        req.on("error", reject);
        req.end();
      });
    try {
      expect(await get()).toEqual({ status: 200, reused: false });
      await new Promise((r) => setTimeout(r, 6_000));
      expect(await get()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 20_000);
});
