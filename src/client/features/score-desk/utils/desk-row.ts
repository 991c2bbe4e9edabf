import { defineMessages, type Lang, translate } from "../../../../domain/i18n";
import type { Scheme, Vote } from "../../../../domain/scoring-schemas";
import {
  describeSheetIssues,
  type InputIssue,
  readScore,
  readSheetCells,
  readVote,
  voteMessages,
} from "../../../../domain/sheet-input";

/** Editable columns after the criteria, in keyboard and paste order. */
export const PAPER_TOTAL = "paperTotal";
export const VOTE = "vote";
export const COMMENT = "comment";
export type { Cells } from "../../../lib/entry-grid/grid-state";

import type { Cells } from "../../../lib/entry-grid/grid-state";

export type StoredSheet = {
  scores: Record<string, number>;
  vote: Vote | null;
  comment?: string;
  version: number;
};

export const columnKeys = (scheme: Pick<Scheme, "criteria">) => [
  ...scheme.criteria.map((c) => c.id),
  PAPER_TOTAL,
  VOTE,
  COMMENT,
];

export const voteLabel = (vote: Vote, lang: Lang) => translate(voteMessages, lang)(vote);

const rowMessages = defineMessages({
  zh: { paperTotalNotANumber: "纸质表总分“{text}”不是数字" },
  en: { paperTotalNotANumber: 'paper total "{text}" is not a number' },
});

/** How a stored sheet reads in the grid's cells. */
export function cellsOf(sheet: StoredSheet | undefined, lang: Lang): Cells {
  if (!sheet) return {};
  const cells: Cells = { [COMMENT]: sheet.comment ?? "" };
  for (const [k, v] of Object.entries(sheet.scores)) cells[k] = String(v);
  if (sheet.vote) cells[VOTE] = voteLabel(sheet.vote, lang);
  return cells;
}

export type RowCheck = {
  /** Nothing typed and nothing stored: not a sheet at all. */
  blank: boolean;
  /** Differs from what the server holds. */
  changed: boolean;
  total: number | null;
  /** The paper total is filled in and differs from the computed one. */
  totalMismatch: boolean;
  /** Problems by column key, as the domain's reader names them. */
  issues: Record<string, InputIssue>;
  /** The same problems, each a sentence naming the criterion. */
  errors: Record<string, string>;
  input?: { scores: Record<string, number>; vote: Vote; comment?: string };
};

const sameText = (a: string | undefined, b: string | undefined) =>
  (a ?? "").trim() === (b ?? "").trim();
/** "２８", "28.0" and "28" are the same score: what counts is what the reader makes of the text. */
const sameScore = (text: string | undefined, stored: number | undefined) => {
  const reading = readScore(text);
  return reading.kind === "number"
    ? reading.value === stored
    : reading.kind === "blank" && stored === undefined;
};

/** The vote a cell names (through the domain's reader), or null. */
export const parseVote = (text: string | undefined): Vote | null => {
  const reading = readVote(text);
  return reading.kind === "vote" ? reading.vote : null;
};

/** The grid column an issue belongs to. */
const columnOf = (issue: InputIssue) =>
  "criterionId" in issue ? issue.criterionId : issue.code === "comment_too_long" ? COMMENT : VOTE;

/** Validates one row of the grid with the domain's reader (the phone and the import use the same). */
export function checkRow(
  cells: Cells,
  stored: StoredSheet | undefined,
  scheme: Pick<Scheme, "criteria">,
  lang: Lang,
): RowCheck {
  const keys = columnKeys(scheme).filter((k) => k !== PAPER_TOTAL);
  const storedCells = cellsOf(stored, lang);
  const blank = !stored && keys.every((k) => (cells[k] ?? "").trim() === "");
  const changed =
    !blank &&
    (!stored ||
      keys.some((k) =>
        k === VOTE
          ? parseVote(cells[k]) !== stored.vote
          : k === COMMENT
            ? !sameText(cells[k], storedCells[k])
            : !sameScore(cells[k], stored.scores[k]),
      ));
  const read = readSheetCells(
    {
      scores: Object.fromEntries(scheme.criteria.map((c) => [c.id, cells[c.id]])),
      vote: cells[VOTE],
      comment: cells[COMMENT],
    },
    scheme,
  );
  const issues: Record<string, InputIssue> = {};
  if (!blank) for (const issue of read.issues) issues[columnOf(issue)] ??= issue;
  const errors: Record<string, string> = {};
  for (const [column, issue] of Object.entries(issues))
    errors[column] = describeSheetIssues([issue], scheme, lang);
  const complete = scheme.criteria.every((c) => c.id in read.scores);
  const total = complete
    ? Math.round(Object.values(read.scores).reduce((a, b) => a + b, 0) * 100) / 100
    : null;
  const paper = readScore(cells[PAPER_TOTAL]);
  if (paper.kind === "not_a_number")
    errors[PAPER_TOTAL] = translate(rowMessages, lang)("paperTotalNotANumber", {
      text: paper.text,
    });
  const totalMismatch = paper.kind === "number" && total !== null && paper.value !== total;
  return {
    blank,
    changed,
    total,
    totalMismatch,
    issues,
    errors,
    input: Object.keys(errors).length === 0 && read.input ? read.input : undefined,
  };
}
