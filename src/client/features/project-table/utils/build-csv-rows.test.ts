import { describe, expect, it } from "vitest";
import type { StatusExplanation } from "../../../../domain/outcome-schemas";
import { buildCsvRows } from "./build-csv-rows";
import type { ProjectRow } from "./project-row";
import { columnIds } from "./table-columns";

// Only the fields the CSV reads; the rest of a ProjectSummary does not matter here.
const row = (over: Partial<ProjectRow> & { ytd?: number }): ProjectRow =>
  ({
    id: "p",
    name: "奇瑞汽车青岛基地项目",
    nameEn: "Chery Automobile Qingdao Base",
    category: "manufacturing",
    street: "通济街道",
    streetEn: "Tongji Subdistrict",
    totalInvestment: 52.3,
    progress: 64.4,
    status: "yellow",
    statusExplanation: { ytdCompletionPct: over.ytd ?? 12.345 } as StatusExplanation,
    score: 87.456,
    rank: 3,
    rankOf: 16,
    ...over,
  }) as ProjectRow;

describe("buildCsvRows", () => {
  it("writes a header in Chinese with units, then plain numbers as shown", () => {
    const rows = buildCsvRows([row({})], [...columnIds], "zh");
    expect(rows).toEqual([
      [
        "名称",
        "类别",
        "街道/镇",
        "总投资（亿元）",
        "年度计划完成率（%）",
        "形象进度（%）",
        "状态",
        "综合得分",
        "类别内排名",
      ],
      ["奇瑞汽车青岛基地项目", "制造业", "通济街道", 52.3, 12.3, 64.4, "黄灯", 87.46, 3],
    ]);
  });

  it("keeps only the given columns, in the given row order, in English", () => {
    const rows = buildCsvRows(
      [row({ id: "b", nameEn: "B", score: null, rank: null }), row({ id: "a", nameEn: "A" })],
      ["name", "score"],
      "en",
    );
    expect(rows).toEqual([
      ["Name", "Score"],
      ["B", ""],
      ["A", 87.46],
    ]);
  });

  it("keeps small amounts that the screen shows in 万元", () => {
    const [, first] = buildCsvRows([row({ totalInvestment: 0.35123 })], ["totalInvestment"], "zh");
    expect(first).toEqual([0.3512]);
  });

  it("writes only the header when nothing is shown", () => {
    expect(buildCsvRows([], ["name", "status"], "zh")).toEqual([["名称", "状态"]]);
  });
});
