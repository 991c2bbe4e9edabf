import { describe, expect, it } from "vitest";
import type { StatusExplanation } from "./outcome-schemas";
import { describeStatus, planStanding, shortStatusReason } from "./status-reason";

const thresholds = {
  yellowBehindPoints: 10,
  redBehindPoints: 30,
  redMilestoneOverdueDays: 30,
  redProblemOverdueDays: 30,
};

/** An explanation as the server sends it: percentages at one decimal, the light set on exact figures. */
function explained(
  elapsed: number,
  done: number,
  rule: StatusExplanation["rule"],
  over: Partial<StatusExplanation> = {},
): StatusExplanation {
  const light = rule === "on_track" ? "green" : rule.endsWith("red") ? "red" : "yellow";
  return {
    light,
    rule,
    fired: rule === "on_track" ? [] : [{ rule, light }],
    asOf: "2023-02-28",
    timeElapsedPct: Math.round(elapsed * 10) / 10,
    ytdCompletionPct: Math.round(done * 10) / 10,
    behindPoints: Math.round((elapsed - done) * 10) / 10,
    overdueMilestones: rule.startsWith("milestone") ? [{ id: "m", days: 12 }] : [],
    overdueProblems: rule.startsWith("problem") ? [{ id: "q", days: 40 }] : [],
    thresholds,
    ...over,
  };
}

describe("describeStatus follows the numbers", () => {
  it("says ahead when the year's plan is ahead of the time elapsed", () => {
    const s = explained(16.2, 58.9, "on_track");
    expect(describeStatus(s, "zh")).toContain("超前 42.7 个百分点");
    expect(describeStatus(s, "en")).toContain("gone: 42.7 points ahead.");
    expect(describeStatus(s, "zh")).not.toContain("落后不足 10 个百分点，");
    expect(describeStatus(s, "en")).not.toMatch(/gone: [\d.]+ points behind/);
  });

  it("says on plan when the shown figures are equal", () => {
    const s = explained(16.2, 16.2, "on_track");
    expect(describeStatus(s, "zh")).toContain("与序时持平");
    expect(describeStatus(s, "en")).toContain("gone: on plan.");
  });

  it("says behind by the gap of the shown figures", () => {
    const s = explained(16.2, 12.1, "on_track");
    expect(describeStatus(s, "zh")).toContain("落后 4.1 个百分点");
    expect(describeStatus(s, "en")).toContain("gone: 4.1 points behind.");
  });

  it("names the rule that set the light, with its thresholds", () => {
    expect(describeStatus(explained(50, 30, "behind_yellow"), "zh")).toContain(
      "黄灯：落后 10–30 个百分点。",
    );
    expect(describeStatus(explained(50, 10, "behind_red"), "en")).toContain(
      "Red: over 30 points behind.",
    );
    const milestone = describeStatus(explained(16.2, 58.9, "milestone_overdue"), "zh");
    expect(milestone).toContain("超前 42.7 个百分点");
    expect(milestone).toContain("1 个节点逾期，最长 12 天");
    expect(describeStatus(explained(16.2, 10, "problem_overdue_red"), "en")).toContain(
      "Red: a problem 40 days past due, over 30.",
    );
  });
});

describe("describeStatus at the thresholds never contradicts the light", () => {
  it("a green light 9.96 behind is 'less than 10', not '10.0'", () => {
    // 26.16 − 16.20 = 9.96: green; the shown figures 26.2 and 16.2 differ by 10.0.
    const s = explained(26.16, 16.2, "on_track");
    expect(planStanding(s)).toEqual({ kind: "behind_under", bound: 10 });
    expect(describeStatus(s, "zh")).toContain("落后不足 10 个百分点");
    expect(describeStatus(s, "en")).toContain("gone: under 10 points behind.");
    expect(describeStatus(s, "zh")).not.toContain("10.0 个百分点");
  });

  it("a yellow light exactly 10 behind says 10.0", () => {
    const s = explained(50, 40, "behind_yellow");
    expect(planStanding(s)).toEqual({ kind: "behind", points: 10 });
    expect(describeStatus(s, "zh")).toContain("落后 10.0 个百分点");
  });

  it("a yellow light whose shown figures differ by 9.9 still says 10.0", () => {
    // Decided on 10.00 exactly; shown 16.2 and 6.3 (rounded from 16.249 and 6.249).
    const s = { ...explained(16.2, 6.3, "behind_yellow"), behindPoints: 10 };
    expect(planStanding(s)).toEqual({ kind: "behind", points: 10 });
  });

  it("a yellow light exactly 30 behind says 30.0; a red one just over says 'more than 30'", () => {
    expect(planStanding(explained(50, 20, "behind_yellow"))).toEqual({
      kind: "behind",
      points: 30,
    });
    const red = explained(50, 20.0, "behind_red"); // 30.004 behind, shown as 30.0
    expect(planStanding(red)).toEqual({ kind: "behind_over", bound: 30 });
    expect(describeStatus(red, "zh")).toContain("落后超过 30 个百分点");
    expect(describeStatus(red, "en")).toContain("gone: over 30 points behind.");
  });

  it("a tiny gap that shows as 0.0 is on plan, whichever side it is on", () => {
    expect(planStanding(explained(16.24, 16.2, "on_track"))).toEqual({ kind: "on_plan" });
    expect(planStanding(explained(16.2, 16.24, "on_track"))).toEqual({ kind: "on_plan" });
  });

  it("a plan-behind rule that fired under a more severe one still bounds the gap", () => {
    const s = explained(50, 19.9, "milestone_overdue_red", {
      fired: [
        { rule: "milestone_overdue_red", light: "red", subjectId: "m", days: 40 },
        { rule: "behind_red", light: "red" },
      ],
    });
    expect(planStanding(s)).toEqual({ kind: "behind", points: 30.1 });
  });
});

describe("describeStatus counts in English plurals", () => {
  it("says one milestone and one day, not '1 days'", () => {
    const one = explained(16.2, 16.2, "milestone_overdue", {
      overdueMilestones: [{ id: "m", days: 1 }],
    });
    expect(describeStatus(one, "en")).toContain("Yellow: 1 milestone overdue, up to 1 day (red");
    expect(describeStatus(one, "zh")).toContain("黄灯：1 个节点逾期，最长 1 天");
    const two = explained(16.2, 16.2, "milestone_overdue", {
      overdueMilestones: [
        { id: "m", days: 3 },
        { id: "n", days: 5 },
      ],
    });
    expect(describeStatus(two, "en")).toContain("Yellow: 2 milestones overdue, up to 5 days (red");
  });

  it("says 'a problem 1 day past due' on a red light", () => {
    const s = explained(16.2, 16.2, "problem_overdue_red", {
      overdueProblems: [{ id: "q", days: 1 }],
      thresholds: { ...thresholds, redProblemOverdueDays: 0 },
    });
    expect(describeStatus(s, "en")).toContain("Red: a problem 1 day past due, over 0.");
  });
});

describe("shortStatusReason", () => {
  it("says how far behind plan when the plan set the light", () => {
    const s = explained(40, 5, "behind_red");
    expect(shortStatusReason(s, "zh")).toBe("年度投资落后 35.0 个百分点");
    expect(shortStatusReason(s, "en")).toBe("Year's investment 35.0 points behind");
  });
  it("names the overdue days when a problem or milestone set it", () => {
    expect(shortStatusReason(explained(16, 16, "problem_overdue_red"), "zh")).toBe(
      "红灯：问题超期 40 天未解决，超过 30 天。",
    );
    expect(shortStatusReason(explained(16, 16, "milestone_overdue"), "en")).toContain("12 days");
  });
});
