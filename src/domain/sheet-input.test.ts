import { describe, expect, it } from "vitest";
import {
  checkScores,
  describeSheetIssues,
  halfWidth,
  type InputIssue,
  readScore,
  readSheetCells,
  readVote,
} from "./sheet-input";
import { scoreTable, tableScheme, voteTable } from "./sheet-input.fixtures";

const scheme = tableScheme;
/** The table's outcome for one criterion (or the vote) of a reading: its value or its issue's code. */
const outcome = (
  read: ReturnType<typeof readSheetCells>,
  field: "progress" | "vote",
): number | string | undefined => {
  const issue = read.issues.find((i: InputIssue) =>
    field === "vote" ? !("criterionId" in i) : "criterionId" in i && i.criterionId === field,
  );
  return issue ? issue.code : field === "vote" ? (read.vote ?? undefined) : read.scores[field];
};

describe("readSheetCells: the table of what people type", () => {
  it.each(scoreTable)("score $what ($typed) → $expected", ({ typed, expected }) => {
    const read = readSheetCells({ scores: { progress: typed, benefit: "10" }, vote: "1" }, scheme);
    expect(outcome(read, "progress")).toBe(expected);
    expect(read.input !== null).toBe(typeof expected === "number");
  });
  it.each(voteTable)("vote $what ($typed) → $expected", ({ typed, expected }) => {
    const read = readSheetCells({ scores: { progress: "10", benefit: "10" }, vote: typed }, scheme);
    expect(outcome(read, "vote")).toBe(expected);
  });
});

describe("the readers one by one", () => {
  it("turns full-width letters, digits, signs and spaces into their plain forms", () => {
    expect(halfWidth("ＡＢ１２．５－\u3000")).toBe("AB12.5- ");
  });
  it("says what it could not read", () => {
    expect(readScore(" 7a ")).toEqual({ kind: "not_a_number", text: "7a" });
    expect(readScore(Number.NaN)).toEqual({ kind: "not_a_number", text: "NaN" });
    expect(readVote("好")).toEqual({ kind: "unknown_vote", text: "好" });
  });
  it("also reads the event's own names for the votes", () => {
    const options = [
      { id: "satisfied" as const, name: "非常满意", nameEn: "Very satisfied", value: 1 },
    ];
    expect(readVote("非常满意", options)).toEqual({ kind: "vote", vote: "satisfied" });
    expect(readVote("非常满意")).toEqual({ kind: "unknown_vote", text: "非常满意" });
  });
  it("reports one issue per criterion, in the scheme's order, then the vote and the comment", () => {
    const read = readSheetCells(
      { scores: { benefit: "x", progress: "31" }, vote: "", comment: "长".repeat(501) },
      scheme,
    );
    expect(read.issues.map((i) => i.code)).toEqual([
      "out_of_range",
      "not_a_number",
      "no_vote",
      "comment_too_long",
    ]);
    expect(read.input).toBeNull();
  });
  it("gives the body to send when all is in order, without an empty comment", () => {
    const read = readSheetCells(
      { scores: { progress: "２７．５", benefit: 15 }, vote: "满意", comment: " " },
      scheme,
    );
    expect(read.input).toEqual({ scores: { progress: 27.5, benefit: 15 }, vote: "satisfied" });
  });
});

describe("checkScores", () => {
  it("accepts a complete sheet within range in half points", () => {
    expect(checkScores({ progress: 27.5, benefit: 15 }, scheme)).toEqual([]);
    expect(checkScores({ progress: 0, benefit: 0 }, scheme)).toEqual([]);
  });

  it("lists every problem: missing, unknown, out of range, off-step", () => {
    const issues = checkScores({ progress: 31, extra: 3 }, scheme);
    expect(issues).toEqual([
      { code: "out_of_range", criterionId: "progress", value: 31, max: 30 },
      { code: "missing", criterionId: "benefit" },
      { code: "unknown", criterionId: "extra" },
    ]);
    expect(checkScores({ progress: 12.3, benefit: -1 }, scheme)).toEqual([
      { code: "step", criterionId: "progress", value: 12.3 },
      { code: "out_of_range", criterionId: "benefit", value: -1, max: 15 },
    ]);
  });

  it("describes the problems in Chinese and English with the criteria's names", () => {
    const issues = checkScores({ progress: 31 }, scheme);
    expect(describeSheetIssues(issues, scheme, "zh")).toBe(
      "“项目建设进度”得分 31 超出 0–30；缺少“综合效益”的得分",
    );
    expect(describeSheetIssues(issues, scheme, "en")).toBe(
      '"Progress" score 31 is outside 0–30; no score for "Benefit"',
    );
  });
});

describe("describeSheetIssues for what was typed", () => {
  it("names the typed text, the vote and the comment in both languages", () => {
    const read = readSheetCells({ scores: { progress: "x", benefit: "1" }, vote: "4" }, scheme);
    expect(describeSheetIssues(read.issues, scheme, "zh")).toBe(
      "“项目建设进度”的“x”不是数字；投票“4”无法识别，请填 1/2/3 或 满意/基本满意/不满意",
    );
    expect(describeSheetIssues(read.issues, scheme, "en")).toBe(
      '"x" for "Progress" is not a number; vote "4" is not recognised: use 1/2/3 or satisfied / basically satisfied / unsatisfied',
    );
  });
});
