import type { Criterion, Vote } from "../../../../domain/scoring-schemas";
import { readSheetCells, type ScoreIssue, type SheetInput } from "../../../../domain/sheet-input";
import type { Draft } from "../stores/entry-store";

export type DraftCheck = {
  /** Per criterion, what is wrong with it (not a number, missing, out of range, step). */
  fieldIssues: Record<string, ScoreIssue>;
  /** The sum of the valid numbers typed so far. */
  total: number;
  voteMissing: boolean;
  reasonMissing: boolean;
  /** The request body, when everything is in order. */
  input: SheetInput | null;
};

/** Checks a draft with the domain's reader, the same one the desk grid and the import use. */
export function checkDraft(
  draft: Draft,
  criteria: Criterion[],
  options: { needsReason: boolean },
): DraftCheck {
  const read = readSheetCells(
    { scores: draft.scores, vote: draft.vote, comment: draft.comment },
    { criteria },
  );
  const fieldIssues: DraftCheck["fieldIssues"] = {};
  for (const issue of read.issues)
    if ("criterionId" in issue) fieldIssues[issue.criterionId] = issue;
  const total = Object.entries(read.scores).reduce(
    (sum, [id, v]) => sum + (fieldIssues[id] ? 0 : v),
    0,
  );
  const reason = draft.reason.trim();
  const reasonMissing = options.needsReason && reason === "";
  return {
    fieldIssues,
    total: Math.round(total * 100) / 100,
    voteMissing: !read.vote,
    reasonMissing,
    input:
      read.input && !reasonMissing
        ? { ...read.input, ...(options.needsReason ? { reason } : {}) }
        : null,
  };
}

/** A draft that starts from what the server holds, so an edit changes only what is typed. */
export function draftFromSheet(
  sheet: { scores: Record<string, number>; vote: Vote | null; comment?: string } | undefined,
): Draft {
  return {
    scores: Object.fromEntries(Object.entries(sheet?.scores ?? {}).map(([k, v]) => [k, String(v)])),
    ...(sheet?.vote ? { vote: sheet.vote } : {}),
    comment: sheet?.comment ?? "",
    reason: "",
  };
}
