import type { Milestone, Problem } from "../../domain/project";
import type { AuditStore } from "./audit-store";
import type { Db } from "./open-database";

export type StoredProblem = { projectId: string; problem: Problem };

/**
 * Writes to 问题清单 and milestones, each with its audit record in the same transaction: a change
 * is never stored without its trace, nor traced without being stored.
 */
export function createProblemWrites(db: Db, audit: AuditStore) {
  const q = {
    find: db.prepare("SELECT project_id, record FROM problems WHERE id = ?"),
    ofProject: db.prepare("SELECT id, position FROM problems WHERE project_id = ?"),
    insert: db.prepare(
      "INSERT INTO problems (project_id, id, position, record) VALUES (?, ?, ?, ?)",
    ),
    update: db.prepare("UPDATE problems SET record = ? WHERE project_id = ? AND id = ?"),
    milestone: db.prepare("SELECT record FROM milestones WHERE project_id = ? AND id = ?"),
    updateMilestone: db.prepare("UPDATE milestones SET record = ? WHERE project_id = ? AND id = ?"),
    // A replanned milestone is a change to the project: its version moves, as with every plan edit.
    bumpProject: db.prepare("UPDATE projects SET version = version + 1 WHERE id = ?"),
  };
  return {
    find(problemId: string): StoredProblem | undefined {
      // Ids are unique across projects (the project's id is part of each).
      const row = q.find.get(problemId) as { project_id: string; record: string } | undefined;
      return row && { projectId: row.project_id, problem: JSON.parse(row.record) as Problem };
    },

    /** The next free id on a project: `<project>-q<n>`, as the seed numbers them. */
    nextId(projectId: string): { id: string; position: number } {
      const rows = q.ofProject.all(projectId) as { id: string; position: number }[];
      const n = Math.max(0, ...rows.map((r) => Number(/-q(\d+)$/.exec(r.id)?.[1] ?? 0)));
      const position = Math.max(-1, ...rows.map((r) => r.position)) + 1;
      return { id: `${projectId}-q${n + 1}`, position };
    },

    raise(projectId: string, problem: Problem, position: number, actor: string): void {
      db.transaction(() => {
        q.insert.run(projectId, problem.id, position, JSON.stringify(problem));
        audit.append({
          actor,
          action: "problem.raise",
          eventId: null,
          subject: `problem:${problem.id}`,
          before: null,
          after: problem,
          reason: null,
        });
      })();
    },

    change(
      projectId: string,
      before: Problem,
      after: Problem,
      action: string,
      actor: string,
      note: string | null,
    ): void {
      db.transaction(() => {
        q.update.run(JSON.stringify(after), projectId, after.id);
        audit.append({
          actor,
          action: `problem.${action}`,
          eventId: null,
          subject: `problem:${after.id}`,
          before,
          after,
          reason: note,
        });
      })();
    },

    milestone(projectId: string, milestoneId: string): Milestone | undefined {
      const row = q.milestone.get(projectId, milestoneId) as { record: string } | undefined;
      return row && (JSON.parse(row.record) as Milestone);
    },

    replan(projectId: string, before: Milestone, after: Milestone, actor: string, reason: string) {
      db.transaction(() => {
        q.updateMilestone.run(JSON.stringify(after), projectId, after.id);
        q.bumpProject.run(projectId);
        audit.append({
          actor,
          action: "milestone.replan",
          eventId: null,
          subject: `milestone:${projectId}/${after.id}`,
          before,
          after,
          reason,
        });
      })();
    },
  };
}
export type ProblemWrites = ReturnType<typeof createProblemWrites>;
