import type { SeedData } from "../seed/load-seed-files";
import type { Db } from "./open-database";

/** True when the store holds no projects yet (a first start). */
export function isEmpty(db: Db): boolean {
  return !db.prepare("SELECT 1 FROM projects LIMIT 1").get();
}

/** Writes the seed data into an empty store, all or nothing. */
export function seedStore(db: Db, data: SeedData): void {
  const now = new Date().toISOString();
  const insertMeta = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
  const insertProject = db.prepare(
    "INSERT INTO projects (id, position, category, record) VALUES (?, ?, ?, ?)",
  );
  const insertReport = db.prepare(
    "INSERT INTO project_reports (project_id, period, record) VALUES (?, ?, ?)",
  );
  const insertMilestone = db.prepare(
    "INSERT INTO milestones (project_id, id, position, record) VALUES (?, ?, ?, ?)",
  );
  const insertProblem = db.prepare(
    "INSERT INTO problems (project_id, id, position, record) VALUES (?, ?, ?, ?)",
  );
  const insertEvent = db.prepare("INSERT INTO events (id, state, record) VALUES (?, ?, ?)");
  const insertEvaluator = db.prepare(
    "INSERT INTO evaluators (id, position, record) VALUES (?, ?, ?)",
  );
  const insertSheet = db.prepare(
    `INSERT INTO sheets (event_id, evaluator_id, project_id, scores, vote, comment, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  db.transaction(() => {
    const { projects: file } = data;
    insertMeta.run("asOf", file.asOf);
    insertMeta.run("illustrative", JSON.stringify(file.illustrative));
    insertMeta.run("source", file.source);
    insertMeta.run("statusRules", JSON.stringify(data.statusRules));
    insertMeta.run("seededAt", now);
    file.projects.forEach((project, position) => {
      const { reports, milestones, problems, ...record } = project;
      insertProject.run(project.id, position, project.category, JSON.stringify(record));
      for (const report of reports)
        insertReport.run(project.id, report.period, JSON.stringify(report));
      for (const [i, m] of milestones.entries())
        insertMilestone.run(project.id, m.id, i, JSON.stringify(m));
      for (const [i, p] of problems.entries())
        insertProblem.run(project.id, p.id, i, JSON.stringify(p));
    });
    for (const event of data.events) insertEvent.run(event.id, event.state, JSON.stringify(event));
    for (const [i, e] of data.evaluators.entries()) insertEvaluator.run(e.id, i, JSON.stringify(e));
    for (const s of data.sheets)
      insertSheet.run(
        s.eventId,
        s.evaluatorId,
        s.projectId,
        JSON.stringify(s.scores),
        s.vote,
        s.comment ?? null,
        now,
      );
  })();
}
