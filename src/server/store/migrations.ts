/**
 * Schema migrations, applied in order and recorded in `schema_migrations`.
 * Never edit a shipped migration: add a new one.
 */
export const migrations: { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: "projects-events-sheets",
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        category TEXT NOT NULL,
        record TEXT NOT NULL -- JSON: the project record without its lists
      );
      CREATE TABLE project_reports (
        project_id TEXT NOT NULL REFERENCES projects(id),
        period TEXT NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (project_id, period)
      );
      CREATE TABLE milestones (
        project_id TEXT NOT NULL REFERENCES projects(id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (project_id, id)
      );
      CREATE TABLE problems (
        project_id TEXT NOT NULL REFERENCES projects(id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (project_id, id)
      );
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE TABLE evaluators (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        record TEXT NOT NULL
      );
      CREATE TABLE sheets (
        event_id TEXT NOT NULL REFERENCES events(id),
        evaluator_id TEXT NOT NULL REFERENCES evaluators(id),
        project_id TEXT NOT NULL REFERENCES projects(id),
        scores TEXT NOT NULL,
        vote TEXT,
        comment TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (event_id, evaluator_id, project_id)
      );
      CREATE INDEX sheets_by_project ON sheets (event_id, project_id);
    `,
  },
];
