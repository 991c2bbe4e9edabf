import { sql } from "kysely";
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
import { type SheetRow, type StoredSheet, sheetColumnList, toStoredSheet } from "./sheet-row";
import type { Store } from "./sql";

type ProjectBase = Omit<ProjectRecord, "reports" | "milestones" | "problems">;
type JsonRow = { record: string };
type ProjectRow = { project_id: string; record: string };

export type DatasetMeta = {
  /** 数据截至: follows the rounds and accepted reports (see dataAsOf), not a clock. */
  asOf: string;
  asOfBasis: DataAsOf["basis"];
  illustrative: boolean;
  source: string;
  statusRules: StatusRules;
};

const parse = <T>(row: JsonRow) => JSON.parse(row.record) as T;

/** Only accepted reports are the project's history; submitted and returned ones wait in rounds. */
const isAccepted = (report: object) =>
  ((report as { state?: string | null }).state ?? "accepted") === "accepted";

/** Rows of one list (milestones, problems, reports) grouped by project, in the order read. */
function byProject<T>(rows: ProjectRow[], keep: (item: T) => boolean = () => true) {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const item = JSON.parse(row.record) as T;
    if (!keep(item)) continue;
    const list = map.get(row.project_id) ?? [];
    list.push(item);
    map.set(row.project_id, list);
  }
  return map;
}

/**
 * One text field of a JSON column as SQL, so a filter runs in the database instead of reading
 * every row: the one place the two stores' JSON syntax differs (JSON is stored as TEXT).
 */
function jsonText(store: Store, column: string, key: string) {
  return store.kind === "postgres"
    ? sql<string | null>`(${sql.ref(column)}::json ->> ${key})`
    : sql<string | null>`json_extract(${sql.ref(column)}, ${`$.${key}`})`;
}

/** Read access to the store. Rows hold JSON validated on the way in, so they are parsed as-is. */
export function createReadStore(store: Store) {
  // A new prefix per opening: a store put back from a backup may repeat an old number.
  const opening = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  const archivedIds = async () => {
    const rows = await store
      .q()
      .selectFrom("projects")
      .select("id")
      .where("archived_at", "is not", null)
      .execute();
    return new Set(rows.map((r) => r.id));
  };

  const listEvaluators = async (): Promise<Evaluator[]> => {
    const rows = await store
      .q()
      .selectFrom("evaluators")
      .select("record")
      .orderBy("position")
      .execute();
    return rows.map((row) => parse<Evaluator>(row));
  };

  /** Every project with its milestones and problems (which the status light needs), without reports. */
  const listProjects = async (): Promise<ProjectRecord[]> => {
    const q = store.q();
    const milestoneRows = await q
      .selectFrom("milestones")
      .select(["project_id", "record"])
      .orderBy("position")
      .execute();
    const problemRows = await q
      .selectFrom("problems")
      .select(["project_id", "record"])
      .orderBy("position")
      .execute();
    const projectRows = await q
      .selectFrom("projects")
      .select("record")
      .orderBy("position")
      .execute();
    const milestones = byProject<ProjectRecord["milestones"][number]>(milestoneRows);
    const problems = byProject<ProjectRecord["problems"][number]>(problemRows);
    return projectRows.map((row) => {
      const base = parse<ProjectBase>(row);
      return {
        ...base,
        reports: [],
        milestones: milestones.get(base.id) ?? [],
        problems: problems.get(base.id) ?? [],
      };
    });
  };

  /**
   * The projects on the list today: archived ones leave the lists, the map, the rounds and the
   * agendas, while results and files of past inspections still read them through listProjects.
   */
  const listCurrentProjects = async (): Promise<ProjectRecord[]> => {
    const archived = await archivedIds();
    return (await listProjects()).filter((p) => !archived.has(p.id));
  };

  return {
    async meta(): Promise<DatasetMeta> {
      const q = store.q();
      const rows = await q.selectFrom("meta").select(["key", "value"]).execute();
      const map = new Map(rows.map((r) => [r.key, r.value]));
      const rounds = (await q.selectFrom("rounds").select("record").execute()).map((r) =>
        parse<Round>(r),
      );
      const reports = (
        await q
          .selectFrom("project_reports as r")
          .innerJoin("rounds as o", "o.period", "r.period")
          .select("r.record")
          .where("o.state", "=", "open")
          .execute()
      ).map((r) => parse<StoredReport>(r));
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
    async version(): Promise<string> {
      const row = await store.q().selectFrom("data_version").select("n").executeTakeFirstOrThrow();
      return `${opening}.${Number(row.n)}`;
    },

    listProjects,
    listCurrentProjects,

    /** The archived projects only, for staff to find and restore them. */
    async listArchivedProjects(): Promise<ProjectRecord[]> {
      const archived = await archivedIds();
      return (await listProjects()).filter((p) => archived.has(p.id));
    },

    /** A project's edit version (for If-Match) and when it was archived, if it was. */
    async projectState(id: string): Promise<{ version: number; archivedAt: string | null } | null> {
      const row = await store
        .q()
        .selectFrom("projects")
        .select(["version", "archived_at"])
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? { version: Number(row.version), archivedAt: row.archived_at } : null;
    },

    /**
     * The projects with their history (accepted reports) in one read, for the pages that look
     * at every project's 旬 at once (agenda, review, rounds); `current` leaves archived ones out.
     */
    async listProjectsWithReports({ current }: { current: boolean }): Promise<ProjectRecord[]> {
      const rows = await store
        .q()
        .selectFrom("project_reports")
        .select(["project_id", "record"])
        .orderBy("period")
        .execute();
      const reports = byProject<ProjectRecord["reports"][number]>(rows, isAccepted);
      const projects = current ? await listCurrentProjects() : await listProjects();
      return projects.map((p) => ({ ...p, reports: reports.get(p.id) ?? [] }));
    },

    /** How many projects the store holds, archived ones included (a count, not a read of each). */
    async projectCount(): Promise<number> {
      const row = await store
        .q()
        .selectFrom("projects")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The projects a responsible unit reports for (archived ones included), without reading the rest. */
    async unitProjectIds(unit: string): Promise<string[]> {
      const rows = await store
        .q()
        .selectFrom("projects")
        .select("id")
        .where(jsonText(store, "record", "responsibleUnit"), "=", unit)
        .orderBy("position")
        .execute();
      return rows.map((r) => r.id);
    },

    /** One project's record without its lists: what a check on one write needs, read by key. */
    async getProjectBase(id: string): Promise<ProjectBase | undefined> {
      const row = await store
        .q()
        .selectFrom("projects")
        .select("record")
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? parse<ProjectBase>(row) : undefined;
    },

    async getProject(id: string): Promise<ProjectRecord | undefined> {
      const q = store.q();
      const row = await q
        .selectFrom("projects")
        .select("record")
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) return undefined;
      const reports = await q
        .selectFrom("project_reports")
        .select("record")
        .where("project_id", "=", id)
        .orderBy("period")
        .execute();
      const milestones = await q
        .selectFrom("milestones")
        .select("record")
        .where("project_id", "=", id)
        .orderBy("position")
        .execute();
      const problems = await q
        .selectFrom("problems")
        .select("record")
        .where("project_id", "=", id)
        .orderBy("position")
        .execute();
      return {
        ...parse<ProjectBase>(row),
        reports: reports.map((r) => parse<ProjectRecord["reports"][number]>(r)).filter(isAccepted),
        milestones: milestones.map((r) => parse(r)),
        problems: problems.map((r) => parse(r)),
      };
    },

    /** Newest first (by the event's date). */
    async listEvents(): Promise<InspectionEvent[]> {
      const rows = await store.q().selectFrom("events").select("record").execute();
      const events = rows.map((row) => parse<InspectionEvent>(row));
      return events.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    },

    async getEvent(id: string): Promise<InspectionEvent | undefined> {
      const row = await store
        .q()
        .selectFrom("events")
        .select("record")
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? parse<InspectionEvent>(row) : undefined;
    },

    /** Every evaluator in the store, of every event's roster: see eventEvaluators. */
    listEvaluators,

    /** The evaluators one event is scored by (its roster), in roster order, names included. */
    async eventEvaluators(event: Pick<InspectionEvent, "evaluatorIds">): Promise<Evaluator[]> {
      return evaluatorsOfEvent(event, await listEvaluators());
    },

    async getEvaluator(id: string): Promise<Evaluator | undefined> {
      const row = await store
        .q()
        .selectFrom("evaluators")
        .select("record")
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? parse<Evaluator>(row) : undefined;
    },

    async listSheets(eventId: string): Promise<StoredSheet[]> {
      const rows = await store
        .q()
        .selectFrom("sheets")
        .select([...sheetColumnList])
        .where("event_id", "=", eventId)
        .orderBy("project_id")
        .orderBy("evaluator_id")
        .execute();
      return (rows as SheetRow[]).map(toStoredSheet);
    },
  };
}

export type ReadStore = ReturnType<typeof createReadStore>;
