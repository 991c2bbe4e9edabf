import type { ProjectRecord } from "../../domain/project";
import { applyAcceptedReport } from "../../domain/report-input";
import { defaultDeadline, type Round, type StoredReport } from "../../domain/reporting-rounds";
import type { AuditStore } from "./audit-store";
import type { Db } from "./open-database";

export type VersionedReport = { report: StoredReport; version: number };

type RoundRow = { record: string };
type ReportRow = { project_id: string; record: string; version: number };

/**
 * Reporting rounds and the reports written in them. Every write is one transaction with its audit
 * record; accepting a report also moves the project's figures and milestone dates in the same one.
 */
export function createReportsStore(db: Db, audit: AuditStore) {
  const s = {
    rounds: db.prepare("SELECT record FROM rounds ORDER BY period"),
    round: db.prepare("SELECT record FROM rounds WHERE period = ?"),
    insertRound: db.prepare(
      "INSERT INTO rounds (period, state, deadline, record) VALUES (?, ?, ?, ?)",
    ),
    updateRound: db.prepare("UPDATE rounds SET state = ?, record = ? WHERE period = ?"),
    report: db.prepare(
      "SELECT project_id, record, version FROM project_reports WHERE project_id = ? AND period = ?",
    ),
    reportsInPeriod: db.prepare(
      "SELECT project_id, record, version FROM project_reports WHERE period = ?",
    ),
    insertReport: db.prepare(
      "INSERT INTO project_reports (project_id, period, record, version) VALUES (?, ?, ?, 1)",
    ),
    updateReport: db.prepare(
      "UPDATE project_reports SET record = ?, version = version + 1 WHERE project_id = ? AND period = ?",
    ),
    // An accepted report moves the project's figures: its version too, so a stale edit is refused.
    updateProject: db.prepare("UPDATE projects SET record = ?, version = version + 1 WHERE id = ?"),
    updateMilestone: db.prepare("UPDATE milestones SET record = ? WHERE project_id = ? AND id = ?"),
    reportPeriods: db.prepare("SELECT DISTINCT period FROM project_reports ORDER BY period"),
    anyRound: db.prepare("SELECT 1 FROM rounds LIMIT 1"),
  };
  const parseRound = (row: unknown) => JSON.parse((row as RoundRow).record) as Round;
  const toVersioned = (row: ReportRow): VersionedReport => ({
    report: JSON.parse(row.record) as StoredReport,
    version: row.version,
  });
  const getReport = (projectId: string, period: string): VersionedReport | undefined => {
    const row = s.report.get(projectId, period) as ReportRow | undefined;
    return row ? toVersioned(row) : undefined;
  };
  const saveRound = (round: Round) =>
    s.updateRound.run(round.state, JSON.stringify(round), round.period);

  const store = {
    listRounds(): Round[] {
      return s.rounds.all().map(parseRound);
    },
    getRound(period: string): Round | undefined {
      const row = s.round.get(period);
      return row ? parseRound(row) : undefined;
    },

    openRound(period: string, deadline: string, actor: string): Round {
      const round: Round = {
        period,
        state: "open",
        deadline,
        openedAt: new Date().toISOString(),
        openedBy: actor,
      };
      db.transaction(() => {
        s.insertRound.run(period, "open", deadline, JSON.stringify(round));
        audit.append({
          actor,
          action: "round.open",
          eventId: null,
          subject: `round:${period}`,
          before: null,
          after: round,
          reason: null,
        });
      })();
      return round;
    },

    closeRound(round: Round, actor: string): Round {
      const closed: Round = {
        ...round,
        state: "closed",
        closedAt: new Date().toISOString(),
        closedBy: actor,
      };
      db.transaction(() => {
        saveRound(closed);
        audit.append({
          actor,
          action: "round.close",
          eventId: null,
          subject: `round:${round.period}`,
          before: round,
          after: closed,
          reason: null,
        });
      })();
      return closed;
    },

    getReport,

    /** Every project's report in a period, by project id. */
    reportsInPeriod(period: string): Map<string, VersionedReport> {
      return new Map(
        (s.reportsInPeriod.all(period) as ReportRow[]).map((row) => [
          row.project_id,
          toVersioned(row),
        ]),
      );
    },

    /**
     * Several projects' reports at once (an imported sheet): all stored, or — when any write
     * fails — none, since they share one transaction.
     */
    saveReports(
      items: { project: ProjectRecord; report: StoredReport }[],
      meta: { actor: string; action: string; reason?: string | null },
    ): VersionedReport[] {
      return db.transaction(() => items.map((i) => store.saveReport(i.project, i.report, meta)))();
    },

    /**
     * Stores a report (new or replacing that 旬's), and when it is accepted moves the project.
     * `project` is the project as read, with its accepted reports.
     */
    saveReport(
      project: ProjectRecord,
      report: StoredReport,
      meta: { actor: string; action: string; reason?: string | null },
    ): VersionedReport {
      return db.transaction(() => {
        const before = getReport(project.id, report.period);
        if (before) s.updateReport.run(JSON.stringify(report), project.id, report.period);
        else s.insertReport.run(project.id, report.period, JSON.stringify(report));
        if ((report.state ?? "accepted") === "accepted") moveProject(project, report);
        audit.append({
          actor: meta.actor,
          action: meta.action,
          eventId: null,
          subject: `report:${project.id}:${report.period}`,
          before: before?.report ?? null,
          after: report,
          reason: meta.reason ?? null,
        });
        const saved = getReport(project.id, report.period);
        if (!saved) throw new Error("report vanished inside its own transaction");
        return saved;
      })();
    },

    /**
     * The seed's periods as closed rounds, for a store that has reports but no rounds yet (a new
     * store, or one made before rounds existed). Their deadlines are illustrative, like the seed.
     */
    ensureSeedRounds(): void {
      if (s.anyRound.get()) return;
      const periods = (s.reportPeriods.all() as { period: string }[]).map((r) => r.period);
      db.transaction(() => {
        for (const period of periods) {
          const round: Round = { period, state: "closed", deadline: defaultDeadline(period) };
          s.insertRound.run(period, "closed", round.deadline, JSON.stringify(round));
        }
      })();
    },
  };
  return store;

  function moveProject(project: ProjectRecord, report: StoredReport) {
    const moved = applyAcceptedReport(project, report);
    const { reports: _r, milestones, problems: _p, ...base } = moved;
    s.updateProject.run(JSON.stringify(base), project.id);
    for (const [i, milestone] of milestones.entries())
      if (milestone !== project.milestones[i])
        s.updateMilestone.run(JSON.stringify(milestone), project.id, milestone.id);
  }
}
export type ReportsStore = ReturnType<typeof createReportsStore>;
