import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { methodRankingSchema, qualitySignalsSchema } from "../domain/outcome-schemas";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

const eventId = "2023-02-24-inspection";
const path = `/api/events/${eventId}/quality`;

let server: Awaited<ReturnType<typeof startTestServer>>;
let anon: Caller;

beforeAll(async () => {
  server = await startTestServer();
  anon = caller(server.url);
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/events/:id/quality", () => {
  it("gives every project's rank under three methods, the signals, and the evaluators' labels", async () => {
    const res = await anon("GET", path);
    expect(res.status).toBe(200);
    expect(res.body.eventId).toBe(eventId);
    expect(res.body.trimMinSheets).toBe(5);
    const rankings = methodRankingSchema.array().parse(res.body.rankings);
    expect(rankings).toHaveLength(18);
    expect(rankings.filter((r) => r.category === "urban_renewal")).toHaveLength(2);
    for (const r of rankings) {
      expect(r.sheetCount).toBe(72);
      expect(r.trimMethod).toBe("trimmed_mean");
      expect(r.rankByMean).not.toBeNull();
    }
    const signals = qualitySignalsSchema.parse(res.body.signals);
    expect(signals.evaluatorDeviation).toHaveLength(72);
    expect(signals.thresholds.zScore).toBe(2);
    expect(res.body.evaluators).toHaveLength(72);
    expect(res.body.evaluators[0]).toEqual({
      id: "e01",
      label: "评委01",
      labelEn: "Evaluator 01",
      groupId: "district_leaders",
    });
    expect(res.body.groups.map((g: { id: string }) => g.id)).toContain("district_leaders");
  });

  it("matches the trimmed mean to the results’ base score when the event does not weight by group", async () => {
    const quality = (await anon("GET", path)).body;
    const results = (await anon("GET", `/api/events/${eventId}/results`)).body;
    const event = (await anon("GET", `/api/events/${eventId}`)).body.event;
    if (event.rules.weightByGroup) return;
    for (const r of results.results) {
      const m = quality.rankings.find((x: { projectId: string }) => x.projectId === r.projectId);
      expect(m.trimmedMean).toBe(r.baseScore);
    }
  });

  it("answers a malformed id with 400 and an unknown one with 404, in the contract's shape", async () => {
    const bad = await anon("GET", "/api/events/NOT_VALID!/quality");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_parameter");
    const missing = await anon("GET", "/api/events/no-such-event/quality");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("event_not_found");
    expect(missing.body.error.message).toContain("no-such-event");
  });

  it("reflects a new sheet at once: a sheet with every score at its maximum is a uniform sheet", async () => {
    const admin = await signIn(server.url, "admin", "demo-admin");
    const reopened = await admin("POST", `/api/events/${eventId}/state`, {
      state: "open",
      reason: "quality test",
    });
    expect(reopened.status).toBe(200);
    const event = (await anon("GET", `/api/events/${eventId}`)).body.event;
    const projectId = event.projectIds[3];
    const scores = Object.fromEntries(
      event.scheme.criteria.map((c: { id: string; max: number }) => [c.id, c.max]),
    );
    const put = await admin(
      "PUT",
      `/api/events/${eventId}/sheets/e05/${projectId}`,
      { scores, vote: "satisfied", reason: "quality test" },
      { "idempotency-key": "quality-test-1" },
    );
    expect(put.status).toBeLessThan(300);
    const signals = (await anon("GET", path)).body.signals;
    expect(signals.uniformSheets).toContainEqual(
      expect.objectContaining({
        evaluatorId: "e05",
        projectId,
        kind: "same_share_of_max",
        share: 1,
        total: 100,
      }),
    );
  });
});
