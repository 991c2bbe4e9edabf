import type { Milestone, ProjectRecord, YearPlan } from "../../domain/project";
import { inPlannedOrder } from "../../domain/project-plans";
import type { AuditStore } from "./audit-store";
import type { Db } from "./open-database";

/**
 * Writes to a project's plan (its year plans and milestones). Each moves the project's version
 * (the If-Match the project page holds) and is audited under the project, so its 修改记录 shows
 * it, in the same transaction.
 */
export function createPlanWrites(db: Db, audit: AuditStore) {
  const q = {
    record: db.prepare("SELECT record FROM projects WHERE id = ?"),
    setRecord: db.prepare("UPDATE projects SET record = ?, version = version + 1 WHERE id = ?"),
    bump: db.prepare("UPDATE projects SET version = version + 1 WHERE id = ?"),
    milestones: db.prepare("SELECT record FROM milestones WHERE project_id = ?"),
    insert: db.prepare(
      "INSERT INTO milestones (project_id, id, position, record) VALUES (?, ?, ?, ?)",
    ),
    update: db.prepare("UPDATE milestones SET record = ? WHERE project_id = ? AND id = ?"),
    remove: db.prepare("DELETE FROM milestones WHERE project_id = ? AND id = ?"),
    position: db.prepare("UPDATE milestones SET position = ? WHERE project_id = ? AND id = ?"),
  };
  /** Keeps the stored order the planned order, as the seed lists them. */
  const reorder = (projectId: string) => {
    const all = (q.milestones.all(projectId) as { record: string }[]).map(
      (r) => JSON.parse(r.record) as Milestone,
    );
    for (const [i, m] of inPlannedOrder(all).entries()) q.position.run(i, projectId, m.id);
  };
  const trace = (
    projectId: string,
    action: string,
    before: unknown,
    after: unknown,
    actor: string,
    reason: string | null,
  ) =>
    audit.append({
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
    ) {
      db.transaction(() => {
        const row = q.record.get(project.id) as { record: string };
        const record = { ...JSON.parse(row.record), ...plan };
        q.setRecord.run(JSON.stringify(record), project.id);
        const after = plan.yearPlans.find((p) => p.year === year)?.planInvestment ?? null;
        trace(
          project.id,
          "project.year-plan",
          { year, planInvestment: before },
          { year, planInvestment: after },
          actor,
          reason,
        );
      })();
    },

    addMilestone(projectId: string, milestone: Milestone, actor: string) {
      db.transaction(() => {
        q.insert.run(projectId, milestone.id, 1_000_000, JSON.stringify(milestone));
        reorder(projectId);
        q.bump.run(projectId);
        trace(projectId, "milestone.add", null, milestone, actor, null);
      })();
    },

    changeMilestone(
      projectId: string,
      before: Milestone,
      after: Milestone,
      actor: string,
      reason: string | null,
    ) {
      db.transaction(() => {
        q.update.run(JSON.stringify(after), projectId, after.id);
        reorder(projectId);
        q.bump.run(projectId);
        trace(projectId, "milestone.update", before, after, actor, reason);
      })();
    },

    removeMilestone(projectId: string, milestone: Milestone, actor: string, reason: string | null) {
      db.transaction(() => {
        q.remove.run(projectId, milestone.id);
        q.bump.run(projectId);
        trace(projectId, "milestone.remove", milestone, null, actor, reason);
      })();
    },
  };
}
export type PlanWrites = ReturnType<typeof createPlanWrites>;
