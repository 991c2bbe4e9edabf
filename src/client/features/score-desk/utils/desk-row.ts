import type { Scheme, Vote } from "../../../../domain/scoring-schemas";
import { checkScores, describeSheetIssues } from "../../../../domain/sheet-input";

/** Editable columns after the criteria, in keyboard and paste order. */
export const PAPER_TOTAL = "paperTotal";
export const VOTE = "vote";
export const COMMENT = "comment";
export type Cells = Record<string, string>;
type Lang = "zh" | "en";

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

const voteWords: Record<Vote, string[]> = {
  satisfied: ["1", "满意", "satisfied"],
  basically_satisfied: ["2", "基本满意", "basically satisfied", "basically_satisfied"],
  unsatisfied: ["3", "不满意", "unsatisfied", "dissatisfied"],
};

/** 1/2/3, the Chinese word or the English one (any case) → the vote; otherwise null. */
export function parseVote(text: string): Vote | null {
  const t = text.trim().toLowerCase();
  for (const [vote, words] of Object.entries(voteWords) as [Vote, string[]][])
    if (words.includes(t)) return vote;
  return null;
}

export const voteLabel = (vote: Vote, lang: Lang) =>
  ({
    satisfied: lang === "zh" ? "满意" : "Satisfied",
    basically_satisfied: lang === "zh" ? "基本满意" : "Basically satisfied",
    unsatisfied: lang === "zh" ? "不满意" : "Unsatisfied",
  })[vote];

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
  /** Problems by column key, each a sentence naming the criterion. */
  errors: Record<string, string>;
  input?: { scores: Record<string, number>; vote: Vote; comment?: string };
};

const sameText = (a: string | undefined, b: string | undefined) =>
  (a ?? "").trim() === (b ?? "").trim();

/** Validates one row of the grid with the domain's checks (the server runs the same ones). */
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
          ? parseVote(cells[k] ?? "") !== stored.vote
          : !sameText(cells[k], storedCells[k]),
      ));
  const errors: Record<string, string> = {};
  const scores: Record<string, number> = {};
  for (const c of scheme.criteria) {
    const text = (cells[c.id] ?? "").trim();
    if (text === "") continue;
    const value = Number(text);
    if (Number.isFinite(value)) scores[c.id] = value;
    else
      errors[c.id] =
        lang === "zh"
          ? `“${c.name}”的“${text}”不是数字`
          : `"${text}" for "${c.nameEn}" is not a number`;
  }
  if (!blank)
    for (const issue of checkScores(scores, scheme))
      if (!errors[issue.criterionId])
        errors[issue.criterionId] = describeSheetIssues([issue], scheme, lang);
  const vote = parseVote(cells[VOTE] ?? "");
  if (!blank && !vote)
    errors[VOTE] =
      (cells[VOTE] ?? "").trim() === ""
        ? lang === "zh"
          ? "缺少投票（满意/基本满意/不满意，或 1/2/3）"
          : "no vote (satisfied / basically satisfied / unsatisfied, or 1/2/3)"
        : lang === "zh"
          ? `投票“${cells[VOTE]}”无法识别，请填 1/2/3 或 满意/基本满意/不满意`
          : `vote "${cells[VOTE]}" is not recognised: use 1/2/3 or the words`;
  const comment = (cells[COMMENT] ?? "").trim();
  if (comment.length > 500)
    errors[COMMENT] =
      lang === "zh" ? "意见超过 500 字" : "the comment is longer than 500 characters";
  const complete = scheme.criteria.every((c) => c.id in scores);
  const total = complete
    ? Math.round(Object.values(scores).reduce((a, b) => a + b, 0) * 100) / 100
    : null;
  const paperText = (cells[PAPER_TOTAL] ?? "").trim();
  const paper = paperText === "" ? null : Number(paperText);
  if (paperText !== "" && !Number.isFinite(paper))
    errors[PAPER_TOTAL] =
      lang === "zh"
        ? `纸质表总分“${paperText}”不是数字`
        : `paper total "${paperText}" is not a number`;
  const totalMismatch =
    paper !== null && Number.isFinite(paper) && total !== null && paper !== total;
  const ok = Object.keys(errors).length === 0 && vote;
  return {
    blank,
    changed,
    total,
    totalMismatch,
    errors,
    input: ok ? { scores, vote, ...(comment ? { comment } : {}) } : undefined,
  };
}
