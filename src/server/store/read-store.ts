import { evaluatorsOfEvent } from "../../domain/event-input";
import type { ProjectRecord } from "../../domain/project";
import {
  type DataAsOf,
  dataAsOf,
  type Round,
  type StoredReport,
} from "../../domain/reporting-rounds";
import type { Evaluator, InspectionEvent } from "../../domain/scoring-schemas";
import { type StatusRules, statusRulesSchema } from "../../domain/status-rules";
import type { Db } from "./open-database";
import { type SheetRow, type StoredSheet, sheetColumns, toStoredSheet } from "./sheet-row";

type ProjectBase = Omit<ProjectRecord, "reports" | "milestones" | "problems">;
type JsonRow = { record: string };

export type DatasetMeta = {
  /** 数据截至: follows the rounds and accepted reports (see dataAsOf), not a clock. */
  asOf: string;
  asOfBasis: DataAsOf["basis"];
  illustrative: boolean;
  source: string;
  statusRules: StatusRules;
};

/** Read access to the store. Rows hold JSON validated on the way in, so they are parsed as-is. */
export function createReadStore(db: Db) {
  const statements = {
    meta: db.prepare("SELECT key, value FROM meta"),
    projects: db.prepare("SELECT record FROM projects ORDER BY position"),
    archived: db.prepare("SELECT id FROM projects WHERE archived_at IS NOT NULL"),
    state: db.prepare("SELECT version, archived_at FROM projects WHERE id = ?"),
    project: db.prepare("SELECT record FROM projects WHERE id = ?"),
    projectCount: db.prepare("SELECT count(*) FROM projects").pluck(),
    unitProjectIds: db
      .prepare(
        "SELECT id FROM projects WHERE json_extract(record, '$.responsibleUnit') = ? ORDER BY position",
      )
      .pluck(),
    // Only accepted reports are the project's history; submitted and returned ones wait in rounds.
    reports: db.prepare(
      `SELECT record FROM project_reports WHERE project_id = ?
       AND coalesce(json_extract(record, '$.state'), 'accepted') = 'accepted' ORDER BY period`,
    ),
    allReports: db.prepare(
      `SELECT project_id, record FROM project_reports
       WHERE coalesce(json_extract(record, '$.state'), 'accepted') = 'accepted' ORDER BY period`,
    ),
    rounds: db.prepare("SELECT record FROM rounds"),
    openRoundReports: db.prepare(
      `SELECT r.record FROM project_reports r JOIN rounds o ON o.period = r.period
       WHERE o.state = 'open'`,
    ),
    milestones: db.prepare("SELECT record FROM milestones WHERE project_id = ? ORDER BY position"),
    problems: db.prepare("SELECT record FROM problems WHERE project_id = ? ORDER BY position"),
    allMilestones: db.prepare("SELECT project_id, record FROM milestones ORDER BY position"),
    allProblems: db.prepare("SELECT project_id, record FROM problems ORDER BY position"),
    events: db.prepare("SELECT record FROM events ORDER BY json_extract(record, '$.date') DESC"),
    event: db.prepare("SELECT record FROM events WHERE id = ?"),
    evaluators: db.prepare("SELECT record FROM evaluators ORDER BY position"),
    evaluator: db.prepare("SELECT record FROM evaluators WHERE id = ?"),
    sheets: db.prepare(
      `SELECT ${sheetColumns} FROM sheets WHERE event_id = ? ORDER BY project_id, evaluator_id`,
    ),
  };
  const parse = <T>(row: unknown) => JSON.parse((row as JsonRow).record) as T;
  const dataVersion = db.prepare("SELECT n FROM data_version").pluck();
  // A new prefix per opening: a store put back from a backup may repeat an old number.
  const opening = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  return {
    meta(): DatasetMeta {
      const rows = statements.meta.all() as { key: string; value: string }[];
      const map = new Map(rows.map((r) => [r.key, r.value]));
      const rounds = statements.rounds.all().map((r) => parse<Round>(r));
      const reports = statements.openRoundReports.all().map((r) => parse<StoredReport>(r));
      const seedAsOf = map.get("asOf") ?? "";
      const current = rounds.length
        ? dataAsOf(rounds, reports, seedAsOf || undefined)
        : { asOf: seedAsOf, basis: "round" as const };
      return {
        asOf: current.asOf,
        asOfBasis: current.basis,
        illustrative: JSON.parse(map.get("illustrative") ?? "true") as boolean,
        source: map.get("source") ?? "",
        // Through the schema, so a rule added since the store was seeded reads its default.
        statusRules: statusRulesSchema.parse(JSON.parse(map.get("statusRules") ?? "{}")),
      };
    },

    /**
     * Changes whenever data the pages show may have changed, on any connection or node (triggers
     * move it; sign-ins and heartbeats do not). Cheap, for ETags and answers kept until it moves.
     */
    version(): string {
      return `${opening}.${dataVersion.get() as number}`;
    },

    /** Every project with its milestones and problems (which the status light needs), without reports. */
    listProjects(): ProjectRecord[] {
      const byProject = <T>(rows: unknown[]) => {
        const map = new Map<string, T[]>();
        for (const row of rows as { project_id: string; record: string }[]) {
          const list = map.get(row.project_id) ?? [];
          list.push(JSON.parse(row.record) as T);
          map.set(row.project_id, list);
        }
        return map;
      };
      const milestones = byProject<ProjectRecord["milestones"][number]>(
        statements.allMilestones.all(),
      );
      const problems = byProject<ProjectRecord["problems"][number]>(statements.allProblems.all());
      return statements.projects.all().map((row) => {
        const base = parse<ProjectBase>(row);
        return {
          ...base,
          reports: [],
          milestones: milestones.get(base.id) ?? [],
          problems: problems.get(base.id) ?? [],
        };
      });
    },

    /**
     * The projects on the list today: archived ones leave the lists, the map, the rounds and the
     * agendas, while results and files of past inspections still read them through listProjects.
     */
    listCurrentProjects(): ProjectRecord[] {
      const archived = new Set((statements.archived.all() as { id: string }[]).map((r) => r.id));
      return this.listProjects().filter((p) => !archived.has(p.id));
    },

    /** The archived projects only, for staff to find and restore them. */
    listArchivedProjects(): ProjectRecord[] {
      const archived = new Set((statements.archived.all() as { id: string }[]).map((r) => r.id));
      return this.listProjects().filter((p) => archived.has(p.id));
    },

    /** A project's edit version (for If-Match) and when it was archived, if it was. */
    projectState(id: string): { version: number; archivedAt: string | null } | null {
      const row = statements.state.get(id) as
        | { version: number; archived_at: string | null }
        | undefined;
      return row ? { version: row.version, archivedAt: row.archived_at } : null;
    },

    /**
     * The projects with their history (accepted reports) in one read, for the pages that look
     * at every project's 旬 at once (agenda, review, rounds); `current` leaves archived ones out.
     */
    listProjectsWithReports({ current }: { current: boolean }): ProjectRecord[] {
      const reports = new Map<string, ProjectRecord["reports"]>();
      for (const row of statements.allReports.all() as { project_id: string; record: string }[]) {
        const list = reports.get(row.project_id) ?? [];
        list.push(JSON.parse(row.record) as ProjectRecord["reports"][number]);
        reports.set(row.project_id, list);
      }
      const projects = current ? this.listCurrentProjects() : this.listProjects();
      return projects.map((p) => ({ ...p, reports: reports.get(p.id) ?? [] }));
    },

    /** How many projects the store holds, archived ones included (a count, not a read of each). */
    projectCount(): number {
      return statements.projectCount.get() as number;
    },

    /** The projects a responsible unit reports for (archived ones included), without reading the rest. */
    unitProjectIds(unit: string): string[] {
      return statements.unitProjectIds.all(unit) as string[];
    },

    /** One project's record without its lists: what a check on one write needs, read by key. */
    getProjectBase(id: string): ProjectBase | undefined {
      const row = statements.project.get(id);
      return row ? parse<ProjectBase>(row) : undefined;
    },

    getProject(id: string): ProjectRecord | undefined {
      const row = statements.project.get(id);
      if (!row) return undefined;
      return {
        ...parse<ProjectBase>(row),
        reports: statements.reports.all(id).map((r) => parse(r)),
        milestones: statements.milestones.all(id).map((r) => parse(r)),
        problems: statements.problems.all(id).map((r) => parse(r)),
      };
    },

    listEvents(): InspectionEvent[] {
      return statements.events.all().map((row) => parse<InspectionEvent>(row));
    },

    getEvent(id: string): InspectionEvent | undefined {
      const row = statements.event.get(id);
      return row ? parse<InspectionEvent>(row) : undefined;
    },

    /** Every evaluator in the store, of every event's roster: see eventEvaluators. */
    listEvaluators(): Evaluator[] {
      return statements.evaluators.all().map((row) => parse<Evaluator>(row));
    },

    /** The evaluators one event is scored by (its roster), in roster order, names included. */
    eventEvaluators(event: Pick<InspectionEvent, "evaluatorIds">): Evaluator[] {
      return evaluatorsOfEvent(event, this.listEvaluators());
    },

    getEvaluator(id: string): Evaluator | undefined {
      const row = statements.evaluator.get(id);
      return row ? parse<Evaluator>(row) : undefined;
    },

    listSheets(eventId: string): StoredSheet[] {
      return (statements.sheets.all(eventId) as SheetRow[]).map(toStoredSheet);
    },
  };
}

export type ReadStore = ReturnType<typeof createReadStore>;
