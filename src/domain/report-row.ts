import type { Lang } from "./i18n";
import { text } from "./i18n";
import { readReportForm, reportFormMessages } from "./report-form";
import {
  checkReport,
  type PreviousFigures,
  type ReportBasis,
  type ReportInput,
  reportIssueMessage,
} from "./report-input";
import type { Round } from "./reporting-rounds";

/**
 * One project's 旬报 as a row of cells — in the staff grid or in a sheet a unit sends — read and
 * checked exactly as the form and the server do (readReportForm, then checkReport), so a row the
 * grid shows as fine is one the server stores, and a refusal names the cell it is about.
 */
export const REPORT_COLUMNS = ["investmentWan", "progress", "note", "reason"] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];
export type ReportRowCells = Partial<Record<ReportColumn, string | number | null>>;

export type ReportRowProblem = {
  /** The cell it is about; "row" when it is about the report as a whole (no open round). */
  column: ReportColumn | "row";
  /** The domain's code, so a grid can offer what fixes it (e.g. the 超概算 flag for over_total). */
  code: string;
  message: string;
};

export type ReportRowReading = {
  /** Nothing typed in any cell: not a report, neither sent nor refused. */
  blank: boolean;
  problems: ReportRowProblem[];
  /** What to send when there are no problems. */
  input?: ReportInput;
};

const cellText = (value: string | number | null | undefined) =>
  value == null ? "" : typeof value === "number" ? String(value) : value;

const columnOfField: Record<string, ReportColumn | "row"> = {
  investment: "investmentWan",
  progress: "progress",
  note: "note",
  reason: "reason",
  milestones: "row",
  period: "row",
};

/**
 * `project` and `previous` are what the report continues from: the server passes the project and
 * its latest accepted report before the period; the grid the same figures as the round lists them.
 */
export function readReportRow(
  cells: ReportRowCells,
  project: ReportBasis,
  previous: PreviousFigures | undefined,
  round: Pick<Round, "period" | "state"> | undefined,
  period: string,
  lang: Lang,
  /** Cumulative investment may pass the total: said explicitly (超概算), never by a cell. */
  overTotal = false,
): ReportRowReading {
  const values = {
    investmentWan: cellText(cells.investmentWan),
    progress: cellText(cells.progress),
    note: cellText(cells.note),
    reason: cellText(cells.reason),
  };
  const blank = Object.values(values).every((v) => v.trim() === "");
  if (blank) return { blank, problems: [] };
  const read = readReportForm({ ...values, milestones: [], overTotal });
  const problems: ReportRowProblem[] = Object.entries(read.problems).map(([field, problem]) => ({
    column: columnOfField[field] ?? "row",
    code: problem,
    message: text(reportFormMessages, problem, lang),
  }));
  if (!read.input) return { blank, problems };
  for (const issue of checkReport(read.input, project, previous, round, period, lang))
    problems.push({
      // "Give a reason" is answered in the reason cell, but the cell at fault is the one flagged.
      column: columnOfField[issue.field] ?? "row",
      code: issue.code,
      message: reportIssueMessage(issue, lang),
    });
  return problems.length ? { blank, problems } : { blank, problems, input: read.input };
}
