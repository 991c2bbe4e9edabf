import { describe, expect, it } from "vitest";
import { checkScores, describeSheetIssues } from "./sheet-input";

const scheme = {
  criteria: [
    { id: "progress", name: "项目建设进度", nameEn: "Progress", max: 30 },
    { id: "benefit", name: "综合效益", nameEn: "Benefit", max: 15 },
  ],
};

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
