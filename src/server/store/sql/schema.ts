import type { Generated } from "kysely";

/**
 * The tables as Kysely sees them, after migration 12 (store/migrations.ts), identical on both
 * stores: timestamps are ISO-8601 TEXT, JSON is TEXT (parsed by the module that reads it), flags
 * are INTEGER 0/1. `Generated` marks a column the database fills when an insert leaves it out.
 */
export interface Database {
  schema_migrations: { id: number; name: string; applied_at: string };
  meta: { key: string; value: string };
  /** One row: moved by every write to a table the pages show (migration 15). */
  data_version: { id: number; n: number };
  projects: {
    id: string;
    position: number;
    category: string;
    /** JSON: the project record without its lists. */
    record: string;
    version: Generated<number>;
    archived_at: string | null;
  };
  project_reports: {
    project_id: string;
    period: string;
    record: string;
    version: Generated<number>;
  };
  milestones: { project_id: string; id: string; position: number; record: string };
  problems: { project_id: string; id: string; position: number; record: string };
  events: { id: string; state: string; record: string; version: Generated<number> };
  evaluators: { id: string; position: number; record: string };
  sheets: SheetKey & {
    scores: string;
    vote: string | null;
    comment: string | null;
    version: Generated<number>;
    updated_at: string;
  };
  users: {
    id: Generated<number>;
    /** Compared without regard to case on both stores. */
    username: string;
    display_name: string;
    role: "admin" | "staff" | "leader" | "unit";
    password_hash: string;
    created_at: string;
    disabled: Generated<number>;
    unit: string | null;
  };
  sessions: {
    token_hash: string;
    user_id: number;
    csrf_token: string;
    created_at: string;
    expires_at: string;
  };
  evaluator_links: {
    token_hash: string;
    event_id: string;
    evaluator_id: string;
    created_at: string;
    created_by: string;
    revoked_at: string | null;
  };
  display_tokens: {
    token_hash: string;
    id: string;
    label: string;
    created_at: string;
    created_by: string;
    revoked_at: string | null;
    last_seen_at: string | null;
  };
  audit_log: {
    id: Generated<number>;
    at: string;
    actor: string;
    action: string;
    event_id: string | null;
    subject: string;
    before: string | null;
    after: string | null;
    reason: string | null;
  };
  idempotency: {
    actor: string;
    key: string;
    request_hash: string;
    status: number;
    response: string;
    created_at: string;
  };
  double_entries: SheetKey & {
    id: Generated<number>;
    keyed_by: string;
    scores: string;
    vote: string;
    comment: string | null;
    keyed_at: string;
    status: "waiting" | "matched" | "mismatch" | "resolved";
  };
  double_entry_mismatches: SheetKey & {
    id: Generated<number>;
    first_entry_id: number;
    second_entry_id: number;
    opened_at: string;
    resolved_by: string | null;
    resolved_at: string | null;
    reason: string | null;
  };
  display_screens: {
    screen_id: string;
    token_id: string;
    label: string | null;
    panel: string;
    data_age_seconds: number;
    /** JSON array of panel ids. */
    errors: string;
    viewport: string | null;
    build: string | null;
    first_seen_at: string;
    last_seen_at: string;
  };
  rounds: { period: string; state: "open" | "closed"; deadline: string; record: string };
  categories: { id: string; position: number; name: string; name_en: string; colour: string };
  password_links: {
    token_hash: string;
    user_id: number;
    created_at: string;
    expires_at: string;
    used_at: string | null;
    revoked_at: string | null;
  };
  /** Sign-in attempts within the limits' window (migration 14); older ones are pruned. */
  sign_in_attempts: {
    /** Which limit: the account and address, the address, or the account. */
    key: string;
    /** One id per attempt, shared by its rows under each limit. */
    attempt: string;
    /** ISO-8601, when the attempt began. */
    at: string;
  };
}

type SheetKey = { event_id: string; evaluator_id: string; project_id: string };
