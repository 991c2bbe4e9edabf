import { describe, expect, it } from "vitest";
import {
  milestoneRemoval,
  milestonesByYear,
  newMilestone,
  nextMilestoneId,
  yearPlanChange,
} from "./project-plans";

const listed = { yearPlanInvestment: 3, yearPlans: [{ year: 2024, planInvestment: 2 }] };

describe("a year's plan", () => {
  it("a first plan for a year needs no reason; changing one does", () => {
    expect(yearPlanChange(listed, 2025, 1, undefined, 2023)).toBe("ok");
    expect(yearPlanChange(listed, 2024, 2.5, " ", 2023)).toMatchObject({
      refused: "year_plan_reason_required",
      field: "reason",
      params: { year: "2024", from: "2", to: "2.5" },
    });
    expect(yearPlanChange(listed, 2024, 2.5, "追加", 2023)).toBe("ok");
  });

  it("the current year's plan is the record's even without a list; the same again is no change", () => {
    expect(yearPlanChange({ yearPlanInvestment: 3 }, 2023, 4, undefined, 2023)).toMatchObject({
      refused: "year_plan_reason_required",
    });
    expect(yearPlanChange({ yearPlanInvestment: 3 }, 2023, 3, undefined, 2023)).toBe("unchanged");
  });
});

describe("milestones", () => {
  const reached = { id: "land", name: "土地摘牌", nameEn: "Land", plannedDate: "2022-03-01" };

  it("numbers new ones past the highest m<n>, never reusing", () => {
    expect(nextMilestoneId([{ id: "land" }])).toBe("m1");
    expect(nextMilestoneId([{ id: "m1" }, { id: "m7" }, { id: "land" }])).toBe("m8");
  });

  it("defaults the English name to the Chinese one", () => {
    expect(newMilestone({ name: "开工", plannedDate: "2024-01-01" }, "m1")).toEqual({
      id: "m1",
      name: "开工",
      nameEn: "开工",
      plannedDate: "2024-01-01",
      actualDate: null,
    });
  });

  it("removes only what was never reached", () => {
    expect(milestoneRemoval({ ...reached, actualDate: null })).toBe("ok");
    expect(milestoneRemoval({ ...reached, actualDate: "2022-03-08" })).toMatchObject({
      refused: "milestone_reached_remove",
      params: { name: "土地摘牌", date: "2022-03-08" },
    });
  });

  it("groups by the year of the planned date, in planned order", () => {
    const byYear = milestonesByYear([
      { plannedDate: "2024-05-01" },
      { plannedDate: "2023-09-01" },
      { plannedDate: "2024-01-01" },
    ]);
    expect([...byYear.keys()]).toEqual([2023, 2024]);
    expect(byYear.get(2024)?.map((m) => m.plannedDate)).toEqual(["2024-01-01", "2024-05-01"]);
  });
});
