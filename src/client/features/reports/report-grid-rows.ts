import { yiToWan } from "../../../domain/formats";
import { type Lang, text } from "../../../domain/i18n";
import { reportFormMessages } from "../../../domain/report-form";
import type { ReportInput } from "../../../domain/report-input";
import { type ReportColumn, readReportRow } from "../../../domain/report-row";
import type { Round, RoundReport } from "../../api/reports";
import type { Cells } from "../../lib/entry-grid/grid-state";

/** A draft cell that is no column: the row's 超概算 flag, "1" when ticked. */
export const OVER_TOTAL = "overTotal";

/** What a row shows before anything is typed: the report stored for the round, if any. */
export function storedCells(row: RoundReport): Cells {
  const r = row.report;
  if (!r) return { investmentWan: "", progress: "", note: "", reason: "", [OVER_TOTAL]: "" };
  return {
    investmentWan: String(yiToWan(r.completedInvestment)),
    progress: String(r.progress),
    note: r.note,
    reason: r.reason ?? "",
    [OVER_TOTAL]: r.overTotal ? "1" : "",
  };
}

export type GridRowCheck = {
  /** Typed cells differ from what is stored. */
  changed: boolean;
  /** Messages per cell (and "row" for the report as a whole), in the reader's language. */
  errors: Partial<Record<ReportColumn | "row", string>>;
  /** The cumulative figure passes the total: the grid offers the 超概算 flag. */
  asksOverTotal: boolean;
  input?: ReportInput;
};

/** One row as typed, checked with the same reader and rules as the server (readReportRow). */
export function checkGridRow(
  row: RoundReport,
  cells: Cells,
  round: Round,
  lang: Lang,
): GridRowCheck {
  const stored = storedCells(row);
  const changed = Object.keys(stored).some((k) => (cells[k] ?? "") !== (stored[k] ?? ""));
  if (!changed) return { changed, errors: {}, asksOverTotal: false };
  const overTotal = cells[OVER_TOTAL] === "1";
  const reading = readReportRow(
    cells,
    {
      totalInvestment: row.totalInvestment,
      cumulativeInvestment: row.lastAccepted.cumulativeInvestment,
      progress: row.lastAccepted.progress,
      milestones: [],
    },
    undefined,
    round,
    round.period,
    lang,
    overTotal,
  );
  const errors: GridRowCheck["errors"] = {};
  // A row emptied by hand is not a report: say so on the first cell rather than sending nothing.
  if (reading.blank) errors.investmentWan = text(reportFormMessages, "required", lang);
  for (const p of reading.problems)
    errors[p.column] = errors[p.column] ? `${errors[p.column]} ${p.message}` : p.message;
  // A correction keeps what the grid does not show: its milestones.
  const milestones = row.report?.milestones;
  const input = reading.input && {
    ...reading.input,
    ...(milestones?.length ? { milestones } : {}),
  };
  const asksOverTotal = overTotal || reading.problems.some((p) => p.code === "over_total");
  return { changed, errors, asksOverTotal, ...(input ? { input } : {}) };
}
