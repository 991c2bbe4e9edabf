import { describe, expect, it } from "vitest";
import { wanToYi, yiToWan } from "./formats";
import { type ReportFormValues, readDecimal, readReportForm } from "./report-form";

const values = (over: Partial<ReportFormValues> = {}): ReportFormValues => ({
  investmentWan: "1200",
  progress: "63.5",
  note: " 设备基础施工 ",
  milestones: [
    { id: "equipment", reached: false, doneOn: "" },
    { id: "completion", reached: false, doneOn: "" },
  ],
  reason: "",
  overTotal: false,
  ...over,
});

describe("万元 and 亿元", () => {
  it("convert both ways without float noise", () => {
    expect(wanToYi(1200)).toBe(0.12);
    expect(yiToWan(0.0012)).toBe(12);
    expect(yiToWan(wanToYi(1234.56))).toBe(1234.56);
  });
});

describe("readDecimal", () => {
  it("reads what phones and input methods type", () => {
    expect(readDecimal("１２００")).toBe(1200);
    expect(readDecimal("63,5")).toBe(63.5);
    expect(readDecimal("  ")).toBe("blank");
    expect(readDecimal("12万")).toBe("not_a_number");
  });
});

describe("readReportForm", () => {
  it("turns 万元 into 亿元 and keeps only ticked milestones", () => {
    const { input, problems } = readReportForm(
      values({
        milestones: [
          { id: "equipment", reached: true, doneOn: "2023-03-05" },
          { id: "completion", reached: false, doneOn: "" },
        ],
      }),
    );
    expect(problems).toEqual({});
    expect(input).toEqual({
      investment: 0.12,
      progress: 63.5,
      note: "设备基础施工",
      milestones: [{ id: "equipment", doneOn: "2023-03-05" }],
    });
  });

  it("says per field what cannot be read", () => {
    const { input, problems } = readReportForm(
      values({
        investmentWan: "",
        progress: "120",
        milestones: [{ id: "equipment", reached: true, doneOn: "" }],
      }),
    );
    expect(input).toBeUndefined();
    expect(problems).toEqual({
      investment: "required",
      progress: "progress_range",
      milestones: "date_required",
    });
    expect(readReportForm(values({ investmentWan: "-5" })).problems.investment).toBe("negative");
  });
});
