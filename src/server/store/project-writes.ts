import type { ProjectRecord } from "../../domain/project";
import type { AuditStore } from "./audit-store";
import type { Db } from "./open-database";

export type ProjectState = { version: number; archivedAt: string | null };

/**
 * Writes to the project list (项目库), each with its audit record in the same transaction. The
 * record is stored as the seed stores it: the base row, then milestones and problems by position.
 */
export function createProjectWrites(db: Db, audit: AuditStore) {
  const q = {
    state: db.prepare("SELECT version, archived_at FROM projects WHERE id = ?"),
    nextPosition: db.prepare("SELECT coalesce(max(position), -1) + 1 AS n FROM projects"),
    insert: db.prepare(
      "INSERT INTO projects (id, position, category, record, version) VALUES (?, ?, ?, ?, 1)",
    ),
    insertMilestone: db.prepare(
      "INSERT INTO milestones (project_id, id, position, record) VALUES (?, ?, ?, ?)",
    ),
    insertProblem: db.prepare(
      "INSERT INTO problems (project_id, id, position, record) VALUES (?, ?, ?, ?)",
    ),
    insertReport: db.prepare(
      "INSERT INTO project_reports (project_id, period, record) VALUES (?, ?, ?)",
    ),
    update: db.prepare(
      "UPDATE projects SET record = ?, category = ?, version = version + 1 WHERE id = ?",
    ),
    archive: db.prepare("UPDATE projects SET archived_at = ?, version = version + 1 WHERE id = ?"),
  };
  const base = (p: ProjectRecord) => {
    const { reports: _r, milestones: _m, problems: _p, ...record } = p;
    return record;
  };
  return {
    state(id: string): ProjectState | undefined {
      const row = q.state.get(id) as { version: number; archived_at: string | null } | undefined;
      return row && { version: row.version, archivedAt: row.archived_at };
    },

    create(project: ProjectRecord, actor: string, reason: string | null = null): void {
      db.transaction(() => {
        const { n } = q.nextPosition.get() as { n: number };
        q.insert.run(project.id, n, project.category, JSON.stringify(base(project)));
        for (const [i, m] of project.milestones.entries())
          q.insertMilestone.run(project.id, m.id, i, JSON.stringify(m));
        for (const [i, p] of project.problems.entries())
          q.insertProblem.run(project.id, p.id, i, JSON.stringify(p));
        for (const r of project.reports)
          q.insertReport.run(project.id, r.period, JSON.stringify(r));
        audit.append({
          actor,
          action: "project.create",
          eventId: null,
          subject: `project:${project.id}`,
          before: null,
          after: base(project),
          reason,
        });
      })();
    },

    /** Changes the base record (never its history); the audit keeps before → after and why. */
    update(before: ProjectRecord, after: ProjectRecord, actor: string, reason: string | null) {
      db.transaction(() => {
        q.update.run(JSON.stringify(base(after)), after.category, after.id);
        audit.append({
          actor,
          action: "project.update",
          eventId: null,
          subject: `project:${after.id}`,
          before: base(before),
          after: base(after),
          reason,
        });
      })();
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
    ): void {
      db.transaction(() => {
        for (const project of plan.creates) this.create(project, actor, reason);
        for (const { before, after } of plan.updates) this.update(before, after, actor, reason);
      })();
    },

    /** Archives (at = a time) or restores (at = null); history and scores stay where they are. */
    setArchived(id: string, at: string | null, actor: string, reason: string | null): void {
      db.transaction(() => {
        const before = this.state(id);
        q.archive.run(at, id);
        audit.append({
          actor,
          action: at ? "project.archive" : "project.restore",
          eventId: null,
          subject: `project:${id}`,
          before: { archivedAt: before?.archivedAt ?? null },
          after: { archivedAt: at },
          reason,
        });
      })();
    },
  };
}
export type ProjectWrites = ReturnType<typeof createProjectWrites>;
