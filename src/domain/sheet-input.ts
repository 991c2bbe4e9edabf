import { z } from "zod";
import { defineMessages, type Lang, localized, translate } from "./i18n";
import type { Scheme, Vote, VoteOption } from "./scoring-schemas";
import { voteSchema } from "./scoring-schemas";
import { joinClauses, quoted } from "./shared-messages";

/**
 * Reading what people type into a sheet — on the phone, in the desk grid, in an imported file —
 * and checking it against the scheme. Every place that takes typed scores or votes goes through
 * readSheetCells, so a value accepted in one place is accepted in all of them.
 */

/** What a cell may hold: text typed on a phone or in the grid, or a spreadsheet cell's number. */
export type TypedValue = string | number | null | undefined;

/** Full-width letters, digits, signs and the ideographic space, as Chinese input methods type them. */
export const halfWidth = (text: string): string =>
  text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");

/** Half points within this distance count as exact: a spreadsheet formula may give 7.499999999. */
const HALF_POINT_TOLERANCE = 1e-6;
const snapToHalf = (value: number) => {
  const halves = Math.round(value * 2);
  return Math.abs(value * 2 - halves) < HALF_POINT_TOLERANCE * 2 ? halves / 2 : value;
};

export type ScoreReading =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "not_a_number"; text: string };

/**
 * One typed score: "7.5", "７．５", "7,5", " 7.50 " and the number 7.499999999 all read as 7.5;
 * "" is blank. Only plain decimals count: "1e1", "0x1A" or "7 5" are not scores.
 */
export function readScore(raw: TypedValue): ScoreReading {
  if (raw == null) return { kind: "blank" };
  if (typeof raw === "number")
    return Number.isFinite(raw)
      ? { kind: "number", value: snapToHalf(raw) }
      : { kind: "not_a_number", text: String(raw) };
  // Phone keyboards and Chinese input methods give a comma or an ideographic full stop for the point.
  const text = halfWidth(raw).trim().replace(/[,。]/g, ".");
  if (text === "") return { kind: "blank" };
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)
    ? { kind: "number", value: snapToHalf(Number(text)) }
    : { kind: "not_a_number", text: raw.trim() };
}

/** Letters only, lower case, no spaces, underscores or hyphens: "Basically_Satisfied" → "basicallysatisfied". */
const foldWord = (text: string) =>
  halfWidth(text)
    .toLowerCase()
    .replace(/[\s_-]+/g, "");

/** Paper sheets and the grid number the votes 1/2/3 in this order. */
const voteWords: Record<Vote, string[]> = {
  satisfied: ["1", "满意", "satisfied"],
  basically_satisfied: ["2", "基本满意", "basically satisfied"],
  unsatisfied: ["3", "不满意", "unsatisfied", "dissatisfied"],
};

/** The standard words for the three votes, as the grid shows a stored vote. */
export const voteMessages = defineMessages({
  zh: { satisfied: "满意", basically_satisfied: "基本满意", unsatisfied: "不满意" },
  en: {
    satisfied: "Satisfied",
    basically_satisfied: "Basically satisfied",
    unsatisfied: "Unsatisfied",
  },
});

export type VoteReading =
  | { kind: "blank" }
  | { kind: "vote"; vote: Vote }
  | { kind: "unknown_vote"; text: string };

/** 1/2/3, the vote's id, its Chinese or English word (or the event's own names for the options). */
export function readVote(raw: TypedValue, options: readonly VoteOption[] = []): VoteReading {
  const text = raw == null ? "" : String(raw).trim();
  if (halfWidth(text).trim() === "") return { kind: "blank" };
  const word = foldWord(text);
  for (const vote of voteSchema.options) {
    const option = options.find((o) => o.id === vote);
    const names = [vote, ...voteWords[vote], ...(option ? [option.name, option.nameEn] : [])];
    if (names.some((n) => foldWord(n) === word)) return { kind: "vote", vote };
  }
  return { kind: "unknown_vote", text };
}

/** The longest comment a sheet may carry. */
export const COMMENT_MAX = 500;

/** What a client sends to store one evaluator's sheet for one project. */
export const sheetInputSchema = z.object({
  scores: z.record(z.string(), z.number({ error: "a score must be a number" })),
  vote: voteSchema,
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX, `the comment is longer than ${COMMENT_MAX} characters`)
    .optional(),
  /** Why a submitted sheet is being changed (required for changes after submission). */
  reason: z.string().trim().max(500).optional(),
});
export type SheetInput = z.infer<typeof sheetInputSchema>;

export type SheetIssue =
  | { code: "missing"; criterionId: string }
  | { code: "unknown"; criterionId: string }
  | { code: "out_of_range"; criterionId: string; value: number; max: number }
  | { code: "step"; criterionId: string; value: number };

/**
 * Checks scores against the event's scheme: every criterion present, none unknown, each within
 * 0..max in steps of 0.5 (how paper sheets are marked). Returns every problem, not just the first.
 */
export function checkScores(
  scores: Record<string, number>,
  scheme: Pick<Scheme, "criteria">,
): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const known = new Set(scheme.criteria.map((c) => c.id));
  for (const criterion of scheme.criteria) {
    const value = scores[criterion.id];
    if (value === undefined) issues.push({ code: "missing", criterionId: criterion.id });
    else if (!Number.isFinite(value) || value < 0 || value > criterion.max)
      issues.push({ code: "out_of_range", criterionId: criterion.id, value, max: criterion.max });
    else if (!Number.isInteger(value * 2))
      issues.push({ code: "step", criterionId: criterion.id, value });
  }
  for (const id of Object.keys(scores))
    if (!known.has(id)) issues.push({ code: "unknown", criterionId: id });
  return issues;
}

/** What is wrong with one criterion's typed score. */
export type ScoreIssue = SheetIssue | { code: "not_a_number"; criterionId: string; text: string };

/** Anything wrong with what was typed: a score's issue, or the vote's, or the comment's. */
export type InputIssue =
  | ScoreIssue
  | { code: "no_vote" }
  | { code: "unknown_vote"; text: string }
  | { code: "comment_too_long" };

export type SheetCells = {
  scores: Record<string, TypedValue>;
  vote: TypedValue;
  comment?: TypedValue;
};

export type SheetCellsReading = {
  /** Every score that reads as a number, in range or not. */
  scores: Record<string, number>;
  /** At most one per criterion (not a number, missing, out of range, off-step), then vote, comment. */
  issues: InputIssue[];
  vote: Vote | null;
  comment: string;
  /** The sheet to send when nothing is wrong. */
  input: { scores: Record<string, number>; vote: Vote; comment?: string } | null;
};

/** Reads one sheet's typed cells and checks them against the scheme; the one reader for all entry points. */
export function readSheetCells(
  cells: SheetCells,
  scheme: Pick<Scheme, "criteria">,
  voteOptions: readonly VoteOption[] = [],
): SheetCellsReading {
  const scores: Record<string, number> = {};
  const unreadable = new Map<string, InputIssue>();
  for (const c of scheme.criteria) {
    const reading = readScore(cells.scores[c.id]);
    if (reading.kind === "number") scores[c.id] = reading.value;
    else if (reading.kind === "not_a_number")
      unreadable.set(c.id, { code: "not_a_number", criterionId: c.id, text: reading.text });
  }
  const checked = new Map<string, InputIssue>();
  for (const issue of checkScores(scores, scheme)) checked.set(issue.criterionId, issue);
  // One issue per criterion, in the scheme's order: a value that is not a number is not "missing".
  const issues: InputIssue[] = scheme.criteria.flatMap((c) => {
    const issue = unreadable.get(c.id) ?? checked.get(c.id);
    return issue ? [issue] : [];
  });
  const voteReading = readVote(cells.vote, voteOptions);
  if (voteReading.kind === "blank") issues.push({ code: "no_vote" });
  else if (voteReading.kind === "unknown_vote")
    issues.push({ code: "unknown_vote", text: voteReading.text });
  const comment = cells.comment == null ? "" : String(cells.comment).trim();
  if (comment.length > COMMENT_MAX) issues.push({ code: "comment_too_long" });
  const vote = voteReading.kind === "vote" ? voteReading.vote : null;
  return {
    scores,
    issues,
    vote,
    comment,
    input: issues.length === 0 && vote ? { scores, vote, ...(comment ? { comment } : {}) } : null,
  };
}

const sheetIssueMessages = defineMessages({
  zh: {
    not_a_number: "{name}的{text}不是数字",
    no_vote: "缺少投票（满意/基本满意/不满意，或 1/2/3）",
    unknown_vote: "投票{text}无法识别，请填 1/2/3 或 满意/基本满意/不满意",
    comment_too_long: "意见超过 {max} 字",
    missing: "缺少{name}的得分",
    unknown: "{name}不是本次评分方案的评分项",
    out_of_range: "{name}得分 {value} 超出 0–{max}",
    step: "{name}得分 {value} 须为 0.5 的整数倍",
  },
  en: {
    not_a_number: "{text} for {name} is not a number",
    no_vote: "no vote (satisfied / basically satisfied / unsatisfied, or 1/2/3)",
    unknown_vote:
      "vote {text} is not recognised: use 1/2/3 or satisfied / basically satisfied / unsatisfied",
    comment_too_long: "the comment is longer than {max} characters",
    missing: "no score for {name}",
    unknown: "{name} is not a criterion of this scheme",
    out_of_range: "{name} score {value} is outside 0–{max}",
    step: "{name} score {value} must be a multiple of 0.5",
  },
});

/** One line per issue, in the reader's language, naming the criterion as the scheme does. */
export function describeSheetIssues(
  issues: InputIssue[],
  scheme: Pick<Scheme, "criteria">,
  lang: Lang,
): string {
  const t = translate(sheetIssueMessages, lang);
  const name = (id: string) => {
    const c = scheme.criteria.find((x) => x.id === id);
    return quoted(c ? localized(c, "name", lang) : id, lang);
  };
  const describe = (i: InputIssue): string => {
    switch (i.code) {
      case "no_vote":
        return t(i.code);
      case "unknown_vote":
        return t(i.code, { text: quoted(i.text, lang) });
      case "comment_too_long":
        return t(i.code, { max: COMMENT_MAX });
      case "unknown":
        return t(i.code, { name: quoted(i.criterionId, lang) });
      case "not_a_number":
        return t(i.code, { name: name(i.criterionId), text: quoted(i.text, lang) });
      default:
        return t(i.code, { ...i, name: name(i.criterionId) });
    }
  };
  return joinClauses(issues.map(describe), lang);
}
