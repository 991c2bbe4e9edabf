import { describe, expect, it } from "vitest";
import type { Round, RoundReport } from "../../api/reports";
import { checkGridRow, storedCells } from "./report-grid-rows";

const round = { period: "2023-03-1", state: "open", deadline: "2023-03-13" } as Round;
const row = (over: Partial<RoundReport> = {}) =>
  ({
    projectId: "p",
    name: "项目",
    nameEn: "Project",
    responsibleUnit: "区商务局",
    responsibleUnitEn: "District Commerce Bureau",
    state: "missing",
    reported: false,
    late: false,
    totalInvestment: 10,
    lastAccepted: { period: "2023-02-3", progress: 60, cumulativeInvestment: 9 },
    ...over,
  }) as RoundReport;

describe("checkGridRow", () => {
  it("an untouched row is not a change and says nothing", () => {
    expect(checkGridRow(row(), storedCells(row()), round, "zh")).toEqual({
      changed: false,
      errors: {},
      asksOverTotal: false,
    });
  });

  it("checks against what the round lists as last accepted, naming the cell", () => {
    const check = checkGridRow(
      row(),
      { investmentWan: "2亿", progress: "55", note: "", reason: "" },
      round,
      "en",
    );
    expect(check.input).toBeUndefined();
    expect(check.errors.investmentWan).toContain("above the total investment");
    expect(check.errors.progress).toContain("lower than the last accepted 60.0%");
    expect(check.asksOverTotal).toBe(true);
    const ticked = checkGridRow(
      row(),
      { investmentWan: "2亿", progress: "65", note: "", reason: "", overTotal: "1" },
      round,
      "en",
    );
    expect(ticked.input).toMatchObject({ investment: 2, overTotal: true });
  });

  it("a row emptied by hand is refused rather than sent as nothing", () => {
    const stored = row({
      state: "accepted",
      report: {
        period: "2023-03-1",
        completedInvestment: 0.01,
        cumulativeInvestment: 9.01,
        plannedCumulativeInvestment: 9,
        progress: 61,
        note: "x",
        noteEn: "x",
      },
    });
    const check = checkGridRow(
      stored,
      { investmentWan: "", progress: "", note: "", reason: "" },
      round,
      "zh",
    );
    expect(check).toMatchObject({ changed: true, errors: { investmentWan: "请填写。" } });
  });

  it("a correction keeps the milestones the grid does not show", () => {
    const stored = row({
      state: "accepted",
      report: {
        period: "2023-03-1",
        completedInvestment: 0.01,
        cumulativeInvestment: 9.01,
        plannedCumulativeInvestment: 9,
        progress: 61,
        note: "x",
        noteEn: "x",
        milestones: [{ id: "m", doneOn: "2023-03-05" }],
      },
    });
    expect(storedCells(stored)).toEqual({
      investmentWan: "100",
      progress: "61",
      note: "x",
      reason: "",
      overTotal: "",
    });
    const check = checkGridRow(stored, { ...storedCells(stored), progress: "62" }, round, "zh");
    expect(check.input).toEqual({
      investment: 0.01,
      progress: 62,
      note: "x",
      milestones: [{ id: "m", doneOn: "2023-03-05" }],
    });
  });
});
