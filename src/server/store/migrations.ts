/**
 * Schema migrations, applied in order and recorded in `schema_migrations`.
 * Never edit a shipped migration: add a new one.
 */
/** The sheet a row belongs to, as every table keyed by event, evaluator and project declares it. */
const sheetKeyColumns = `event_id TEXT NOT NULL REFERENCES events(id),
        evaluator_id TEXT NOT NULL REFERENCES evaluators(id),
        project_id TEXT NOT NULL REFERENCES projects(id),`;

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
        ${sheetKeyColumns}
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
  {
    id: 2,
    name: "accounts-sessions-audit-idempotency",
    sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'leader')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE TABLE evaluator_links (
        token_hash TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        evaluator_id TEXT NOT NULL REFERENCES evaluators(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX evaluator_links_by_evaluator ON evaluator_links (event_id, evaluator_id);
      CREATE TABLE display_tokens (
        token_hash TEXT PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        revoked_at TEXT,
        last_seen_at TEXT
      );
      -- Append-only: who changed what, when, before and after, and why.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        event_id TEXT,
        subject TEXT NOT NULL,
        before TEXT,
        after TEXT,
        reason TEXT
      );
      CREATE INDEX audit_by_event ON audit_log (event_id, id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      -- A replayed write returns what the first one returned.
      CREATE TABLE idempotency (
        actor TEXT NOT NULL,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        status INTEGER NOT NULL,
        response TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (actor, key)
      );
    `,
  },
  {
    id: 3,
    name: "double-entry",
    sql: `
      -- Blind double entry: each keying of a paper sheet is kept as an entry, never edited except its
      -- status; a sheet is written only when two keyings by different accounts agree, or on review.
      CREATE TABLE double_entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ${sheetKeyColumns}
        keyed_by TEXT NOT NULL,
        scores TEXT NOT NULL,
        vote TEXT NOT NULL,
        comment TEXT,
        keyed_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'matched', 'mismatch', 'resolved'))
      );
      CREATE INDEX double_entries_by_event ON double_entries (event_id, status);
      -- At most one keying waits for its second per sheet.
      CREATE UNIQUE INDEX double_entries_one_waiting ON double_entries (event_id, evaluator_id, project_id)
        WHERE status = 'waiting';
      CREATE TABLE double_entry_mismatches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ${sheetKeyColumns}
        first_entry_id INTEGER NOT NULL REFERENCES double_entries(id),
        second_entry_id INTEGER NOT NULL REFERENCES double_entries(id),
        opened_at TEXT NOT NULL,
        resolved_by TEXT,
        resolved_at TEXT,
        reason TEXT
      );
      CREATE UNIQUE INDEX double_entry_mismatches_one_open
        ON double_entry_mismatches (event_id, evaluator_id, project_id) WHERE resolved_at IS NULL;
    `,
  },
  {
    id: 4,
    name: "display-screens",
    sql: `
      -- Wall screens' newest heartbeat each, so the admin list survives a restart.
      CREATE TABLE display_screens (
        screen_id TEXT PRIMARY KEY,
        token_id TEXT NOT NULL,
        label TEXT,
        panel TEXT NOT NULL,
        data_age_seconds INTEGER NOT NULL,
        errors TEXT NOT NULL, -- JSON array of panel ids
        viewport TEXT,
        build TEXT,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      );
      CREATE INDEX display_screens_by_seen ON display_screens (last_seen_at);
    `,
  },
  {
    id: 5,
    name: "reporting-rounds-and-unit-accounts",
    sql: `
      -- 填报轮次: one per 旬; the JSON record holds who opened and closed it, and when.
      CREATE TABLE rounds (
        period TEXT PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
        deadline TEXT NOT NULL,
        record TEXT NOT NULL
      );
      -- A report's review state lives in its record (absent = accepted, as seed reports are);
      -- the version is what If-Match names.
      ALTER TABLE project_reports ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX project_reports_by_period ON project_reports (period);
      -- Responsible-unit accounts (责任单位) report for their unit's projects. SQLite cannot change
      -- a CHECK, so users is rebuilt; sessions, which refer to it, are moved along with it.
      CREATE TABLE users_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'leader', 'unit')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        unit TEXT,
        CHECK ((role = 'unit') = (unit IS NOT NULL))
      );
      INSERT INTO users_new (id, username, display_name, role, password_hash, created_at, disabled)
        SELECT id, username, display_name, role, password_hash, created_at, disabled FROM users;
      CREATE TABLE sessions_new (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users_new(id),
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      INSERT INTO sessions_new SELECT token_hash, user_id, csrf_token, created_at, expires_at FROM sessions;
      DROP TABLE sessions;
      DROP TABLE users;
      ALTER TABLE users_new RENAME TO users;
      ALTER TABLE sessions_new RENAME TO sessions;
    `,
  },
  {
    id: 6,
    name: "problems-closed-status",
    sql: `
      -- 问题清单 statuses are now open / awaiting_close / closed: a problem stored as "resolved" was
      -- closed out (销号), and keeps its resolvedDate as the 销号 date.
      UPDATE problems SET record = json_set(record, '$.status', 'closed')
        WHERE json_extract(record, '$.status') = 'resolved';
    `,
  },
  {
    id: 8,
    name: "categories-and-project-admin",
    sql: `
      -- Categories are data: the seed's two, then whatever a district adds.
      CREATE TABLE categories (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL,
        colour TEXT NOT NULL
      );
      INSERT INTO categories (id, position, name, name_en, colour) VALUES
        ('manufacturing', 0, '制造业', 'Manufacturing', '#1d5fa8'),
        ('urban_renewal', 1, '城市更新', 'Urban renewal', '#6b4fa0');
      -- A project edited in the app carries a version (If-Match); an archived one leaves the lists.
      ALTER TABLE projects ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE projects ADD COLUMN archived_at TEXT;
    `,
  },
  {
    id: 9,
    name: "set-password-links",
    sql: `
      -- A link an admin gives instead of a one-time password: stored hashed, used once, expires;
      -- a newer link for the same account replaces (revokes) the older one.
      CREATE TABLE password_links (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX password_links_user ON password_links (user_id);
    `,
  },
  {
    id: 10,
    name: "event-drafts",
    sql: `
      -- An inspection prepared in the app carries a version (If-Match) while it is a draft.
      ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    `,
  },
  {
    id: 12,
    name: "indexes-for-long-lists",
    sql: `
      -- A city's list holds thousands of projects: the list is read in its order, archived ones
      -- are few and looked up on every list, and each project's milestones and problems are read
      -- in their order for its own page.
      CREATE INDEX projects_by_position ON projects (position);
      CREATE INDEX projects_archived ON projects (archived_at) WHERE archived_at IS NOT NULL;
      CREATE INDEX milestones_by_project ON milestones (project_id, position);
      CREATE INDEX problems_by_project ON problems (project_id, position);
    `,
  },
];
