import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./start-server";
import { type Caller, caller, seedDir, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Caller;
let staff: Caller;
let screen: Caller;
let token: string;
let tokenId: string;

const beat = (over: Record<string, unknown> = {}) => ({
  screenId: "screen-0001-test",
  panel: "ranking",
  dataAgeSeconds: 12,
  errors: [],
  viewport: "1920x1080@1",
  ...over,
});

beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server.url, "admin", "demo-admin");
  staff = await signIn(server.url, "staff", "demo-staff");
  const created = await admin("POST", "/api/display-tokens", { label: "三楼会议室" });
  token = created.body.token;
  tokenId = created.body.id;
  screen = caller(server.url, { authorization: `Bearer ${token}` });
});
afterAll(() => server.close());

describe("wall screen heartbeats", () => {
  it("stores a display token's heartbeat and lists it for admins with its token and last-seen", async () => {
    const posted = await screen("POST", "/api/display/heartbeat", beat({ errors: ["map"] }));
    expect(posted.status).toBe(200);
    expect(posted.body.screen).toMatchObject({ screenId: "screen-0001-test", tokenId });
    await screen("POST", "/api/display/heartbeat", beat({ panel: "progress" }));
    const listed = await admin("GET", "/api/display/screens");
    expect(listed.status).toBe(200);
    expect(listed.body.screens).toHaveLength(1);
    expect(listed.body.screens[0]).toMatchObject({
      screenId: "screen-0001-test",
      tokenLabel: "三楼会议室",
      panel: "progress",
      errors: [],
      alive: true,
    });
    expect(Date.parse(listed.body.screens[0].lastSeenAt)).toBeGreaterThan(Date.now() - 60_000);
    const tokens = await admin("GET", "/api/display-tokens");
    const stored = tokens.body.tokens.find((t: { id: string }) => t.id === tokenId);
    expect(stored.lastSeenAt).not.toBeNull();
  });

  it("refuses heartbeats from anyone but a display token, and the list from anyone but admins", async () => {
    expect((await staff("POST", "/api/display/heartbeat", beat())).status).toBe(403);
    expect((await caller(server.url)("POST", "/api/display/heartbeat", beat())).status).toBe(401);
    expect((await screen("GET", "/api/display/screens")).status).toBe(403);
    expect((await staff("GET", "/api/display/screens")).status).toBe(403);
    expect((await caller(server.url)("GET", "/api/display/screens")).status).toBe(401);
  });

  it("answers a malformed heartbeat with 400 invalid_parameter", async () => {
    const bad = await screen("POST", "/api/display/heartbeat", beat({ screenId: "x" }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_parameter");
  });

  it("accepts the display token as ?token= on reads only, and never a scoring link", async () => {
    const live = await fetch(`${server.url}/api/projects?token=${token}`);
    expect(live.status).toBe(200);
    const wrong = await fetch(`${server.url}/api/projects?token=not-a-token`);
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("link_revoked");
    const post = await fetch(`${server.url}/api/display/heartbeat?token=${token}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(beat()),
    });
    expect(post.status).toBe(401);
    const link = await admin("POST", "/api/events/2023-02-24-inspection/links/e01");
    expect(link.status).toBe(201);
    const viaQuery = await fetch(`${server.url}/api/projects?token=${link.body.token}`);
    expect(viaQuery.status).toBe(401);
  });

  it("treats a revoked token as link_revoked, in the header and in the query", async () => {
    const created = await admin("POST", "/api/display-tokens", { label: "临时" });
    expect((await admin("DELETE", `/api/display-tokens/${created.body.id}`)).status).toBe(200);
    const revoked = caller(server.url, { authorization: `Bearer ${created.body.token}` });
    const res = await revoked("GET", "/api/projects");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("link_revoked");
    const query = await fetch(`${server.url}/api/live?token=${created.body.token}`);
    expect(query.status).toBe(401);
  });
});

describe("wall screen heartbeats across a restart", () => {
  it("keeps each screen's last heartbeat in the store, so admins still see it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kp-screens-"));
    const start = () => startServer({ dataDir, seedDir, port: 0, host: "127.0.0.1" });
    try {
      const first = await start();
      const firstAdmin = await signIn(first.url, "admin", "demo-admin");
      const created = await firstAdmin("POST", "/api/display-tokens", { label: "一楼大厅" });
      const wall = caller(first.url, { authorization: `Bearer ${created.body.token}` });
      const posted = await wall("POST", "/api/display/heartbeat", beat({ errors: ["map"] }));
      expect(posted.status).toBe(200);
      await first.close();

      const second = await start();
      try {
        const secondAdmin = await signIn(second.url, "admin", "demo-admin");
        const listed = await secondAdmin("GET", "/api/display/screens");
        expect(listed.body.screens).toHaveLength(1);
        expect(listed.body.screens[0]).toMatchObject({
          screenId: "screen-0001-test",
          tokenId: created.body.id,
          tokenLabel: "一楼大厅",
          panel: "ranking",
          dataAgeSeconds: 12,
          errors: ["map"],
          viewport: "1920x1080@1",
          lastSeenAt: posted.body.screen.lastSeenAt,
        });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("what a display token may read", () => {
  const event = "/api/events/2023-02-24-inspection";
  it("reads what the wall's panels show", async () => {
    for (const path of [
      "/api/projects",
      "/api/projects/liandong-u-valley-chaohai",
      "/api/events",
      `${event}/results`,
      "/api/session",
      "/api/settings",
      "/api/categories",
    ])
      expect((await screen("GET", path)).status, path).toBe(200);
  });

  it("reads the results' scores, ranks and votes, but no evaluator's own total", async () => {
    const asScreen = (await screen("GET", `${event}/results`)).body.results;
    const asStaff = (await staff("GET", `${event}/results`)).body.results;
    expect(asScreen).toHaveLength(asStaff.length);
    for (const [i, r] of asScreen.entries()) {
      const full = asStaff[i];
      expect(r.score).toBe(full.score);
      expect(r.rank).toBe(full.rank);
      expect(r.steps.votes).toEqual(full.steps.votes);
      expect(full.steps.counted.length).toBeGreaterThan(0);
      expect(r.steps.counted).toEqual([]);
      expect(r.steps.droppedHighest).toBeNull();
      expect(JSON.stringify(r)).not.toMatch(/"evaluatorId"/);
    }
  });

  it("reads no raw sheets, comments, audit, links, quality signals or exports", async () => {
    for (const path of [
      event, // its scheme is not on the wall, and it lists the evaluators
      `${event}/sheets`,
      `${event}/audit`,
      `${event}/links`,
      `${event}/quality`,
      `${event}/sheets.csv`,
      `${event}/results.xlsx`,
      `${event}/template.xlsx`,
      `${event}/double-entry`,
      "/api/display/screens",
      "/api/display-tokens",
    ]) {
      const res = await screen("GET", path);
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
  });
});
