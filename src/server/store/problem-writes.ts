import type { Milestone, Problem } from "../../domain/project";
import { appendAudit } from "./audit-store";
import type { Store } from "./sql";

export type StoredProblem = { projectId: string; problem: Problem };

/**
 * Writes to 问题清单 and milestones, each with its audit record in the same transaction: a change
 * is never stored without its trace, nor traced without being stored.
 */
export function createProblemWrites(store: Store) {
  return {
    async find(problemId: string): Promise<StoredProblem | undefined> {
      // Ids are unique across projects (the project's id is part of each).
      const row = await store
        .q()
        .selectFrom("problems")
        .select(["project_id", "record"])
        .where("id", "=", problemId)
        .executeTakeFirst();
      return row && { projectId: row.project_id, problem: JSON.parse(row.record) as Problem };
    },

    /** The next free id on a project: `<project>-q<n>`, as the seed numbers them. */
    async nextId(projectId: string): Promise<{ id: string; position: number }> {
      const rows = await store
        .q()
        .selectFrom("problems")
        .select(["id", "position"])
        .where("project_id", "=", projectId)
        .execute();
      const n = Math.max(0, ...rows.map((r) => Number(/-q(\d+)$/.exec(r.id)?.[1] ?? 0)));
      const position = Math.max(-1, ...rows.map((r) => r.position)) + 1;
      return { id: `${projectId}-q${n + 1}`, position };
    },

    raise(projectId: string, problem: Problem, position: number, actor: string): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .insertInto("problems")
          .values({
            project_id: projectId,
            id: problem.id,
            position,
            record: JSON.stringify(problem),
          })
          .execute();
        await appendAudit(store, {
          actor,
          action: "problem.raise",
          eventId: null,
          subject: `problem:${problem.id}`,
          before: null,
          after: problem,
          reason: null,
        });
      });
    },

    change(
      projectId: string,
      before: Problem,
      after: Problem,
      action: string,
      actor: string,
      note: string | null,
    ): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .updateTable("problems")
          .set({ record: JSON.stringify(after) })
          .where("project_id", "=", projectId)
          .where("id", "=", after.id)
          .execute();
        await appendAudit(store, {
          actor,
          action: `problem.${action}`,
          eventId: null,
          subject: `problem:${after.id}`,
          before,
          after,
          reason: note,
        });
      });
    },

    async milestone(projectId: string, milestoneId: string): Promise<Milestone | undefined> {
      const row = await store
        .q()
        .selectFrom("milestones")
        .select("record")
        .where("project_id", "=", projectId)
        .where("id", "=", milestoneId)
        .executeTakeFirst();
      return row && (JSON.parse(row.record) as Milestone);
    },

    replan(
      projectId: string,
      before: Milestone,
      after: Milestone,
      actor: string,
      reason: string,
    ): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .updateTable("milestones")
          .set({ record: JSON.stringify(after) })
          .where("project_id", "=", projectId)
          .where("id", "=", after.id)
          .execute();
        // A replanned milestone is a change to the project: its version moves, as with every plan edit.
        await store
          .q()
          .updateTable("projects")
          .set((eb) => ({ version: eb("version", "+", 1) }))
          .where("id", "=", projectId)
          .execute();
        await appendAudit(store, {
          actor,
          action: "milestone.replan",
          eventId: null,
          subject: `milestone:${projectId}/${after.id}`,
          before,
          after,
          reason,
        });
      });
    },
  };
}
export type ProblemWrites = ReturnType<typeof createProblemWrites>;
