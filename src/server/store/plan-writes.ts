import type { Milestone, ProjectRecord, YearPlan } from "../../domain/project";
import { inPlannedOrder } from "../../domain/project-plans";
import { appendAudit } from "./audit-store";
import type { Store } from "./sql";

/**
 * Writes to a project's plan (its year plans and milestones). Each moves the project's version
 * (the If-Match the project page holds) and is audited under the project, so its 修改记录 shows
 * it, in the same transaction.
 */
export function createPlanWrites(store: Store) {
  const bump = (projectId: string) =>
    store
      .q()
      .updateTable("projects")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("id", "=", projectId)
      .execute();
  /** Keeps the stored order the planned order, as the seed lists them. */
  const reorder = async (projectId: string) => {
    const rows = await store
      .q()
      .selectFrom("milestones")
      .select("record")
      .where("project_id", "=", projectId)
      .execute();
    const all = rows.map((r) => JSON.parse(r.record) as Milestone);
    for (const [i, m] of inPlannedOrder(all).entries())
      await store
        .q()
        .updateTable("milestones")
        .set({ position: i })
        .where("project_id", "=", projectId)
        .where("id", "=", m.id)
        .execute();
  };
  const trace = (
    projectId: string,
    action: string,
    before: unknown,
    after: unknown,
    actor: string,
    reason: string | null,
  ) =>
    appendAudit(store, {
      actor,
      action,
      eventId: null,
      subject: `project:${projectId}`,
      before,
      after,
      reason,
    });

  return {
    /** One year's plan; `plan` is the record's new yearPlans and yearPlanInvestment. */
    setYearPlan(
      project: ProjectRecord,
      year: number,
      plan: { yearPlans: YearPlan[]; yearPlanInvestment: number },
      before: number | null,
      actor: string,
      reason: string | null,
    ): Promise<void> {
      return store.transaction(async () => {
        const row = await store
          .q()
          .selectFrom("projects")
          .select("record")
          .where("id", "=", project.id)
          .executeTakeFirstOrThrow();
        const record = { ...JSON.parse(row.record), ...plan };
        await store
          .q()
          .updateTable("projects")
          .set((eb) => ({ record: JSON.stringify(record), version: eb("version", "+", 1) }))
          .where("id", "=", project.id)
          .execute();
        const after = plan.yearPlans.find((p) => p.year === year)?.planInvestment ?? null;
        await trace(
          project.id,
          "project.year-plan",
          { year, planInvestment: before },
          { year, planInvestment: after },
          actor,
          reason,
        );
      });
    },

    addMilestone(projectId: string, milestone: Milestone, actor: string): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .insertInto("milestones")
          .values({
            project_id: projectId,
            id: milestone.id,
            position: 1_000_000,
            record: JSON.stringify(milestone),
          })
          .execute();
        await reorder(projectId);
        await bump(projectId);
        await trace(projectId, "milestone.add", null, milestone, actor, null);
      });
    },

    changeMilestone(
      projectId: string,
      before: Milestone,
      after: Milestone,
      actor: string,
      reason: string | null,
    ): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .updateTable("milestones")
          .set({ record: JSON.stringify(after) })
          .where("project_id", "=", projectId)
          .where("id", "=", after.id)
          .execute();
        await reorder(projectId);
        await bump(projectId);
        await trace(projectId, "milestone.update", before, after, actor, reason);
      });
    },

    removeMilestone(
      projectId: string,
      milestone: Milestone,
      actor: string,
      reason: string | null,
    ): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .deleteFrom("milestones")
          .where("project_id", "=", projectId)
          .where("id", "=", milestone.id)
          .execute();
        await bump(projectId);
        await trace(projectId, "milestone.remove", milestone, null, actor, reason);
      });
    },
  };
}
export type PlanWrites = ReturnType<typeof createPlanWrites>;
