import { describe, expect, it } from "vitest";
import type { ProjectRecord } from "./project";
import {
  applyAcceptedReport,
  buildReport,
  checkReport,
  previousAcceptedReport,
  type ReportInput,
  reportInputSchema,
  reportIssueMessage,
} from "./report-input";
import type { StoredReport } from "./reporting-rounds";

const report = (period: string, over: Partial<StoredReport> = {}): StoredReport => ({
  period,
  completedInvestment: 0.2,
  cumulativeInvestment: 9,
  plannedCumulativeInvestment: 9.5,
  progress: 60,
  note: "",
  noteEn: "",
  ...over,
});

const project = (over: Partial<ProjectRecord> = {}): ProjectRecord =>
  ({
    id: "p",
    totalInvestment: 10,
    yearPlanInvestment: 4,
    cumulativeInvestment: 9,
    ytdInvestment: 1.5,
    progress: 60,
    milestones: [
      {
        id: "topping",
        name: "主体封顶",
        nameEn: "Topped out",
        plannedDate: "2023-03-05",
        actualDate: null,
      },
    ],
    reports: [report("2023-02-2", { cumulativeInvestment: 8.8 }), report("2023-02-3")],
    problems: [],
    ...over,
  }) as ProjectRecord;

const openRound = { period: "2023-03-1", state: "open" as const };
const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  investment: 0.3,
  progress: 62,
  note: "主体施工",
  ...over,
});
const codes = (
  over: Partial<ReportInput>,
  round: { period: string; state: "open" | "closed" } | "none" = openRound,
) => {
  const p = project();
  return checkReport(
    input(over),
    p,
    previousAcceptedReport(p.reports, "2023-03-1"),
    round === "none" ? undefined : round,
    "2023-03-1",
  ).map((i) => i.code);
};

describe("reportInputSchema", () => {
  it("takes 亿元, progress 0–100 and optional milestones and reason", () => {
    expect(reportInputSchema.safeParse(input()).success).toBe(true);
    expect(reportInputSchema.safeParse(input({ progress: 101 })).success).toBe(false);
    expect(reportInputSchema.safeParse(input({ investment: -1 })).success).toBe(false);
    expect(
      reportInputSchema.safeParse(input({ milestones: [{ id: "x", doneOn: "2023-02-30" }] }))
        .success,
    ).toBe(false);
  });
});

describe("checkReport", () => {
  it("passes a plain report in an open round", () => {
    expect(codes({})).toEqual([]);
  });

  it("refuses when no round is open for the period", () => {
    expect(codes({}, "none")).toEqual(["no_open_round"]);
    expect(codes({}, { ...openRound, state: "closed" })).toEqual(["no_open_round"]);
  });

  it("refuses cumulative investment above the total unless overTotal is said, and names the flag", () => {
    expect(codes({ investment: 1.5 })).toEqual(["over_total"]);
    expect(codes({ investment: 1.5, reason: "because" })).toEqual(["over_total"]);
    expect(codes({ investment: 1.5, overTotal: true })).toEqual([]);
    expect(codes({ investment: 1 })).toEqual([]); // exactly the total is fine
    const p = project();
    const [issue] = checkReport(
      input({ investment: 1.5 }),
      p,
      p.reports[1],
      openRound,
      "2023-03-1",
    );
    if (!issue) throw new Error("expected an issue");
    expect(reportIssueMessage(issue, "zh")).toContain("overTotal: true");
    expect(reportIssueMessage(issue, "zh")).toContain("10.5亿元");
    expect(reportIssueMessage(issue, "en")).toContain("Above total investment");
  });

  it("needs a reason when 形象进度 goes below the last accepted", () => {
    expect(codes({ progress: 59.9 })).toEqual(["progress_down"]);
    expect(codes({ progress: 59.9, reason: "  " })).toEqual(["progress_down"]);
    expect(codes({ progress: 59.9, reason: "复核后下调" })).toEqual([]);
    expect(codes({ progress: 60 })).toEqual([]);
  });

  it("needs a reason for a milestone date outside the 旬, and refuses unknown or repeated milestones", () => {
    expect(codes({ milestones: [{ id: "topping", doneOn: "2023-03-10" }] })).toEqual([]);
    expect(codes({ milestones: [{ id: "topping", doneOn: "2023-02-28" }] })).toEqual([
      "milestone_outside_period",
    ]);
    expect(
      codes({
        milestones: [{ id: "topping", doneOn: "2023-02-28" }],
        reason: "补报上旬完成的节点",
      }),
    ).toEqual([]);
    expect(codes({ milestones: [{ id: "nope", doneOn: "2023-03-02" }], reason: "x" })).toEqual([
      "unknown_milestone",
    ]);
    expect(
      codes({
        milestones: [
          { id: "topping", doneOn: "2023-03-02" },
          { id: "topping", doneOn: "2023-03-03" },
        ],
      }),
    ).toEqual(["duplicate_milestone"]);
  });

  it("says each issue in both languages", () => {
    const p = project();
    const issues = checkReport(
      input({ progress: 50, milestones: [{ id: "topping", doneOn: "2023-04-01" }] }),
      p,
      p.reports[1],
      openRound,
      "2023-03-1",
      "en",
    );
    for (const issue of issues) {
      expect(reportIssueMessage(issue, "zh")).toMatch(/[\u4e00-\u9fff]/);
      expect(reportIssueMessage(issue, "en")).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(issues.map((i) => i.field)).toEqual(["progress", "milestones"]);
  });
});

describe("buildReport and applyAcceptedReport", () => {
  it("adds the 旬's investment to the cumulative and carries the plan", () => {
    const p = project();
    const built = buildReport(
      input(),
      p,
      previousAcceptedReport(p.reports, "2023-03-1"),
      "2023-03-1",
    );
    expect(built).toMatchObject({
      period: "2023-03-1",
      completedInvestment: 0.3,
      cumulativeInvestment: 9.3,
      plannedCumulativeInvestment: 9.5,
      progress: 62,
      note: "主体施工",
    });
  });

  it("moves cumulative, year-to-date, progress and milestone dates", () => {
    const p = project();
    const built = buildReport(
      input({ milestones: [{ id: "topping", doneOn: "2023-03-04" }] }),
      p,
      p.reports[1],
      "2023-03-1",
    );
    const after = applyAcceptedReport(p, built);
    expect(after.cumulativeInvestment).toBe(9.3);
    expect(after.ytdInvestment).toBe(1.8);
    expect(after.progress).toBe(62);
    expect(after.milestones[0]?.actualDate).toBe("2023-03-04");
    expect(after.reports.map((r) => r.period)).toEqual(["2023-02-2", "2023-02-3", "2023-03-1"]);
  });

  it("starts year-to-date again in a new year", () => {
    const p = project({ reports: [report("2022-12-3")], ytdInvestment: 4.2 });
    const after = applyAcceptedReport(p, buildReport(input(), p, p.reports[0], "2023-01-1"));
    expect(after.ytdInvestment).toBe(0.3);
  });

  it("keeps the latest 旬's figures when an earlier 旬 is accepted after it", () => {
    const p = project({ reports: [report("2023-02-3"), report("2023-03-2", { progress: 65 })] });
    const after = applyAcceptedReport(
      { ...p, progress: 65 },
      buildReport(
        input({ milestones: [{ id: "topping", doneOn: "2023-03-04" }] }),
        p,
        p.reports[0],
        "2023-03-1",
      ),
    );
    expect(after.progress).toBe(65);
    expect(after.ytdInvestment).toBe(1.5);
    expect(after.milestones[0]?.actualDate).toBe("2023-03-04");
    expect(after.reports.map((r) => r.period)).toEqual(["2023-02-3", "2023-03-1", "2023-03-2"]);
  });

  it("replaces, not adds, when the same 旬 is accepted again", () => {
    const p = project();
    const first = applyAcceptedReport(p, buildReport(input(), p, p.reports[1], "2023-03-1"));
    const again = applyAcceptedReport(
      first,
      buildReport(input({ investment: 0.5 }), first, first.reports[1], "2023-03-1"),
    );
    expect(again.ytdInvestment).toBe(2);
    expect(again.cumulativeInvestment).toBe(9.5);
    expect(again.reports).toHaveLength(3);
  });
});
