import { restoreNeutralised } from "../../domain/formula-safety";
import { type Lang, localized } from "../../domain/i18n";
import { pairKey } from "../../domain/pair-key";
import type { ProjectRecord } from "../../domain/project";
import { recusalsOf } from "../../domain/recusal";
import type { Evaluator, InspectionEvent, Vote } from "../../domain/scoring-schemas";
import { joinList, quoted } from "../../domain/shared-messages";
import { describeSheetIssues, type InputIssue, readSheetCells } from "../../domain/sheet-input";
import type { StoredSheet } from "../store/sheet-row";
import type { UploadCell, UploadRow } from "./read-upload";
import { type ReasonCode, reasonText, word } from "./transfer-messages";

export type RowStatus = "new" | "changed" | "unchanged" | "rejected";
export type ReportRow = {
  row: number;
  evaluatorId: string;
  projectId: string;
  status: RowStatus;
  reasons: string[];
};
export type ImportReport = {
  rows: ReportRow[];
  /** Rows with nothing filled in (the template lists every pair): neither accepted nor rejected. */
  blankRows: number;
  /** Problems with the file as a whole (no header, a missing column). */
  fileErrors: string[];
  counts: Record<RowStatus, number>;
  /** Some accepted rows change a stored sheet, so the import needs a reason. */
  needsReason: boolean;
};
export type AcceptedSheet = {
  evaluatorId: string;
  projectId: string;
  scores: Record<string, number>;
  vote: Vote;
  comment?: string;
  status: "new" | "changed" | "unchanged";
};

type Context = {
  event: InspectionEvent;
  evaluators: Evaluator[];
  projects: Pick<ProjectRecord, "id" | "responsibleUnit">[];
  sheets: StoredSheet[];
  lang: Lang;
};

/** Cell text, with the apostrophe our own exports put before a formula-like text taken off. */
const text = (cell: UploadCell | undefined) =>
  cell == null ? "" : restoreNeutralised(String(cell)).trim();
const fold = (s: string) => s.toLowerCase().replace(/[\s_]+/g, "");
/** "项目建设进度 (30)" → "项目建设进度": the maximum in the template's header is a hint only. */
const headerKey = (s: string) => fold(s.replace(/[(（][^()（）]*[)）]\s*$/, ""));
/** Where the template's columns are in an uploaded file's header row (-1: not there). */
export function importColumns(header: UploadCell[], event: InspectionEvent) {
  const keys = header.map((h) => headerKey(text(h)));
  const find = (...names: string[]) => keys.findIndex((k) => names.map(fold).includes(k));
  return {
    evaluatorId: find("evaluatorId"),
    projectId: find("projectId"),
    vote: find("满意度", "satisfaction", "vote", "投票"),
    comment: find("备注", "comment"),
    criteria: event.scheme.criteria.map((c) => ({
      criterion: c,
      index: find(c.id, c.name, c.nameEn),
    })),
  };
}

export type ImportColumns = ReturnType<typeof importColumns>;

/**
 * One data row: the pair it names and its sheet, read by the domain's reader (as the phone and the
 * desk grid read theirs). A spreadsheet's number cell is passed on as the number it is.
 */
export function readImportRow(cells: UploadCell[], cols: ImportColumns, event: InspectionEvent) {
  const cell = (i: number) => (i < 0 ? "" : text(cells[i]));
  const value = (i: number) => {
    const raw = i < 0 ? null : cells[i];
    return typeof raw === "number" ? raw : cell(i);
  };
  const filled = [...cols.criteria.map(({ index }) => index), cols.vote, cols.comment].some(
    (i) => cell(i) !== "",
  );
  return {
    evaluatorId: cell(cols.evaluatorId),
    projectId: cell(cols.projectId),
    /** Nothing but the pair is filled in: the template lists every pair. */
    blank: !filled,
    ...readSheetCells(
      {
        scores: Object.fromEntries(cols.criteria.map((c) => [c.criterion.id, value(c.index)])),
        vote: value(cols.vote),
        comment: cell(cols.comment),
      },
      event.scheme,
      event.voteOptions,
    ),
  };
}

/** Checks every row of an uploaded file against the event; nothing is written here. */
export function checkImport(
  rows: UploadRow[],
  ctx: Context,
): { report: ImportReport; accepted: AcceptedSheet[] } {
  const { event, lang } = ctx;
  const why = (code: ReasonCode, params?: Record<string, string>) => reasonText(code, lang, params);
  const report: ImportReport = {
    rows: [],
    blankRows: 0,
    fileErrors: [],
    counts: { new: 0, changed: 0, unchanged: 0, rejected: 0 },
    needsReason: false,
  };
  const accepted: AcceptedSheet[] = [];
  const criterionName = (c: InspectionEvent["scheme"]["criteria"][number]) =>
    localized(c, "name", lang);
  const voteName = word("vote", lang);
  /** The template's columns a row names, and the ones it lacks (by the names a reader knows). */
  const headerOf = (cells: UploadCell[]) => {
    const cols = importColumns(cells, event);
    const wanted: [string, number][] = [
      ["evaluatorId", cols.evaluatorId],
      ["projectId", cols.projectId],
      ...cols.criteria.map(({ criterion, index }): [string, number] => [
        criterionName(criterion),
        index,
      ]),
      [voteName, cols.vote],
    ];
    return {
      cols,
      found: wanted.filter(([, i]) => i >= 0).length,
      missing: wanted.filter(([, i]) => i < 0).map(([name]) => name),
    };
  };
  // The header is the first row naming both id columns; failing that, the row most like a header,
  // so the report can say which of its columns are missing rather than only that nothing matched.
  let headerAt = rows.findIndex((r) => {
    const { cols } = headerOf(r.cells);
    return cols.evaluatorId >= 0 && cols.projectId >= 0;
  });
  if (headerAt < 0) {
    let best = 0;
    rows.slice(0, 50).forEach((r, i) => {
      const { found } = headerOf(r.cells);
      if (found > best) [best, headerAt] = [found, i];
    });
  }
  if (headerAt < 0) {
    const all = headerOf([]).missing;
    report.fileErrors.push(
      why("no_header", {
        columns: joinList(
          all.map((n) => quoted(n, lang)),
          lang,
        ),
      }),
    );
    return { report, accepted };
  }
  const header = rows[headerAt] as UploadRow;
  const { cols, missing } = headerOf(header.cells);
  for (const column of missing)
    report.fileErrors.push(why("missing_column", { column, row: String(header.row) }));
  if (report.fileErrors.length) return { report, accepted };

  const evaluators = new Map(ctx.evaluators.map((e) => [e.id, e]));
  const inEvent = new Set(event.projectIds);
  const recusals = new Map(
    recusalsOf(event, ctx.evaluators, ctx.projects).map((r) => [
      pairKey(r),
      r.reason ?? why("same_unit"),
    ]),
  );
  const stored = new Map(ctx.sheets.map((s) => [pairKey(s), s]));
  const seen = new Map<string, number>();
  /** The reader's issues in the import report's words; range and step problems share one line. */
  const reasonsFor = (issues: InputIssue[]): string[] => {
    const name = (id: string) => {
      const c = event.scheme.criteria.find((x) => x.id === id);
      return c ? criterionName(c) : id;
    };
    const first: string[] = [];
    const checked: InputIssue[] = [];
    const last: string[] = [];
    for (const issue of issues)
      if (issue.code === "not_a_number")
        first.push(why("not_a_number", { criterion: name(issue.criterionId), value: issue.text }));
      else if (issue.code === "no_vote") last.push(why("no_vote"));
      else if (issue.code === "unknown_vote") last.push(why("bad_vote", { value: issue.text }));
      else if (issue.code === "comment_too_long") last.push(why("comment_too_long"));
      else checked.push(issue);
    return [
      ...first,
      ...(checked.length ? [describeSheetIssues(checked, event.scheme, lang)] : []),
      ...last,
    ];
  };

  for (const { row, cells } of rows.slice(headerAt + 1)) {
    const line = readImportRow(cells, cols, event);
    const { evaluatorId, projectId, scores, vote, comment } = line;
    if (line.blank) {
      if (evaluatorId || projectId) report.blankRows++;
      continue;
    }
    const reasons: string[] = [];
    const key = pairKey({ evaluatorId, projectId });
    if (!evaluators.has(evaluatorId)) reasons.push(why("unknown_evaluator", { id: evaluatorId }));
    if (!inEvent.has(projectId)) reasons.push(why("unknown_project", { id: projectId }));
    const recusal = recusals.get(key);
    if (recusal !== undefined) reasons.push(why("recused", { reason: recusal }));
    const duplicateOf = seen.get(key);
    if (duplicateOf !== undefined) reasons.push(why("duplicate", { row: String(duplicateOf) }));
    else seen.set(key, row);
    reasons.push(...reasonsFor(line.issues));

    if (reasons.length || !vote) {
      report.rows.push({ row, evaluatorId, projectId, status: "rejected", reasons });
      report.counts.rejected++;
      continue;
    }
    const before = stored.get(key);
    const status = !before
      ? "new"
      : sameContent(before, { scores, vote, comment })
        ? "unchanged"
        : "changed";
    if (status === "changed") report.needsReason = true;
    report.rows.push({ row, evaluatorId, projectId, status, reasons: [] });
    report.counts[status]++;
    accepted.push({
      evaluatorId,
      projectId,
      scores,
      vote,
      status,
      ...(comment ? { comment } : {}),
    });
  }
  return { report, accepted };
}

/** The same comparison the single-sheet write makes, so "unchanged" means the same thing. */
function sameContent(
  a: { scores: Record<string, number>; vote: Vote | null; comment?: string },
  b: { scores: Record<string, number>; vote: Vote; comment: string },
) {
  const content = (s: { scores: Record<string, number>; vote: Vote | null; comment?: string }) =>
    JSON.stringify([
      Object.entries(s.scores).sort(([x], [y]) => x.localeCompare(y)),
      s.vote,
      s.comment || null,
    ]);
  return content(a) === content(b);
}
