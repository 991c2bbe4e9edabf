import { describe, expect, it } from "vitest";
import type { Milestone } from "../../domain/project";
import { createPlanWrites } from "./plan-writes";
import type { Store } from "./sql";
import { auditLog, projectRow, seedProjects, storeProjects } from "./test-projects";
import { forEachStore } from "./test-stores";

const [project] = seedProjects(1);
if (!project) throw new Error("the seed has a project");
const unreached = project.milestones.find((m) => m.actualDate === null);
if (!unreached) throw new Error("the first seed project has a milestone still to reach");

/** The project's milestone ids in their stored order. */
const storedOrder = async (store: Store) =>
  (
    await store.db
      .selectFrom("milestones")
      .select("id")
      .where("project_id", "=", project.id)
      .orderBy("position")
      .execute()
  ).map((r) => r.id);

const trial: Milestone = {
  id: "m-trial",
  name: "试生产",
  nameEn: "Trial production",
  plannedDate: "2022-01-01",
  actualDate: null,
};

describe("plan writes", () => {
  forEachStore((store) => {
    it("sets a year's plan: the record, the version and the audit record move together", async () => {
      await storeProjects(store(), [project]);
      const writes = createPlanWrites(store());
      const before = await projectRow(store(), project.id);
      const plan = { yearPlans: [{ year: 2023, planInvestment: 6 }], yearPlanInvestment: 6 };
      await writes.setYearPlan(project, 2023, plan, 5.14, "staff:test", "年中调整");
      const after = await projectRow(store(), project.id);
      expect(after.version).toBe(before.version + 1);
      expect(after.record).toEqual({ ...before.record, ...plan });
      expect(await auditLog(store())).toEqual([
        {
          action: "project.year-plan",
          subject: `project:${project.id}`,
          actor: "staff:test",
          before: { year: 2023, planInvestment: 5.14 },
          after: { year: 2023, planInvestment: 6 },
          reason: "年中调整",
        },
      ]);
    });

    it("adds, changes and removes milestones in planned order, each audited", async () => {
      await storeProjects(store(), [project]);
      const writes = createPlanWrites(store());
      const version = (await projectRow(store(), project.id)).version;
      const planned = (extra: Milestone[]) =>
        [...project.milestones, ...extra]
          .sort((a, b) => a.plannedDate.localeCompare(b.plannedDate))
          .map((m) => m.id);

      await writes.addMilestone(project.id, trial, "staff:test");
      expect(await storedOrder(store())).toEqual(planned([trial]));

      const moved = { ...trial, plannedDate: "2023-10-01" };
      await writes.changeMilestone(project.id, trial, moved, "staff:test", "推迟");
      expect(await storedOrder(store())).toEqual(planned([moved]));

      await writes.removeMilestone(project.id, moved, "admin:test", "取消");
      expect(await storedOrder(store())).toEqual(planned([]));
      expect((await projectRow(store(), project.id)).version).toBe(version + 3);
      expect((await auditLog(store())).map((r) => [r.action, r.actor, r.reason])).toEqual([
        ["milestone.add", "staff:test", null],
        ["milestone.update", "staff:test", "推迟"],
        ["milestone.remove", "admin:test", "取消"],
      ]);
    });

    it("refuses a milestone whose id is taken: the version stays and nothing is audited", async () => {
      await storeProjects(store(), [project]);
      const writes = createPlanWrites(store());
      const version = (await projectRow(store(), project.id)).version;
      await expect(
        writes.addMilestone(project.id, { ...trial, id: unreached.id }, "staff:test"),
      ).rejects.toThrow();
      expect((await projectRow(store(), project.id)).version).toBe(version);
      expect(await storedOrder(store())).toEqual(project.milestones.map((m) => m.id));
      expect(await auditLog(store())).toEqual([]);
    });
  });
});
