import type { ProjectRecord } from "../../domain/project";
import { applyAcceptedReport } from "../../domain/report-input";
import { defaultDeadline, type Round, type StoredReport } from "../../domain/reporting-rounds";
import { appendAudit } from "./audit-store";
import type { Store } from "./sql";
import { lockOnPostgres } from "./transaction-lock";

export type VersionedReport = { report: StoredReport; version: number };

/** An import that found its round closed by the time it wrote: nothing of it was stored. */
export class RoundNotOpen extends Error {}

type ReportRow = { project_id: string; record: string; version: number };

const parseRound = (row: { record: string }) => JSON.parse(row.record) as Round;
const toVersioned = (row: ReportRow): VersionedReport => ({
  report: JSON.parse(row.record) as StoredReport,
  version: row.version,
});

/**
 * Reporting rounds and the reports written in them. Every write is one transaction with its audit
 * record; accepting a report also moves the project's figures and milestone dates in the same one.
 */
export function createReportsStore(store: Store) {
  const reportRows = () =>
    store.q().selectFrom("project_reports").select(["project_id", "record", "version"]);

  const getReport = async (
    projectId: string,
    period: string,
  ): Promise<VersionedReport | undefined> => {
    const row = await reportRows()
      .where("project_id", "=", projectId)
      .where("period", "=", period)
      .executeTakeFirst();
    return row ? toVersioned(row) : undefined;
  };

  const insertRound = (round: Round) =>
    store
      .q()
      .insertInto("rounds")
      .values({
        period: round.period,
        state: round.state,
        deadline: round.deadline,
        record: JSON.stringify(round),
      })
      .execute();

  /** The project's figures move with an accepted report, and its version too (a stale edit is refused). */
  const moveProject = async (project: ProjectRecord, report: StoredReport) => {
    const moved = applyAcceptedReport(project, report);
    const { reports: _r, milestones, problems: _p, ...base } = moved;
    await store
      .q()
      .updateTable("projects")
      .set((eb) => ({ record: JSON.stringify(base), version: eb("version", "+", 1) }))
      .where("id", "=", project.id)
      .execute();
    for (const [i, milestone] of milestones.entries())
      if (milestone !== project.milestones[i])
        await store
          .q()
          .updateTable("milestones")
          .set({ record: JSON.stringify(milestone) })
          .where("project_id", "=", project.id)
          .where("id", "=", milestone.id)
          .execute();
  };

  const reports = {
    async listRounds(): Promise<Round[]> {
      const rows = await store
        .q()
        .selectFrom("rounds")
        .select("record")
        .orderBy("period")
        .execute();
      return rows.map(parseRound);
    },

    async getRound(period: string): Promise<Round | undefined> {
      const row = await store
        .q()
        .selectFrom("rounds")
        .select("record")
        .where("period", "=", period)
        .executeTakeFirst();
      return row && parseRound(row);
    },

    /**
     * The round, read inside the caller's transaction with its period locked until that ends: a
     * close and a write into the round, on any nodes, then run one after the other, so no report
     * lands in a round closed meanwhile and no submission slips past the close's check.
     */
    async lockRound(period: string): Promise<Round | undefined> {
      await lockOnPostgres(store, `round:${period}`);
      return reports.getRound(period);
    },

    async openRound(period: string, deadline: string, actor: string): Promise<Round> {
      const round: Round = {
        period,
        state: "open",
        deadline,
        openedAt: new Date().toISOString(),
        openedBy: actor,
      };
      await store.transaction(async () => {
        await insertRound(round);
        await appendAudit(store, {
          actor,
          action: "round.open",
          eventId: null,
          subject: `round:${period}`,
          before: null,
          after: round,
          reason: null,
        });
      });
      return round;
    },

    async closeRound(round: Round, actor: string): Promise<Round> {
      const closed: Round = {
        ...round,
        state: "closed",
        closedAt: new Date().toISOString(),
        closedBy: actor,
      };
      await store.transaction(async () => {
        await store
          .q()
          .updateTable("rounds")
          .set({ state: closed.state, record: JSON.stringify(closed) })
          .where("period", "=", round.period)
          .execute();
        await appendAudit(store, {
          actor,
          action: "round.close",
          eventId: null,
          subject: `round:${round.period}`,
          before: round,
          after: closed,
          reason: null,
        });
      });
      return closed;
    },

    getReport,

    /** Every project's report in a period, by project id. */
    async reportsInPeriod(period: string): Promise<Map<string, VersionedReport>> {
      const rows = await reportRows().where("period", "=", period).execute();
      return new Map(rows.map((row) => [row.project_id, toVersioned(row)]));
    },

    /**
     * Several projects' reports at once (an imported sheet): all stored, or — when any write
     * fails — none, since they share one transaction.
     */
    saveReports(
      items: { project: ProjectRecord; report: StoredReport }[],
      meta: { actor: string; action: string; reason?: string | null; openRound: string },
    ): Promise<VersionedReport[]> {
      return store.transaction(async () => {
        // Checked again where it counts: the round may have closed since the import read it.
        if ((await reports.lockRound(meta.openRound))?.state !== "open") throw new RoundNotOpen();
        const saved: VersionedReport[] = [];
        for (const i of items) saved.push(await reports.saveReport(i.project, i.report, meta));
        return saved;
      });
    },

    /**
     * Stores a report (new or replacing that 旬's), and when it is accepted moves the project.
     * `project` is the project as read, with its accepted reports.
     */
    saveReport(
      project: ProjectRecord,
      report: StoredReport,
      meta: { actor: string; action: string; reason?: string | null },
    ): Promise<VersionedReport> {
      return store.transaction(async () => {
        const before = await getReport(project.id, report.period);
        if (before)
          await store
            .q()
            .updateTable("project_reports")
            .set((eb) => ({ record: JSON.stringify(report), version: eb("version", "+", 1) }))
            .where("project_id", "=", project.id)
            .where("period", "=", report.period)
            .execute();
        else
          await store
            .q()
            .insertInto("project_reports")
            .values({
              project_id: project.id,
              period: report.period,
              record: JSON.stringify(report),
              version: 1,
            })
            .execute();
        if ((report.state ?? "accepted") === "accepted") await moveProject(project, report);
        await appendAudit(store, {
          actor: meta.actor,
          action: meta.action,
          eventId: null,
          subject: `report:${project.id}:${report.period}`,
          before: before?.report ?? null,
          after: report,
          reason: meta.reason ?? null,
        });
        const saved = await getReport(project.id, report.period);
        if (!saved) throw new Error("report vanished inside its own transaction");
        return saved;
      });
    },

    /**
     * The seed's periods as closed rounds, for a store that has reports but no rounds yet (a new
     * store, or one made before rounds existed). Their deadlines are illustrative, like the seed.
     */
    ensureSeedRounds(): Promise<void> {
      return store.transaction(async () => {
        const any = await store
          .q()
          .selectFrom("rounds")
          .select("period")
          .limit(1)
          .executeTakeFirst();
        if (any) return;
        const periods = await store
          .q()
          .selectFrom("project_reports")
          .select("period")
          .distinct()
          .orderBy("period")
          .execute();
        for (const { period } of periods)
          await insertRound({ period, state: "closed", deadline: defaultDeadline(period) });
      });
    },
  };
  return reports;
}
export type ReportsStore = ReturnType<typeof createReportsStore>;
