import type { ProjectRecord } from "../../domain/project";
import { appendAudit } from "./audit-store";
import type { Store } from "./sql";

export type ProjectState = { version: number; archivedAt: string | null };

const base = (p: ProjectRecord) => {
  const { reports: _r, milestones: _m, problems: _p, ...record } = p;
  return record;
};

/**
 * Writes to the project list (项目库), each with its audit record in the same transaction. The
 * record is stored as the seed stores it: the base row, then milestones and problems by position.
 */
export function createProjectWrites(store: Store) {
  const writes = {
    async state(id: string): Promise<ProjectState | undefined> {
      const row = await store
        .q()
        .selectFrom("projects")
        .select(["version", "archived_at"])
        .where("id", "=", id)
        .executeTakeFirst();
      return row && { version: row.version, archivedAt: row.archived_at };
    },

    create(project: ProjectRecord, actor: string, reason: string | null = null): Promise<void> {
      return store.transaction(async () => {
        const q = store.q();
        const { last } = await q
          .selectFrom("projects")
          .select((eb) => eb.fn.max("position").as("last"))
          .executeTakeFirstOrThrow();
        await q
          .insertInto("projects")
          .values({
            id: project.id,
            position: (last ?? -1) + 1,
            category: project.category,
            record: JSON.stringify(base(project)),
            version: 1,
          })
          .execute();
        const projectId = project.id;
        if (project.milestones.length)
          await q
            .insertInto("milestones")
            .values(
              project.milestones.map((m, position) => ({
                project_id: projectId,
                id: m.id,
                position,
                record: JSON.stringify(m),
              })),
            )
            .execute();
        if (project.problems.length)
          await q
            .insertInto("problems")
            .values(
              project.problems.map((p, position) => ({
                project_id: projectId,
                id: p.id,
                position,
                record: JSON.stringify(p),
              })),
            )
            .execute();
        if (project.reports.length)
          await q
            .insertInto("project_reports")
            .values(
              project.reports.map((r) => ({
                project_id: projectId,
                period: r.period,
                record: JSON.stringify(r),
              })),
            )
            .execute();
        await appendAudit(store, {
          actor,
          action: "project.create",
          eventId: null,
          subject: `project:${project.id}`,
          before: null,
          after: base(project),
          reason,
        });
      });
    },

    /** Changes the base record (never its history); the audit keeps before → after and why. */
    update(
      before: ProjectRecord,
      after: ProjectRecord,
      actor: string,
      reason: string | null,
    ): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .updateTable("projects")
          .set((eb) => ({
            record: JSON.stringify(base(after)),
            category: after.category,
            version: eb("version", "+", 1),
          }))
          .where("id", "=", after.id)
          .execute();
        await appendAudit(store, {
          actor,
          action: "project.update",
          eventId: null,
          subject: `project:${after.id}`,
          before: base(before),
          after: base(after),
          reason,
        });
      });
    },

    /**
     * A whole imported list: every new project and every update, each audited, in one transaction —
     * all stored or, if any write fails, none.
     */
    importList(
      plan: {
        creates: ProjectRecord[];
        updates: { before: ProjectRecord; after: ProjectRecord }[];
      },
      actor: string,
      reason: string,
    ): Promise<void> {
      return store.transaction(async () => {
        for (const project of plan.creates) await writes.create(project, actor, reason);
        for (const { before, after } of plan.updates)
          await writes.update(before, after, actor, reason);
      });
    },

    /** Archives (at = a time) or restores (at = null); history and scores stay where they are. */
    setArchived(
      id: string,
      at: string | null,
      actor: string,
      reason: string | null,
    ): Promise<void> {
      return store.transaction(async () => {
        const before = await writes.state(id);
        await store
          .q()
          .updateTable("projects")
          .set((eb) => ({ archived_at: at, version: eb("version", "+", 1) }))
          .where("id", "=", id)
          .execute();
        await appendAudit(store, {
          actor,
          action: at ? "project.archive" : "project.restore",
          eventId: null,
          subject: `project:${id}`,
          before: { archivedAt: before?.archivedAt ?? null },
          after: { archivedAt: at },
          reason,
        });
      });
    },
  };
  return writes;
}
export type ProjectWrites = ReturnType<typeof createProjectWrites>;
