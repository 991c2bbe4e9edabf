import { restoreNeutralised } from "../../domain/formula-safety";
import { type Lang, localized } from "../../domain/i18n";
import type { ProjectRecord } from "../../domain/project";
import { recusalsOf } from "../../domain/recusal";
import type { Evaluator, InspectionEvent, Vote } from "../../domain/scoring-schemas";
import { joinList, quoted } from "../../domain/shared-messages";
import { checkScores, describeSheetIssues } from "../../domain/sheet-input";
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
  projects: ProjectRecord[];
  sheets: StoredSheet[];
  lang: Lang;
};

/** Cell text, with the apostrophe our own exports put before a formula-like text taken off. */
const text = (cell: UploadCell | undefined) =>
  cell == null ? "" : restoreNeutralised(String(cell)).trim();
const fold = (s: string) => s.toLowerCase().replace(/[\s_]+/g, "");
/** "项目建设进度 (30)" → "项目建设进度": the maximum in the template's header is a hint only. */
const headerKey = (s: string) => fold(s.replace(/[(（][^()（）]*[)）]\s*$/, ""));
/** Full-width digits and point, as Chinese input methods may type them. */
const halfWidth = (s: string) =>
  s.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

function columnsOf(header: UploadCell[], event: InspectionEvent) {
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
    const cols = columnsOf(cells, event);
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
      `${r.evaluatorId}/${r.projectId}`,
      r.reason ?? why("same_unit"),
    ]),
  );
  const stored = new Map(ctx.sheets.map((s) => [`${s.evaluatorId}/${s.projectId}`, s]));
  const seen = new Map<string, number>();
  const votes = new Map<string, Vote>();
  for (const v of event.voteOptions)
    for (const name of [v.id, v.name, v.nameEn]) votes.set(fold(name), v.id);

  for (const { row, cells } of rows.slice(headerAt + 1)) {
    const cell = (i: number) => (i < 0 ? "" : text(cells[i]));
    const evaluatorId = cell(cols.evaluatorId);
    const projectId = cell(cols.projectId);
    const scoreCells = cols.criteria.map(({ index }) => cell(index));
    const voteText = cell(cols.vote);
    const comment = cell(cols.comment);
    if (![...scoreCells, voteText, comment].some(Boolean)) {
      if (evaluatorId || projectId) report.blankRows++;
      continue;
    }
    const reasons: string[] = [];
    const key = `${evaluatorId}/${projectId}`;
    if (!evaluators.has(evaluatorId)) reasons.push(why("unknown_evaluator", { id: evaluatorId }));
    if (!inEvent.has(projectId)) reasons.push(why("unknown_project", { id: projectId }));
    const recusal = recusals.get(key);
    if (recusal !== undefined) reasons.push(why("recused", { reason: recusal }));
    const duplicateOf = seen.get(key);
    if (duplicateOf !== undefined) reasons.push(why("duplicate", { row: String(duplicateOf) }));
    else seen.set(key, row);

    const scores: Record<string, number> = {};
    cols.criteria.forEach(({ criterion }, i) => {
      const raw = halfWidth(scoreCells[i] as string);
      if (raw === "") return; // reported as missing by checkScores
      const value = Number(raw);
      if (Number.isFinite(value)) scores[criterion.id] = value;
      else reasons.push(why("not_a_number", { criterion: criterionName(criterion), value: raw }));
    });
    const issues = checkScores(scores, event.scheme).filter(
      (i) =>
        !(
          i.code === "missing" &&
          scoreCells[cols.criteria.findIndex((c) => c.criterion.id === i.criterionId)] !== ""
        ),
    );
    if (issues.length) reasons.push(describeSheetIssues(issues, event.scheme, lang));
    const vote = votes.get(fold(voteText));
    if (!voteText) reasons.push(why("no_vote"));
    else if (!vote) reasons.push(why("bad_vote", { value: voteText }));
    if (comment.length > 500) reasons.push(why("comment_too_long"));

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
