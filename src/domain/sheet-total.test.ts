import { describe, expect, it } from "vitest";
import { sheetTotal } from "./sheet-total";

// The default scheme: 30 + 20 + 20 + 15 + 15 = 100.
const scheme = {
  criteria: [
    { id: "progress", name: "项目建设进度", nameEn: "Progress", max: 30 },
    { id: "investment", name: "投资完成情况", nameEn: "Investment", max: 20 },
    { id: "technology", name: "科技含量与产业带动", nameEn: "Technology", max: 20 },
    { id: "site", name: "现场管理与安全文明", nameEn: "Site", max: 15 },
    { id: "benefit", name: "综合效益", nameEn: "Benefit", max: 15 },
  ],
};

describe("sheetTotal", () => {
  it("adds a complete sheet, to two decimals without float noise", () => {
    const result = sheetTotal(
      { scores: { progress: 25.5, investment: 16.1, technology: 17.2, site: 12.4, benefit: 13 } },
      scheme,
    );
    expect(result).toEqual({ total: 84.2, complete: true, missing: [], outOfRange: [] }); // 25.5 + 16.1 + 17.2 + 12.4 + 13
  });

  it("accepts scores of exactly 0 and exactly the maximum", () => {
    const result = sheetTotal(
      { scores: { progress: 30, investment: 0, technology: 20, site: 15, benefit: 0 } },
      scheme,
    );
    expect(result).toEqual({ total: 65, complete: true, missing: [], outOfRange: [] }); // 30 + 0 + 20 + 15 + 0
  });

  it("lists missing criteria and marks the sheet incomplete", () => {
    const result = sheetTotal({ scores: { progress: 25, investment: 16, benefit: 12 } }, scheme);
    expect(result).toEqual({
      total: 53, // 25 + 16 + 12
      complete: false,
      missing: ["technology", "site"],
      outOfRange: [],
    });
  });

  it("lists scores above a criterion's maximum as out of range", () => {
    const result = sheetTotal(
      { scores: { progress: 31, investment: 16, technology: 21, site: 12, benefit: 12 } },
      scheme,
    );
    expect(result.outOfRange).toEqual(["progress", "technology"]); // 31 > 30, 21 > 20
    expect(result.complete).toBe(true);
    expect(result.total).toBe(92); // 31 + 16 + 21 + 12 + 12
  });

  it("ignores keys that are not criteria of the scheme", () => {
    const result = sheetTotal(
      {
        scores: { progress: 20, investment: 10, technology: 10, site: 10, benefit: 10, bonus: 50 },
      },
      scheme,
    );
    expect(result.total).toBe(60); // 20 + 10 + 10 + 10 + 10; bonus ignored
  });
});
