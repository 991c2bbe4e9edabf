import { describe, expect, it } from "vitest";
import { statusExplanationSchema } from "./outcome-schemas";
import type { Milestone, Problem, ProjectRecord } from "./project";
import { computeStatus } from "./status-light";
import type { StatusRules } from "./status-rules";

const rules: StatusRules = {
  yellowBehindPoints: 10,
  redBehindPoints: 30,
  redMilestoneOverdueDays: 30,
  redProblemOverdueDays: 14,
  escalateProblemAfterDays: 7,
};

// 2024-07-01 is day 183 of the leap year 2024: 183 / 366 = exactly 50 % elapsed.
const HALF_YEAR = "2024-07-01";

function project(over: Partial<ProjectRecord> = {}): ProjectRecord {
  return {
    id: "p1",
    name: "奇瑞汽车青岛基地项目",
    nameEn: "Chery Automobile Qingdao Base",
    category: "manufacturing",
    street: "示意",
    streetEn: "Illustrative",
    location: { lat: 36.39, lng: 120.45 },
    geometry: { type: "Point", coordinates: [120.45, 36.39] },
    developer: "示意",
    developerEn: "Illustrative",
    responsibleUnit: "示意",
    responsibleUnitEn: "Illustrative",
    leaderInCharge: "示意",
    leaderInChargeEn: "Illustrative",
    totalInvestment: 200,
    yearPlanInvestment: 100,
    cumulativeInvestment: 80,
    ytdInvestment: 50, // on plan at half-year
    stage: "construction",
    progress: 40,
    startDate: "2023-01-01",
    plannedCompletionDate: "2025-12-31",
    milestones: [],
    reports: [],
    problems: [],
    provenance: { facts: ["name"], illustrative: ["ytdInvestment"], locationApproximate: true },
    ...over,
  };
}

const milestone = (
  id: string,
  plannedDate: string,
  actualDate: string | null = null,
): Milestone => ({
  id,
  name: id,
  nameEn: id,
  plannedDate,
  actualDate,
});
const problem = (id: string, dueDate: string, status: Problem["status"] = "open"): Problem => ({
  id,
  description: id,
  descriptionEn: id,
  type: "approval",
  ownerUnit: "示意",
  ownerUnitEn: "Illustrative",
  raisedDate: "2024-01-01",
  dueDate,
  status,
  resolvedDate: status === "closed" ? dueDate : null,
});

const status = (over: Partial<ProjectRecord>, asOf = HALF_YEAR) => {
  const result = computeStatus(project(over), asOf, rules);
  statusExplanationSchema.parse(result);
  return result;
};

describe("computeStatus — behind 序时进度", () => {
  it.each([
    [50, 0, "green", "on_track"], // 50 − 50
    [40.01, 9.99, "green", "on_track"], // 50 − 40.01
    [40, 10, "yellow", "behind_yellow"], // 50 − 40: exactly the yellow threshold
    [20, 30, "yellow", "behind_yellow"], // 50 − 20: exactly the red threshold, still yellow
    [19.99, 30.01, "red", "behind_red"], // 50 − 19.99
  ] as const)("ytd %s of 100 → behind %s → %s", (ytdInvestment, behind, light, rule) => {
    const result = status({ ytdInvestment });
    expect(result.timeElapsedPct).toBe(50);
    expect(result.behindPoints).toBe(Math.round(behind * 10) / 10); // shown to one decimal
    expect(result.light).toBe(light);
    expect(result.rule).toBe(rule);
  });

  it("rounds the figures it shows to one decimal", () => {
    const result = status({ ytdInvestment: 12.34 }, "2023-02-24");
    expect(result.timeElapsedPct).toBe(15.1); // 55 / 365 × 100 = 15.068…
    expect(result.ytdCompletionPct).toBe(12.3); // 12.34 / 100 × 100
    expect(result.behindPoints).toBe(2.7); // 15.068 − 12.34 = 2.728…
  });

  it("treats a year plan of 0 as 100 % complete", () => {
    const completed = status(
      { yearPlanInvestment: 0, ytdInvestment: 0, stage: "completed" },
      "2024-12-31",
    );
    expect(completed.ytdCompletionPct).toBe(100);
    expect(completed.behindPoints).toBe(0); // 100 − 100
    expect(completed.light).toBe("green");
    const preliminary = status({ yearPlanInvestment: 0, ytdInvestment: 0, stage: "preliminary" });
    expect(preliminary.ytdCompletionPct).toBe(100);
    expect(preliminary.behindPoints).toBe(-50); // 50 − 100
    expect(preliminary.rule).toBe("on_track");
  });
});

describe("computeStatus — overdue milestones and problems", () => {
  it("turns yellow at 30 days overdue and red at 31", () => {
    const at30 = status({ milestones: [milestone("m1", "2024-06-01")] }); // June 1 → July 1 = 30 days
    expect(at30.overdueMilestones).toEqual([{ id: "m1", days: 30 }]);
    expect([at30.light, at30.rule]).toEqual(["yellow", "milestone_overdue"]);
    const at31 = status({ milestones: [milestone("m1", "2024-05-31")] }); // May 31 → July 1 = 31 days
    expect(at31.overdueMilestones).toEqual([{ id: "m1", days: 31 }]);
    expect([at31.light, at31.rule]).toEqual(["red", "milestone_overdue_red"]);
  });

  it("ignores milestones that are reached or not yet due", () => {
    const result = status({
      milestones: [milestone("done", "2024-03-01", "2024-04-01"), milestone("today", HALF_YEAR)],
    });
    expect(result.overdueMilestones).toEqual([]);
    expect(result.rule).toBe("on_track");
  });

  it("turns yellow for an open problem past due, red beyond 14 days; closed ones do not count", () => {
    const at14 = status({ problems: [problem("q1", "2024-06-17")] }); // June 17 → July 1 = 14 days
    expect(at14.fired).toEqual([
      { rule: "problem_overdue", light: "yellow", subjectId: "q1", days: 14 },
    ]);
    const at15 = status({
      problems: [problem("q1", "2024-06-16"), problem("q2", "2024-01-01", "closed")],
    });
    expect(at15.overdueProblems).toEqual([{ id: "q1", days: 15 }]); // June 16 → July 1
    expect([at15.light, at15.rule]).toEqual(["red", "problem_overdue_red"]);
  });

  it("lists every fired rule most severe first, and among equals behind → milestone → problem", () => {
    const result = status({
      ytdInvestment: 35, // 50 − 35 = 15 behind: yellow
      milestones: [milestone("m1", "2024-06-21"), milestone("m2", "2024-05-01")], // 10 days, 61 days
      problems: [problem("q1", "2024-06-21")], // 10 days
    });
    expect(result.fired.map((f) => [f.rule, f.subjectId])).toEqual([
      ["milestone_overdue_red", "m2"],
      ["behind_yellow", undefined],
      ["milestone_overdue", "m1"],
      ["problem_overdue", "q1"],
    ]);
    expect([result.light, result.rule]).toEqual(["red", "milestone_overdue_red"]);
    const yellowOnly = status({ ytdInvestment: 35, problems: [problem("q1", "2024-06-21")] });
    expect(yellowOnly.rule).toBe("behind_yellow"); // behind outranks a problem of equal severity
  });

  it("reports the thresholds it used", () => {
    // Escalation (督办) is about problems, not the light: the light reports only its own thresholds.
    const { escalateProblemAfterDays: _, ...lightRules } = rules;
    expect(status({}).thresholds).toEqual(lightRules);
  });
});
