import { z } from "zod";
import { defineMessages } from "./i18n";
import { comparePeriods, periodEnd } from "./periods";
import { isoDateSchema, periodIdSchema, progressReportSchema } from "./project";

/**
 * 填报轮次: staff open a round per 旬 with a deadline and close it after review. Rounds, not a wall
 * clock, decide what "now" is: 数据截至 follows the latest closed round, or an accepted report in an
 * open one.
 */
export const roundStateSchema = z.enum(["open", "closed"]);
export type RoundState = z.infer<typeof roundStateSchema>;

export const roundSchema = z.object({
  period: periodIdSchema,
  state: roundStateSchema,
  /** Last day on which a report counts as on time (China time). */
  deadline: isoDateSchema,
  openedAt: z.string().optional(),
  openedBy: z.string().optional(),
  closedAt: z.string().optional(),
  closedBy: z.string().optional(),
});
export type Round = z.infer<typeof roundSchema>;

export const openRoundInputSchema = z.object({ period: periodIdSchema, deadline: isoDateSchema });
export type OpenRoundInput = z.infer<typeof openRoundInputSchema>;

export const reportStateSchema = z.enum(["accepted", "submitted", "returned"]);
export type ReportState = z.infer<typeof reportStateSchema>;

export const reachedMilestoneSchema = z.object({
  id: z.string().trim().min(1).max(100),
  doneOn: isoDateSchema,
});
export type ReachedMilestone = z.infer<typeof reachedMilestoneSchema>;

/** A report as stored: the seed's fields plus its review state (absent = accepted, as seed reports are). */
export const storedReportSchema = progressReportSchema.extend({
  state: reportStateSchema.optional(),
  submittedBy: z.string().optional(),
  submittedAt: z.string().optional(),
  reviewedBy: z.string().optional(),
  reviewedAt: z.string().optional(),
  returnReason: z.string().optional(),
  late: z.boolean().optional(),
  milestones: z.array(reachedMilestoneSchema).optional(),
  reason: z.string().optional(),
  overTotal: z.boolean().optional(),
});
export type StoredReport = z.infer<typeof storedReportSchema>;

export const reportStateOf = (report: Pick<StoredReport, "state">): ReportState =>
  report.state ?? "accepted";
export const isAccepted = (report: Pick<StoredReport, "state">) =>
  reportStateOf(report) === "accepted";

export type DataAsOf = { asOf: string; basis: "round" | "report" };

/**
 * 数据截至: the end of the latest closed round; when a report in a later, still open round has been
 * accepted, the end of that round instead (and the basis says so). `fallback` is the seed's date,
 * for a store that has no closed round.
 */
export function dataAsOf(
  rounds: readonly Pick<Round, "period" | "state">[],
  reports: readonly Pick<StoredReport, "period" | "state">[],
  fallback?: string,
): DataAsOf {
  const latest = (periods: string[]) =>
    periods.reduce<string | undefined>(
      (best, p) => (best === undefined || comparePeriods(p, best) > 0 ? p : best),
      undefined,
    );
  const closed = latest(rounds.filter((r) => r.state === "closed").map((r) => r.period));
  const openPeriods = new Set(rounds.filter((r) => r.state === "open").map((r) => r.period));
  const reported = latest(
    reports
      .filter((r) => isAccepted(r) && openPeriods.has(r.period))
      .filter((r) => closed === undefined || comparePeriods(r.period, closed) > 0)
      .map((r) => r.period),
  );
  if (reported) return { asOf: periodEnd(reported), basis: "report" };
  if (closed) return { asOf: periodEnd(closed), basis: "round" };
  if (fallback) return { asOf: fallback, basis: "round" };
  throw new RangeError("no closed round and no fallback date to take 数据截至 from");
}

/** The deadline a round gets unless staff set another: the third day after its 旬 ends. */
export function defaultDeadline(period: string): string {
  const end = periodEnd(period);
  return new Date(Date.parse(`${end}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
}

/** Hours China time is ahead of UTC: a deadline is a day in Jimo, whatever the server's zone. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar day in China of an instant ("2023-03-13T17:00:00Z" → "2023-03-14"). */
export function chinaDate(instant: string): string {
  return new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** 迟报: submitted on a day after the round's deadline. */
export function isLate(submittedAt: string, deadline: string): boolean {
  return chinaDate(submittedAt) > deadline;
}

/** Whether a new round may open: a period after every existing one. */
export function checkNewRound(
  input: OpenRoundInput,
  rounds: readonly Pick<Round, "period">[],
): { ok: true } | { ok: false; code: "round_exists" | "round_not_after_latest"; latest: string } {
  const latest = rounds.reduce<string | undefined>(
    (best, r) => (best === undefined || comparePeriods(r.period, best) > 0 ? r.period : best),
    undefined,
  );
  if (rounds.some((r) => r.period === input.period))
    return { ok: false, code: "round_exists", latest: latest ?? "" };
  if (latest !== undefined && comparePeriods(input.period, latest) <= 0)
    return { ok: false, code: "round_not_after_latest", latest };
  return { ok: true };
}

/** 未报 / 待审核 / 已采纳 / 已退回, one per project in a round. */
export type RoundReportState = "missing" | ReportState;

export type RoundReportRow = {
  projectId: string;
  state: RoundReportState;
  reported: boolean;
  late: boolean;
  report?: StoredReport;
};

/** Each project's report state in a round, in the projects' order. */
export function roundReportRows(
  projectIds: readonly string[],
  reportsByProject: ReadonlyMap<string, StoredReport>,
): RoundReportRow[] {
  return projectIds.map((projectId) => {
    const report = reportsByProject.get(projectId);
    if (!report) return { projectId, state: "missing", reported: false, late: false };
    return {
      projectId,
      state: reportStateOf(report),
      reported: true,
      late: report.late ?? false,
      report,
    };
  });
}

/** The words for a project's report state in a round, shared by screens and server messages. */
export const reportStateMessages = defineMessages({
  zh: {
    missing: "未报",
    submitted: "待审核",
    accepted: "已采纳",
    returned: "已退回",
    late: "迟报",
    open: "填报中",
    closed: "已关闭",
  },
  en: {
    missing: "Not reported",
    submitted: "Awaiting review",
    accepted: "Accepted",
    returned: "Returned",
    late: "Late",
    open: "Open",
    closed: "Closed",
  },
});
