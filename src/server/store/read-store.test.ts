import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluators, makeEvent, sheet } from "../../domain/event-results.fixtures";
import type { ProjectRecord } from "../../domain/project";
import { statusRulesSchema } from "../../domain/status-rules";
import { createAccountsStore } from "./accounts-store";
import { createProjectWrites } from "./project-writes";
import { createReadStore } from "./read-store";
import type { Store } from "./sql";
import { seedProjects, storeProjects } from "./test-projects";
import { forEachStore } from "./test-stores";

/** Three of the seed's projects, the second in another unit, each with its lists and reports. */
function threeProjects(): ProjectRecord[] {
  const [a, b, c] = seedProjects(3);
  if (!a || !b || !c) throw new Error("the seed has three projects");
  return [
    { ...a, id: "p-a", responsibleUnit: "甲单位" },
    { ...b, id: "p-b", responsibleUnit: "乙单位" },
    { ...c, id: "p-c", responsibleUnit: "甲单位" },
  ];
}

/** A report waiting in a round (submitted) or sent back (returned): not the project's history. */
async function addPendingReport(s: Store, projectId: string, period: string, state: string) {
  const report = {
    period,
    completedInvestment: 1,
    cumulativeInvestment: 1,
    plannedCumulativeInvestment: 1,
    progress: 1,
    note: "",
    noteEn: "",
    state,
  };
  await s
    .q()
    .insertInto("project_reports")
    .values({ project_id: projectId, period, record: JSON.stringify(report) })
    .execute();
}

async function addEvents(s: Store) {
  const older = { ...makeEvent(["p-a", "p-b"]), id: "ev-old", date: "2022-06-01" };
  const newer = { ...makeEvent(["p-a"]), id: "ev-new", date: "2023-02-24" };
  const middle = { ...makeEvent(["p-c"]), id: "ev-mid", date: "2022-12-31" };
  const roster = { ...makeEvent(["p-a"]), id: "ev-roster", date: "2021-01-01" };
  const rostered = { ...roster, evaluatorIds: ["e04", "e01"] };
  for (const event of [older, newer, middle, rostered])
    await s
      .q()
      .insertInto("events")
      .values({ id: event.id, state: event.state, record: JSON.stringify(event), version: 1 })
      .execute();
  await s
    .q()
    .insertInto("evaluators")
    .values(evaluators.map((e, position) => ({ id: e.id, position, record: JSON.stringify(e) })))
    .execute();
}

async function addSheet(s: Store, evaluatorId: string, projectId: string, total: number) {
  const { scores, vote } = sheet(evaluatorId, projectId, total, "satisfied");
  await s
    .q()
    .insertInto("sheets")
    .values({
      event_id: "ev-old",
      evaluator_id: evaluatorId,
      project_id: projectId,
      scores: JSON.stringify(scores),
      vote,
      comment: null,
      version: 1,
      updated_at: "2022-06-01T10:00:00.000Z",
    })
    .execute();
}

describe("read store", () => {
  forEachStore((store) => {
    it("lists projects in list order with their milestones and problems, without reports", async () => {
      const s = store();
      const projects = threeProjects();
      await storeProjects(s, projects);
      const read = createReadStore(s);
      const listed = await read.listProjects();
      expect(listed.map((p) => p.id)).toEqual(["p-a", "p-b", "p-c"]);
      for (const [i, p] of listed.entries()) {
        expect(p.reports).toEqual([]);
        expect(p.milestones).toEqual(projects[i]?.milestones);
        expect(p.problems).toEqual(projects[i]?.problems);
      }
      expect(await read.projectCount()).toBe(3);
    });

    it("keeps archived projects off the current list and lists them apart", async () => {
      const s = store();
      await storeProjects(s, threeProjects());
      await createProjectWrites(s).setArchived(
        "p-b",
        "2024-01-02T00:00:00.000Z",
        "user:staff",
        "停建",
      );
      const read = createReadStore(s);
      expect((await read.listCurrentProjects()).map((p) => p.id)).toEqual(["p-a", "p-c"]);
      expect((await read.listArchivedProjects()).map((p) => p.id)).toEqual(["p-b"]);
      expect((await read.listProjects()).map((p) => p.id)).toEqual(["p-a", "p-b", "p-c"]);
      expect(await read.projectState("p-b")).toEqual({
        version: 2,
        archivedAt: "2024-01-02T00:00:00.000Z",
      });
      expect(await read.projectState("nope")).toBeNull();
      const withReports = await read.listProjectsWithReports({ current: true });
      expect(withReports.map((p) => p.id)).toEqual(["p-a", "p-c"]);
    });

    it("gives a project with its accepted reports only, in period order", async () => {
      const s = store();
      const projects = threeProjects();
      await storeProjects(s, projects);
      await addPendingReport(s, "p-a", "2099-01-1", "submitted");
      await addPendingReport(s, "p-a", "2099-01-2", "returned");
      const read = createReadStore(s);
      const project = await read.getProject("p-a");
      const accepted = projects[0]?.reports.map((r) => r.period).sort() ?? [];
      expect(accepted.length).toBeGreaterThan(0);
      expect(project?.reports.map((r) => r.period)).toEqual(accepted);
      expect(project?.milestones).toEqual(projects[0]?.milestones);
      const [listed] = await read.listProjectsWithReports({ current: false });
      expect(listed?.reports.map((r) => r.period)).toEqual(accepted);
      expect(await read.getProject("nope")).toBeUndefined();
      expect((await read.getProjectBase("p-a"))?.responsibleUnit).toBe("甲单位");
    });

    it("names the projects of a responsible unit in list order", async () => {
      const s = store();
      await storeProjects(s, threeProjects());
      const read = createReadStore(s);
      expect(await read.unitProjectIds("甲单位")).toEqual(["p-a", "p-c"]);
      expect(await read.unitProjectIds("乙单位")).toEqual(["p-b"]);
      expect(await read.unitProjectIds("丙单位")).toEqual([]);
    });

    it("lists events newest first, their rosters and their sheets", async () => {
      const s = store();
      await storeProjects(s, threeProjects());
      await addEvents(s);
      await addSheet(s, "e02", "p-b", 80);
      await addSheet(s, "e01", "p-b", 90);
      await addSheet(s, "e01", "p-a", 70);
      const read = createReadStore(s);
      expect((await read.listEvents()).map((e) => e.id)).toEqual([
        "ev-new",
        "ev-mid",
        "ev-old",
        "ev-roster",
      ]);
      expect((await read.getEvent("ev-mid"))?.date).toBe("2022-12-31");
      expect(await read.getEvent("nope")).toBeUndefined();
      const roster = await read.getEvent("ev-roster");
      if (!roster) throw new Error("stored above");
      expect((await read.eventEvaluators(roster)).map((e) => e.id)).toEqual(["e04", "e01"]);
      expect((await read.listEvaluators()).map((e) => e.id)).toEqual(evaluators.map((e) => e.id));
      expect((await read.getEvaluator("e05"))?.groupId).toBe("departments");
      const sheets = await read.listSheets("ev-old");
      expect(sheets.map((x) => [x.projectId, x.evaluatorId])).toEqual([
        ["p-a", "e01"],
        ["p-b", "e01"],
        ["p-b", "e02"],
      ]);
      expect(sheets[0]).toEqual({
        ...sheet("e01", "p-a", 70, "satisfied"),
        eventId: "ev-old",
        version: 1,
        updatedAt: "2022-06-01T10:00:00.000Z",
      });
      expect(await read.listSheets("ev-new")).toEqual([]);
    });

    it("moves its version on a data write and not on a sign-in", async () => {
      const s = store();
      const read = createReadStore(s);
      const first = await read.version();
      expect(await read.version()).toBe(first);
      await storeProjects(s, threeProjects().slice(0, 1));
      const afterData = await read.version();
      expect(afterData).not.toBe(first);
      const accounts = createAccountsStore(s);
      const user = await accounts.addUser(
        { username: "li.na", displayName: "李娜", role: "leader" },
        "hash-1",
      );
      await accounts.createSession("s1", user.id, "csrf-1", 60_000);
      expect(await read.version()).toBe(afterData);
    });

    it("reads the dataset's meta: its date, source and status rules", async () => {
      const s = store();
      await s
        .q()
        .insertInto("meta")
        .values([
          { key: "asOf", value: "2023-02-24" },
          { key: "illustrative", value: "false" },
          { key: "source", value: "测试" },
          { key: "statusRules", value: readFileSync("data/status-rules.json", "utf8") },
        ])
        .execute();
      const meta = await createReadStore(s).meta();
      expect(meta).toMatchObject({
        asOf: "2023-02-24",
        asOfBasis: "round",
        illustrative: false,
        source: "测试",
      });
      expect(meta.statusRules).toEqual(
        statusRulesSchema.parse(JSON.parse(readFileSync("data/status-rules.json", "utf8"))),
      );
    });
  });
});
