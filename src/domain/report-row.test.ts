import { describe, expect, it } from "vitest";
import type { ProjectRecord } from "./project";
import { readMoneyWan, readPercent } from "./report-form";
import { readReportRow } from "./report-row";
import type { StoredReport } from "./reporting-rounds";

const accepted: StoredReport = {
  period: "2023-02-3",
  completedInvestment: 0.2,
  cumulativeInvestment: 9,
  plannedCumulativeInvestment: 9.5,
  progress: 60,
  note: "",
  noteEn: "",
};
const project = {
  id: "p",
  totalInvestment: 10,
  cumulativeInvestment: 9,
  progress: 60,
  milestones: [],
  reports: [accepted],
} as unknown as ProjectRecord;
const open = { period: "2023-03-1", state: "open" as const };
const read = (cells: Parameters<typeof readReportRow>[0], lang: "zh" | "en" = "zh") =>
  readReportRow(cells, project, accepted, open, "2023-03-1", lang);

describe("readMoneyWan", () => {
  it("reads 万元 and 亿元 as people type them, full-width digits and thousands separators too", () => {
    expect(readMoneyWan("1200")).toBe(1200);
    expect(readMoneyWan("１２００万元")).toBe(1200);
    expect(readMoneyWan("1,200")).toBe(1200);
    expect(readMoneyWan("1,200.5万")).toBe(1200.5);
    expect(readMoneyWan("0.12亿元")).toBe(1200);
    expect(readMoneyWan("０．１２亿")).toBe(1200);
    expect(readMoneyWan("63,5")).toBe(63.5);
    expect(readMoneyWan(1200)).toBe(1200);
    expect(readMoneyWan(" ")).toBe("blank");
    expect(readMoneyWan("万元")).toBe("not_a_number");
    expect(readMoneyWan("一千二百")).toBe("not_a_number");
    expect(readMoneyWan("12美元")).toBe("not_a_number");
  });
});

describe("readPercent", () => {
  it("takes a trailing percent sign, half- or full-width", () => {
    expect(readPercent("85.5%")).toBe(85.5);
    expect(readPercent("８５％")).toBe(85);
    expect(readPercent("85 %")).toBe(85);
    expect(readPercent("八成")).toBe("not_a_number");
  });
});

describe("readReportRow", () => {
  it("an empty row is blank, neither sent nor refused", () => {
    expect(read({ investmentWan: "", progress: " ", note: "", reason: "" })).toEqual({
      blank: true,
      problems: [],
    });
  });

  it("a good row becomes the input the server takes, in 亿元", () => {
    const row = read({ investmentWan: "1200万元", progress: "63.5%", note: " 主体施工 " });
    expect(row.problems).toEqual([]);
    expect(row.input).toEqual({ investment: 0.12, progress: 63.5, note: "主体施工" });
  });

  it("names the cell at fault, in the reader's language, with the server's own checks", () => {
    const typo = read({ investmentWan: "12OO", progress: "" }, "en");
    expect(typo.problems).toEqual([
      {
        column: "investmentWan",
        code: "not_a_number",
        message: expect.stringContaining("Enter a number"),
      },
      { column: "progress", code: "required", message: "Required." },
    ]);
    const down = read({ investmentWan: "100", progress: "50" });
    expect(down.input).toBeUndefined();
    expect(down.problems).toEqual([
      {
        column: "progress",
        code: "progress_down",
        message: expect.stringContaining("低于上次采纳的 60.0%"),
      },
    ]);
    const over = read({ investmentWan: "1.2亿", progress: "70" });
    expect(over.problems[0]?.column).toBe("investmentWan");
    expect(over.problems[0]?.message).toContain("超过总投资");
    const said = readReportRow(
      { investmentWan: "1.2亿", progress: "70" },
      project,
      accepted,
      open,
      "2023-03-1",
      "zh",
      true,
    );
    expect(said.input).toMatchObject({ investment: 1.2, overTotal: true });
  });

  it("a reason lets progress go down, as on the server", () => {
    const row = read({ investmentWan: "0", progress: "50", reason: "复核后下调" });
    expect(row.problems).toEqual([]);
    expect(row.input).toMatchObject({ progress: 50, reason: "复核后下调" });
  });

  it("says so for the row when no round is open", () => {
    const row = readReportRow(
      { investmentWan: "1", progress: "61" },
      project,
      accepted,
      undefined,
      "2023-03-1",
      "en",
    );
    expect(row.problems).toEqual([
      {
        column: "row",
        code: "no_open_round",
        message: expect.stringContaining("No reporting round is open"),
      },
    ]);
  });
});
