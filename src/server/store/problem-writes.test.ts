import { describe, expect, it } from "vitest";
import type { Problem } from "../../domain/project";
import { createProblemWrites } from "./problem-writes";
import { auditLog, projectRow, seedProjects, storeProjects } from "./test-projects";
import { forEachStore } from "./test-stores";

const [project] = seedProjects(1);
if (!project) throw new Error("the seed has a project");
const milestone = project.milestones.find((m) => m.actualDate === null);
if (!milestone) throw new Error("the first seed project has a milestone still to reach");

const newProblem = (id: string): Problem => ({
  id,
  description: "用地手续待办理",
  descriptionEn: "Land approval pending",
  type: "land",
  ownerUnit: "区自然资源局",
  ownerUnitEn: "District Natural Resources Bureau",
  raisedDate: "2023-02-28",
  dueDate: "2023-03-31",
  status: "open",
  resolvedDate: null,
  history: [{ at: "2023-02-28T08:00:00.000Z", actor: "staff:test", action: "raise" }],
});

describe("problem writes", () => {
  forEachStore((store) => {
    it("raises a problem under the next free id, with its audit record", async () => {
      await storeProjects(store(), [project]);
      const writes = createProblemWrites(store());
      const next = await writes.nextId(project.id);
      expect(next).toEqual({
        id: `${project.id}-q${project.problems.length + 1}`,
        position: project.problems.length,
      });
      const problem = newProblem(next.id);
      await writes.raise(project.id, problem, next.position, "staff:test");
      expect(await writes.find(next.id)).toEqual({ projectId: project.id, problem });
      expect((await writes.nextId(project.id)).position).toBe(next.position + 1);
      expect(await auditLog(store())).toEqual([
        {
          action: "problem.raise",
          subject: `problem:${next.id}`,
          actor: "staff:test",
          before: null,
          after: problem,
          reason: null,
        },
      ]);
    });

    it("refuses a problem whose id is taken, and audits nothing for it", async () => {
      await storeProjects(store(), [project]);
      const writes = createProblemWrites(store());
      const taken = project.problems[0];
      if (!taken) throw new Error("the first seed project has problems");
      await expect(
        writes.raise(project.id, newProblem(taken.id), 99, "staff:test"),
      ).rejects.toThrow();
      expect(await writes.find(taken.id)).toEqual({ projectId: project.id, problem: taken });
      expect(await auditLog(store())).toEqual([]);
    });

    it("records a step in a problem's life with the note as its reason", async () => {
      await storeProjects(store(), [project]);
      const writes = createProblemWrites(store());
      const before = project.problems[0];
      if (!before) throw new Error("the first seed project has problems");
      const after: Problem = { ...before, status: "awaiting_close" };
      await writes.change(project.id, before, after, "resolve", "unit:test", "已办结");
      expect((await writes.find(before.id))?.problem).toEqual(after);
      expect(await auditLog(store())).toEqual([
        {
          action: "problem.resolve",
          subject: `problem:${before.id}`,
          actor: "unit:test",
          before,
          after,
          reason: "已办结",
        },
      ]);
    });

    it("replans a milestone, moving the project's version", async () => {
      await storeProjects(store(), [project]);
      const writes = createProblemWrites(store());
      const before = await writes.milestone(project.id, milestone.id);
      expect(before).toEqual(milestone);
      expect(await writes.milestone(project.id, "no-such-milestone")).toBeUndefined();
      const version = (await projectRow(store(), project.id)).version;
      const after = { ...milestone, plannedDate: "2023-09-30" };
      await writes.replan(project.id, milestone, after, "staff:test", "设备到货推迟");
      expect(await writes.milestone(project.id, milestone.id)).toEqual(after);
      expect((await projectRow(store(), project.id)).version).toBe(version + 1);
      expect((await auditLog(store())).map((r) => [r.action, r.subject, r.reason])).toEqual([
        ["milestone.replan", `milestone:${project.id}/${milestone.id}`, "设备到货推迟"],
      ]);
    });
  });
});
