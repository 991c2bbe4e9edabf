import { describe, expect, it } from "vitest";
import type { StoredReport } from "../../domain/reporting-rounds";
import { createReportsStore, RoundNotOpen } from "./reports-store";
import { auditLog, projectRow, seedProjects, storeProjects } from "./test-projects";
import { forEachStore } from "./test-stores";

const [project, other] = seedProjects(2);
if (!project || !other) throw new Error("the seed has at least two projects");
const period = "2023-03-1";
const milestone = project.milestones.find((m) => m.actualDate === null);
if (!milestone) throw new Error("the first seed project has a milestone still to reach");

const report = (overrides: Partial<StoredReport> = {}): StoredReport => ({
  period,
  completedInvestment: 0.1,
  cumulativeInvestment: project.cumulativeInvestment + 0.1,
  plannedCumulativeInvestment: project.cumulativeInvestment + 0.2,
  progress: project.progress,
  note: "按计划推进",
  noteEn: "On plan",
  state: "accepted",
  ...overrides,
});

describe("reports store", () => {
  forEachStore((store) => {
    it("opens and closes a round, each with its audit record", async () => {
      const reports = createReportsStore(store());
      const opened = await reports.openRound(period, "2023-03-13", "staff:test");
      expect(opened).toMatchObject({ period, state: "open", deadline: "2023-03-13" });
      expect(await reports.getRound(period)).toEqual(opened);
      const closed = await reports.closeRound(opened, "admin:test");
      expect((await reports.listRounds()).map((r) => [r.period, r.state])).toEqual([
        [period, "closed"],
      ]);
      expect(await reports.getRound(period)).toEqual(closed);
      expect((await auditLog(store())).map((r) => [r.action, r.subject, r.actor])).toEqual([
        ["round.open", `round:${period}`, "staff:test"],
        ["round.close", `round:${period}`, "admin:test"],
      ]);
    });

    it("refuses a second round for the same 旬, and audits nothing for it", async () => {
      const reports = createReportsStore(store());
      await reports.openRound(period, "2023-03-13", "staff:test");
      await expect(reports.openRound(period, "2023-03-20", "staff:test")).rejects.toThrow();
      expect((await reports.listRounds()).map((r) => r.deadline)).toEqual(["2023-03-13"]);
      expect(await auditLog(store())).toHaveLength(1);
    });

    it("stores an accepted report, moving the project's figures, version and milestone", async () => {
      await storeProjects(store(), [project]);
      const reports = createReportsStore(store());
      const before = await projectRow(store(), project.id);
      const sent = report({ milestones: [{ id: milestone.id, doneOn: "2023-03-05" }] });
      const saved = await reports.saveReport(project, sent, {
        actor: "staff:test",
        action: "report.enter",
        reason: "测试",
      });
      expect(saved).toEqual({ report: sent, version: 1 });
      const after = await projectRow(store(), project.id);
      expect(after.version).toBe(before.version + 1);
      expect(after.record.cumulativeInvestment).toBe(sent.cumulativeInvestment);
      const stored = await store()
        .db.selectFrom("milestones")
        .select("record")
        .where("project_id", "=", project.id)
        .where("id", "=", milestone.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.record).actualDate).toBe("2023-03-05");
      expect(await auditLog(store())).toEqual([
        {
          action: "report.enter",
          subject: `report:${project.id}:${period}`,
          actor: "staff:test",
          before: null,
          after: sent,
          reason: "测试",
        },
      ]);

      // Written again: the next version, audited with what it replaced.
      const again = report({ note: "再次填报" });
      expect(
        (await reports.saveReport(project, again, { actor: "s", action: "report.enter" })).version,
      ).toBe(2);
      expect((await reports.getReport(project.id, period))?.report.note).toBe("再次填报");
      expect((await auditLog(store())).at(-1)?.before).toEqual(sent);
    });

    it("keeps a submitted report waiting: the project does not move", async () => {
      await storeProjects(store(), [project]);
      const reports = createReportsStore(store());
      const before = await projectRow(store(), project.id);
      await reports.saveReport(project, report({ state: "submitted" }), {
        actor: "unit:test",
        action: "report.submit",
      });
      expect(await projectRow(store(), project.id)).toEqual(before);
      const inPeriod = await reports.reportsInPeriod(period);
      expect([...inPeriod.keys()]).toEqual([project.id]);
      expect(inPeriod.get(project.id)?.report.state).toBe("submitted");
    });

    it("stores an imported sheet's reports all together, or none when one fails", async () => {
      await storeProjects(store(), [project, other]);
      const reports = createReportsStore(store());
      await reports.openRound(period, "2023-03-13", "staff:test");
      const missing = { ...other, id: "no-such-project" };
      await expect(
        reports.saveReports(
          [
            { project, report: report() },
            { project: missing, report: report() },
          ],
          { actor: "staff:test", action: "report.import", openRound: period },
        ),
      ).rejects.toThrow();
      expect((await reports.reportsInPeriod(period)).size).toBe(0);
      expect((await auditLog(store())).map((r) => r.action)).toEqual(["round.open"]);

      const saved = await reports.saveReports(
        [
          { project, report: report() },
          { project: other, report: report({ cumulativeInvestment: other.cumulativeInvestment }) },
        ],
        { actor: "staff:test", action: "report.import", openRound: period },
      );
      expect(saved.map((s) => s.version)).toEqual([1, 1]);
      expect((await auditLog(store())).map((r) => r.action)).toEqual([
        "round.open",
        "report.import",
        "report.import",
      ]);
    });

    it("stores nothing of an import whose round closed after it was read", async () => {
      await storeProjects(store(), [project]);
      const reports = createReportsStore(store());
      const round = await reports.openRound(period, "2023-03-13", "staff:test");
      await reports.closeRound(round, "staff:other");
      await expect(
        reports.saveReports([{ project, report: report() }], {
          actor: "staff:test",
          action: "report.import",
          openRound: period,
        }),
      ).rejects.toBeInstanceOf(RoundNotOpen);
      expect((await reports.reportsInPeriod(period)).size).toBe(0);
    });

    it("turns the seed's report periods into closed rounds once, in a store without rounds", async () => {
      await storeProjects(store(), [project]);
      const reports = createReportsStore(store());
      await reports.ensureSeedRounds();
      const periods = [...new Set(project.reports.map((r) => r.period))].sort();
      const rounds = await reports.listRounds();
      expect(rounds.map((r) => r.period)).toEqual(periods);
      expect(rounds.every((r) => r.state === "closed")).toBe(true);
      expect(rounds.find((r) => r.period === "2023-02-2")?.deadline).toBe("2023-02-23");
      await reports.ensureSeedRounds();
      expect(await reports.listRounds()).toHaveLength(periods.length);
    });
  });
});
