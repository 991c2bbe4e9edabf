import type { Criterion, Vote } from "../../../../domain/scoring-schemas";
import { checkScores, type SheetInput, type SheetIssue } from "../../../../domain/sheet-input";
import type { Draft } from "../stores/entry-store";

/** "7.5", "7,5" and full-width "７．５" all mean 7.5 (phone keyboards differ); "" means not given. */
export function parseScore(raw: string | undefined): number | undefined {
  const text = (raw ?? "")
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，,．。]/g, ".");
  if (text === "") return undefined;
  return /^\d+(\.\d*)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
}

export type DraftCheck = {
  /** Per criterion, what is wrong with it (not a number, missing, out of range, step). */
  fieldIssues: Record<string, SheetIssue | { code: "not_a_number"; criterionId: string }>;
  /** The sum of the valid numbers typed so far. */
  total: number;
  voteMissing: boolean;
  reasonMissing: boolean;
  /** The request body, when everything is in order. */
  input: SheetInput | null;
};

/** Checks a draft with the domain's own rules (one truth with the server). */
export function checkDraft(
  draft: Draft,
  criteria: Criterion[],
  options: { needsReason: boolean },
): DraftCheck {
  const scores: Record<string, number> = {};
  const fieldIssues: DraftCheck["fieldIssues"] = {};
  for (const c of criteria) {
    const value = parseScore(draft.scores[c.id]);
    if (value === undefined) continue;
    if (Number.isNaN(value)) fieldIssues[c.id] = { code: "not_a_number", criterionId: c.id };
    else scores[c.id] = value;
  }
  for (const issue of checkScores(scores, { criteria }))
    if (issue.code !== "unknown") fieldIssues[issue.criterionId] ??= issue;
  const total = Object.entries(scores).reduce((sum, [id, v]) => sum + (fieldIssues[id] ? 0 : v), 0);
  const voteMissing = !draft.vote;
  const reason = draft.reason.trim();
  const reasonMissing = options.needsReason && reason === "";
  const ok = Object.keys(fieldIssues).length === 0 && !voteMissing && !reasonMissing;
  const comment = draft.comment.trim();
  return {
    fieldIssues,
    total: Math.round(total * 100) / 100,
    voteMissing,
    reasonMissing,
    input:
      ok && draft.vote
        ? {
            scores,
            vote: draft.vote as Vote,
            ...(comment ? { comment } : {}),
            ...(options.needsReason ? { reason } : {}),
          }
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
