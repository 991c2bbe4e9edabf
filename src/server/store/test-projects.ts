import { join } from "node:path";
import type { ProjectRecord } from "../../domain/project";
import { loadSeedFiles } from "../seed/load-seed-files";
import type { Store } from "./sql";

const seedDir = join(import.meta.dirname, "../../../data");

/** The seed's first projects, as the project list reads them (with their reports and lists). */
export function seedProjects(count: number): ProjectRecord[] {
  return loadSeedFiles(seedDir).projects.projects.slice(0, count);
}

/**
 * Writes projects into a test store as the seed does, through the query layer so it works on
 * either store (the seed's own writer is SQLite's).
 */
export async function storeProjects(store: Store, projects: ProjectRecord[]): Promise<void> {
  const q = store.db;
  for (const [position, project] of projects.entries()) {
    const { reports, milestones, problems, ...record } = project;
    await q
      .insertInto("projects")
      .values({
        id: project.id,
        position,
        category: project.category,
        record: JSON.stringify(record),
      })
      .execute();
    for (const report of reports)
      await q
        .insertInto("project_reports")
        .values({ project_id: project.id, period: report.period, record: JSON.stringify(report) })
        .execute();
    for (const [i, m] of milestones.entries())
      await q
        .insertInto("milestones")
        .values({ project_id: project.id, id: m.id, position: i, record: JSON.stringify(m) })
        .execute();
    for (const [i, p] of problems.entries())
      await q
        .insertInto("problems")
        .values({ project_id: project.id, id: p.id, position: i, record: JSON.stringify(p) })
        .execute();
  }
}

/** The audit log as stored, oldest first, with its JSON read. */
export async function auditLog(store: Store) {
  const rows = await store.db
    .selectFrom("audit_log")
    .select(["action", "subject", "actor", "before", "after", "reason"])
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    ...r,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }));
}

/** A project's stored version and record (without its lists). */
export async function projectRow(store: Store, id: string) {
  const row = await store.db
    .selectFrom("projects")
    .select(["version", "record"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return { version: row.version, record: JSON.parse(row.record) as Record<string, unknown> };
}
