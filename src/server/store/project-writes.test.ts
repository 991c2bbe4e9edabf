import { describe, expect, it } from "vitest";
import { createProjectWrites } from "./project-writes";
import type { Store } from "./sql";
import { auditOf, seedProject } from "./test-rows";
import { forEachStore } from "./test-stores";

const countOf = async (
  s: Store,
  table: "projects" | "milestones" | "problems" | "project_reports",
) =>
  (
    await s
      .q()
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
  ).n;

describe("project writes", () => {
  forEachStore((store) => {
    it("adds a project with its lists at the end of the list, audited", async () => {
      const s = store();
      const writes = createProjectWrites(s);
      const first = seedProject(0, "np-1");
      const second = seedProject(1, "np-2");
      await writes.create(first, "user:staff");
      await writes.create(second, "user:staff", "新增");
      const rows = await s.q().selectFrom("projects").select(["id", "position"]).execute();
      expect(rows.sort((a, b) => a.position - b.position)).toEqual([
        { id: "np-1", position: 0 },
        { id: "np-2", position: 1 },
      ]);
      expect(await countOf(s, "milestones")).toBe(
        first.milestones.length + second.milestones.length,
      );
      expect(await countOf(s, "problems")).toBe(first.problems.length + second.problems.length);
      expect(await countOf(s, "project_reports")).toBe(
        first.reports.length + second.reports.length,
      );
      expect(await writes.state("np-1")).toEqual({ version: 1, archivedAt: null });
      const audit = await auditOf(s);
      expect(audit.map((r) => [r.action, r.subject, r.reason])).toEqual([
        ["project.create", "project:np-1", null],
        ["project.create", "project:np-2", "新增"],
      ]);
      expect(audit[0]?.after).not.toHaveProperty("milestones");
    });

    it("edits, archives and restores a project, each a new version and audited", async () => {
      const s = store();
      const writes = createProjectWrites(s);
      const before = seedProject(0, "np-1");
      await writes.create(before, "user:staff");
      const after = { ...before, name: "新名称" };
      await writes.update(before, after, "user:staff", null);
      expect(await writes.state("np-1")).toEqual({ version: 2, archivedAt: null });
      await writes.setArchived("np-1", "2024-01-02T00:00:00.000Z", "user:staff", "停建");
      expect(await writes.state("np-1")).toEqual({
        version: 3,
        archivedAt: "2024-01-02T00:00:00.000Z",
      });
      await writes.setArchived("np-1", null, "user:admin", null);
      expect(await writes.state("np-1")).toEqual({ version: 4, archivedAt: null });
      expect(await writes.state("nope")).toBeUndefined();
      const audit = await auditOf(s);
      expect(audit.slice(1)).toMatchObject([
        { action: "project.update", after: { name: "新名称" } },
        {
          action: "project.archive",
          before: { archivedAt: null },
          after: { archivedAt: "2024-01-02T00:00:00.000Z" },
          reason: "停建",
        },
        { action: "project.restore", actor: "user:admin" },
      ]);
    });

    it("stores an imported list all together, or none of it when a write fails", async () => {
      const s = store();
      const writes = createProjectWrites(s);
      const kept = seedProject(0, "np-1");
      await writes.create(kept, "user:staff");
      const renamed = { ...kept, name: "改" };
      // The second create names a project that exists: the whole list is refused.
      await expect(
        writes.importList(
          { creates: [seedProject(1, "np-2"), seedProject(2, "np-1")], updates: [] },
          "user:staff",
          "导入",
        ),
      ).rejects.toThrow();
      expect(await countOf(s, "projects")).toBe(1);
      expect((await auditOf(s)).length).toBe(1);

      await writes.importList(
        { creates: [seedProject(1, "np-2")], updates: [{ before: kept, after: renamed }] },
        "user:staff",
        "导入",
      );
      expect(await countOf(s, "projects")).toBe(2);
      expect((await auditOf(s)).map((r) => [r.action, r.reason])).toEqual([
        ["project.create", null],
        ["project.create", "导入"],
        ["project.update", "导入"],
      ]);
    });
  });
});
