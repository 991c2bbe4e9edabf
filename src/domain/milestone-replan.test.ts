import { describe, expect, it } from "vitest";
import { isReplanRefusal, replanMilestone, replanRefusalText } from "./milestone-replan";
import type { Milestone } from "./project";

const AT = "2023-03-02T08:00:00.000Z";
const milestone: Milestone = {
  id: "m1",
  name: "主体封顶",
  nameEn: "Topping out",
  plannedDate: "2023-03-31",
  actualDate: null,
};

describe("milestone replan", () => {
  it("moves the plan, keeps the first plan and lists every replan", () => {
    const once = replanMilestone(milestone, "2023-05-31", "设备到货推迟", "user:staff", AT);
    if (isReplanRefusal(once)) throw new Error(once.refused);
    const twice = replanMilestone(once, "2023-06-30", "再次推迟", "user:staff", AT);
    if (isReplanRefusal(twice)) throw new Error(twice.refused);
    expect(twice.plannedDate).toBe("2023-06-30");
    expect(twice.originalPlannedDate).toBe("2023-03-31");
    expect(twice.replans?.map((r) => [r.from, r.to, r.reason])).toEqual([
      ["2023-03-31", "2023-05-31", "设备到货推迟"],
      ["2023-05-31", "2023-06-30", "再次推迟"],
    ]);
  });

  it("refuses without a reason, to the same date, or once reached — in both languages", () => {
    const noReason = replanMilestone(milestone, "2023-05-31", " ", "a", AT);
    expect(noReason).toEqual({ refused: "replan_reason_required", params: {} });
    expect(replanMilestone(milestone, "2023-03-31", "x", "a", AT)).toMatchObject({
      refused: "replan_same_date",
    });
    const reached = replanMilestone(
      { ...milestone, actualDate: "2023-02-20" },
      "2023-05-31",
      "x",
      "a",
      AT,
    );
    if (!isReplanRefusal(reached)) throw new Error("expected a refusal");
    expect(replanRefusalText(reached, "zh")).toBe("该节点已于 2023-02-20 完成，不能再调整计划。");
    expect(replanRefusalText(reached, "en")).toContain("reached on 2023-02-20");
  });
});
