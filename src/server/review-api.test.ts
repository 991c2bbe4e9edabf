import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let leader: Caller;

beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
  leader = await signIn(server.url, "leader", "demo-leader");
});
afterAll(() => server.close());

describe("GET /api/review", () => {
  it("gives staff and leaders the history per 旬, ending on today's lights", async () => {
    const { body: list } = await staff("GET", "/api/projects");
    for (const who of [staff, leader]) {
      const { status, body } = await who("GET", "/api/review");
      expect(status).toBe(200);
      expect(body.periods.at(-1)).toBe("2023-02-3");
      const lastShare = body.shares.at(-1);
      const today = { green: 0, yellow: 0, red: 0 } as Record<string, number>;
      for (const p of list.projects) today[p.status] = (today[p.status] ?? 0) + 1;
      expect({ green: lastShare.green, yellow: lastShare.yellow, red: lastShare.red }).toEqual(
        today,
      );
      for (const row of body.projects) {
        expect(row.lights).toHaveLength(body.periods.length);
        const listed = list.projects.find((p: { id: string }) => p.id === row.id);
        expect(row.light).toBe(listed.status);
      }
    }
  });

  it("matches the dispatch agenda of the latest 旬 on plan completion", async () => {
    const { body } = await staff("GET", "/api/review");
    const { body: agenda } = await staff("GET", "/api/dispatch/2023-02-3");
    expect(body.plan.at(-1).completionPct).toBe(agenda.plan.completionPct);
    expect(body.plan.at(-1).timeElapsedPct).toBe(agenda.plan.timeElapsedPct);
  });

  it("compares the seed's inspections side by side and says how many are published", async () => {
    const { body } = await staff("GET", "/api/review");
    expect(body.inspections.map((e: { id: string }) => e.id)).toEqual([
      "2023-02-24-inspection",
      "demo-entry-practice",
    ]);
    expect(body.publishedCount).toBe(1);
    const { body: results } = await staff("GET", "/api/events/2023-02-24-inspection/results");
    const first = results.results[0];
    const row = body.projects.find((p: { id: string }) => p.id === first.projectId);
    expect(row.scores[0]).toEqual({ score: first.score, rank: first.rank });
  });

  it("follows a report accepted since it was last read (it is kept only while nothing changes)", async () => {
    const before = (await leader("GET", "/api/review")).body;
    expect(before.periods.at(-1)).toBe("2023-02-3");
    expect(
      (await staff("POST", "/api/rounds", { period: "2023-03-1", deadline: "2023-03-13" })).status,
    ).toBe(201);
    const sent = await staff(
      "PUT",
      "/api/projects/dayi-jingcheng-pharmaceutical/reports/2023-03-1",
      {
        investment: 0.12,
        progress: 63.5,
        note: "设备基础施工",
      },
    );
    expect(sent.status).toBeLessThan(300);
    const after = (await leader("GET", "/api/review")).body;
    expect(after.periods.at(-1)).toBe("2023-03-1");
  });

  it("refuses anyone not signed in", async () => {
    const res = await fetch(`${server.url}/api/review`);
    expect([401, 403]).toContain(res.status);
  });
});
