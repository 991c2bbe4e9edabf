import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let leader: Caller;

// A seed project: 2023 (the year 数据截至 falls in) planned at 12.62; "land" reached, "topping" not.
const id = "bonded-zone-smart-manufacturing-park";
const base = `/api/projects/${id}`;
const en = { "accept-language": "en" };

const project = async () => (await staff("GET", base)).body;
const versionHeader = async () => ({ "if-match": `"v${(await project()).version}"` });
const auditOf = async () =>
  (await server.secondStore()).db
    .selectFrom("audit_log")
    .select(["action", "before", "after", "reason"])
    .where("subject", "=", `project:${id}`)
    .orderBy("id")
    .execute();

beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
  leader = await signIn(server.url, "leader", "demo-leader");
});
afterAll(async () => {
  await server.close();
});

describe("a year's plan", () => {
  it("sets next year's plan without a reason, audited, the current year's kept in the list", async () => {
    const res = await staff("PUT", `${base}/year-plans/2024`, { planInvestment: 8.5 });
    expect(res.status).toBe(200);
    expect(res.body.project.yearPlans).toEqual([
      { year: 2023, planInvestment: 12.62 },
      { year: 2024, planInvestment: 8.5 },
    ]);
    expect(res.body.project.yearPlanInvestment).toBe(12.62);
    expect(res.headers.get("etag")).toBe(`"v${res.body.version}"`);
    const last = (await auditOf()).at(-1);
    expect(last?.action).toBe("project.year-plan");
    expect(JSON.parse(last?.before ?? "")).toEqual({ year: 2024, planInvestment: null });
    expect(JSON.parse(last?.after ?? "")).toEqual({ year: 2024, planInvestment: 8.5 });
  });

  it("refuses a change to a plan without a reason, per field, in the reader's language", async () => {
    const before = (await auditOf()).length;
    const zh = await staff("PUT", `${base}/year-plans/2024`, { planInvestment: 9 });
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe("year_plan_reason_required");
    expect(zh.body.error.details.issues[0].field).toBe("reason");
    expect(zh.body.error.message).toContain("须填写理由");
    const english = await staff("PUT", `${base}/year-plans/2024`, { planInvestment: 9 }, en);
    expect(english.body.error.message).toContain("needs a reason");
    expect((await auditOf()).length).toBe(before);
    expect((await project()).project.yearPlans[1].planInvestment).toBe(8.5);
  });

  it("setting the current year's plan moves yearPlanInvestment (what lights and KPIs read)", async () => {
    const res = await staff(
      "PUT",
      `${base}/year-plans/2023`,
      { planInvestment: 13, reason: "追加投资" },
      await versionHeader(),
    );
    expect(res.status).toBe(200);
    expect(res.body.project.yearPlanInvestment).toBe(13);
    expect((await auditOf()).at(-1)?.reason).toBe("追加投资");
    const listed = (await staff("GET", "/api/projects")).body.projects.find(
      (p: { id: string }) => p.id === id,
    );
    expect(listed.yearPlanInvestment).toBe(13);
  });

  it("the same plan again changes nothing", async () => {
    const { version } = await project();
    const before = (await auditOf()).length;
    const res = await staff("PUT", `${base}/year-plans/2023`, { planInvestment: 13 });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(version);
    expect((await auditOf()).length).toBe(before);
  });

  it("refuses a stale version, a year out of range, a negative plan; and leaders", async () => {
    const stale = await staff(
      "PUT",
      `${base}/year-plans/2025`,
      { planInvestment: 1 },
      { "if-match": '"v1"' },
    );
    expect(stale.status).toBe(412);
    expect((await staff("PUT", `${base}/year-plans/1999`, { planInvestment: 1 })).status).toBe(400);
    const negative = await staff("PUT", `${base}/year-plans/2025`, { planInvestment: -1 }, en);
    expect(negative.status).toBe(400);
    expect(negative.body.error.details.issues[0].field).toBe("planInvestment");
    expect((await leader("PUT", `${base}/year-plans/2025`, { planInvestment: 1 })).status).toBe(
      403,
    );
    expect((await caller(server.url)("GET", base)).body.project.yearPlans).toHaveLength(2);
  });
});

describe("milestones", () => {
  let added: string;

  it("adds one with its planned date; the English name defaults to the Chinese", async () => {
    const res = await staff(
      "POST",
      `${base}/milestones`,
      { name: "二期开工", plannedDate: "2024-04-01" },
      await versionHeader(),
    );
    expect(res.status).toBe(201);
    expect(res.body.milestone).toMatchObject({
      name: "二期开工",
      nameEn: "二期开工",
      plannedDate: "2024-04-01",
      actualDate: null,
    });
    added = res.body.milestone.id;
    const dates = res.body.project.milestones.map((m: { plannedDate: string }) => m.plannedDate);
    expect(dates).toEqual([...dates].sort());
    expect((await auditOf()).at(-1)?.action).toBe("milestone.add");
  });

  it("renames without a reason", async () => {
    const res = await staff("PATCH", `${base}/milestones/${added}`, {
      name: "二期主体开工",
      nameEn: "Phase 2 works started",
    });
    expect(res.status).toBe(200);
    expect(res.body.milestone.name).toBe("二期主体开工");
    expect(res.body.milestone.replans).toBeUndefined();
  });

  it("replans only with a reason, keeping the first plan", async () => {
    const refused = await staff("PATCH", `${base}/milestones/${added}`, {
      plannedDate: "2024-06-01",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("replan_reason_required");
    expect(refused.body.error.details.issues[0].field).toBe("reason");
    const res = await staff("PATCH", `${base}/milestones/${added}`, {
      plannedDate: "2024-06-01",
      reason: "用地调整",
    });
    expect(res.status).toBe(200);
    expect(res.body.milestone).toMatchObject({
      plannedDate: "2024-06-01",
      originalPlannedDate: "2024-04-01",
      replans: [{ from: "2024-04-01", to: "2024-06-01", reason: "用地调整" }],
    });
    const last = (await auditOf()).at(-1);
    expect(last).toMatchObject({ action: "milestone.update", reason: "用地调整" });
  });

  it("will not replan a reached milestone", async () => {
    const res = await staff(
      "PATCH",
      `${base}/milestones/land`,
      { plannedDate: "2022-04-01", reason: "x" },
      en,
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("replan_milestone_reached");
  });

  it("removes one never reached, with a reason; a reached one is refused with a clear message", async () => {
    const reached = await staff("DELETE", `${base}/milestones/land`, { reason: "重复" }, en);
    expect(reached.status).toBe(409);
    expect(reached.body.error.code).toBe("milestone_reached_remove");
    expect(reached.body.error.message).toContain("cannot be removed");
    const noReason = await staff("DELETE", `${base}/milestones/${added}`, {});
    expect(noReason.status).toBe(400);
    const res = await staff(
      "DELETE",
      `${base}/milestones/${added}`,
      { reason: "并入主体工程" },
      await versionHeader(),
    );
    expect(res.status).toBe(200);
    expect(res.body.project.milestones.some((m: { id: string }) => m.id === added)).toBe(false);
    expect((await auditOf()).at(-1)).toMatchObject({
      action: "milestone.remove",
      reason: "并入主体工程",
    });
    expect((await staff("DELETE", `${base}/milestones/${added}`, { reason: "x" })).status).toBe(
      404,
    );
  });

  it("shows every change in the project's change log, replans through 旬报 included", async () => {
    const viaReports = await staff("POST", `${base}/milestones/topping/replan`, {
      plannedDate: "2023-09-01",
      reason: "旬报调整",
    });
    expect(viaReports.status).toBe(200);
    const { records } = (await leader("GET", `${base}/history`)).body;
    const actions = records.map((r: { action: string }) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "project.year-plan",
        "milestone.add",
        "milestone.update",
        "milestone.remove",
        "milestone.replan",
      ]),
    );
  });

  it("never stores half: an unknown field or a bad date is refused and nothing changes", async () => {
    const before = (await auditOf()).length;
    const bad = await staff("POST", `${base}/milestones`, { name: "x", plannedDate: "2024-13-01" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].field).toBe("plannedDate");
    expect(
      (await staff("POST", `${base}/milestones`, { name: "x", plannedDate: "2024-01-01", x: 1 }))
        .status,
    ).toBe(400);
    expect(
      (await leader("POST", `${base}/milestones`, { name: "x", plannedDate: "2024-01-01" })).status,
    ).toBe(403);
    expect((await auditOf()).length).toBe(before);
  });
});
