import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeed, signIn, startTestServer } from "./test-server";

const eventId = "2023-02-24-inspection";
let seed: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: { id: string; responsibleUnit: string };

beforeAll(async () => {
  // 评委01 comes from the first project's responsible unit: they must not score it.
  seed = copySeed();
  const projects = JSON.parse(readFileSync(join(seed, "projects.json"), "utf8"));
  project = projects.projects[0];
  const file = join(seed, "evaluators.json");
  const evaluators = JSON.parse(readFileSync(file, "utf8"));
  evaluators.evaluators[0].unit = project.responsibleUnit;
  writeFileSync(file, JSON.stringify(evaluators));
  server = await startTestServer({ seedDir: seed });
});
afterAll(async () => {
  await server.close();
  rmSync(seed, { recursive: true, force: true });
});

describe("回避 (recusal)", () => {
  it("leaves the recused pair out of the expected and submitted sheets and out of the score", async () => {
    const res = await server.get(`/api/events/${eventId}/results`);
    expect(res.body.recusedCount).toBe(1);
    expect(res.body.expectedSheetCount).toBe(72 * 18 - 1);
    expect(res.body.sheetCount).toBe(72 * 18 - 1);
    const result = res.body.results.find((r: { projectId: string }) => r.projectId === project.id);
    expect(result.sheetCount).toBe(71);
    expect(result.steps.excluded).toEqual([
      { evaluatorId: "e01", reason: "recused", criterionIds: [] },
    ]);
  });

  it("refuses a sheet from a recused evaluator with 409 and says why", async () => {
    const admin = await signIn(server.url, "admin", "demo-admin");
    await admin("POST", `/api/events/${eventId}/state`, { state: "open", reason: "test" });
    const res = await admin("PUT", `/api/events/${eventId}/sheets/e01/${project.id}`, {
      scores: { progress: 20, investment: 15, technology: 15, site_management: 10, benefit: 10 },
      vote: "satisfied",
      reason: "x",
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("recused");
    expect(res.body.error.message).toContain("与项目责任单位相同");
  });
});
