import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let leader: Caller;

beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
  leader = await signIn(server.url, "leader", "demo-leader");
});
afterAll(() => server.close());

describe("GET /api/dispatch/:period", () => {
  it("gives staff and leaders the 旬's agenda in the contract's shape", async () => {
    for (const who of [staff, leader]) {
      const { status, body } = await who("GET", "/api/dispatch/2023-02-3");
      expect(status).toBe(200);
      expect(body.period).toBe("2023-02-3");
      expect(body.previousPeriod).toBe("2023-02-2");
      expect(Array.isArray(body.unreported)).toBe(true);
      expect(Array.isArray(body.overdueProblems)).toBe(true);
      expect(body.projects.length).toBeGreaterThan(0);
      for (const p of body.projects) {
        expect(["red", "yellow"]).toContain(p.light);
        expect(p.reason.zh).toContain(`${p.explanation.ytdCompletionPct.toFixed(1)}%`);
      }
    }
  });

  it("lists the same red and yellow projects as the project list shows today", async () => {
    const { body: list } = await staff("GET", "/api/projects");
    const { body } = await staff("GET", "/api/dispatch/2023-02-3");
    const flagged = list.projects
      .filter((p: { status: string }) => p.status !== "green")
      .map((p: { id: string }) => p.id)
      .sort();
    expect(body.projects.map((p: { id: string }) => p.id).sort()).toEqual(flagged);
  });

  it("says in Chinese by default what a 旬 looks like", async () => {
    const { body } = await staff("GET", "/api/dispatch/2023-02-4");
    expect(body.error.message).toContain("上旬");
  });

  it("lets a wall screen's token read the agenda for its dispatch panel, but not the bulletin", async () => {
    const admin = await signIn(server.url, "admin", "demo-admin");
    const created = await admin("POST", "/api/display-tokens", { label: "调度面板" });
    const wall = caller(server.url, { authorization: `Bearer ${created.body.token}` });
    const agenda = await wall("GET", "/api/dispatch/2023-02-3");
    expect(agenda.status).toBe(200);
    expect(agenda.body.lightCounts.red).toBeGreaterThan(0);
    expect((await wall("GET", "/api/dispatch/2023-02-3/bulletin")).status).toBe(403);
    expect((await wall("GET", "/api/review")).status).toBe(403);
  });

  it("refuses anyone not signed in", async () => {
    const res = await fetch(`${server.url}/api/dispatch/2023-02-3`);
    expect([401, 403]).toContain(res.status);
  });

  it("answers 404 with a message naming the periods that have data", async () => {
    const { status, body } = await staff("GET", "/api/dispatch/2030-01-1");
    expect(status).toBe(404);
    expect(body.error.code).toBe("period_no_data");
    expect(body.error.message).toContain("2030-01-1");
    expect(body.error.message).toContain("2023-02-3");
  });

  it("refuses a malformed period, saying what a period looks like", async () => {
    for (const bad of ["2023-02-4", "2023-13-1", "latest"]) {
      const { status, body } = await staff("GET", `/api/dispatch/${bad}?lang=en`);
      expect(status).toBe(400);
      expect(body.error.code).toBe("invalid_period");
      expect(body.error.message).toContain(bad);
      expect(body.error.message).toContain("2023-02-3");
    }
  });
});

describe("GET /api/projects/:id/lights", () => {
  it("gives the light per 旬, ending on today's light, with the 旬 it changed", async () => {
    const { body: detail } = await staff("GET", "/api/projects/new-materials-park-upgrade");
    const { status, body } = await staff("GET", "/api/projects/new-materials-park-upgrade/lights");
    expect(status).toBe(200);
    const last = body.lights.at(-1);
    expect(last.period).toBe("2023-02-3");
    expect(last.light).toBe(detail.project.status);
    const turnedRed = body.changes.filter((c: { light: string }) => c.light === "red").at(-1);
    expect(turnedRed.period).toBe("2022-05-2");
    expect(turnedRed.from).toBe("yellow");
    expect(turnedRed.reason.zh).toContain("红灯");
  });

  it("answers 404 for an unknown project", async () => {
    const { status } = await staff("GET", "/api/projects/no-such-project/lights");
    expect(status).toBe(404);
  });
});

describe("the agenda of a round still open", () => {
  it("lists as 未报 every project until it reports, and a unit's submitted report as waiting, not missing", async () => {
    const unit = await signIn(server.url, "unit", "demo-unit");
    const opened = await staff("POST", "/api/rounds", {
      period: "2023-03-1",
      deadline: "2023-03-13",
    });
    expect(opened.status).toBe(201);
    const before = (await leader("GET", "/api/dispatch/2023-03-1")).body;
    expect(before.unreported).toHaveLength(before.projectCount);

    const own = "dayi-jingcheng-pharmaceutical";
    const sent = await unit("PUT", `/api/projects/${own}/reports/2023-03-1`, {
      investment: 0.12,
      progress: 63.5,
      note: "设备基础施工",
    });
    expect(sent.status).toBeLessThan(300);
    const after = (await leader("GET", "/api/dispatch/2023-03-1")).body;
    expect(after.unreported).not.toContain(own);
    expect(after.unreported).toHaveLength(before.projectCount - 1);
    expect(after.reporting.find((r: { projectId: string }) => r.projectId === own).state).toBe(
      "submitted",
    );
  });
});
