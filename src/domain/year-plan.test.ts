import { describe, expect, it } from "vitest";
import { planForYear, recordedYearPlan, withYearPlan, yearOfDate, yearPlansOf } from "./year-plan";

const seedRecord = { yearPlanInvestment: 3 };
const listed = {
  yearPlanInvestment: 3,
  yearPlans: [
    { year: 2022, planInvestment: 2 },
    { year: 2023, planInvestment: 3 },
  ],
};

describe("year plans", () => {
  it("reads the year a date falls in", () => {
    expect(yearOfDate("2023-02-24")).toBe(2023);
  });

  it("gives a recorded year's plan, and the record's plan for the current year only", () => {
    expect(recordedYearPlan(listed, 2022)).toBe(2);
    expect(planForYear(listed, 2022, 2023)).toBe(2);
    expect(planForYear(seedRecord, 2023, 2023)).toBe(3);
    expect(planForYear(seedRecord, 2022, 2023)).toBeUndefined();
  });

  it("keeps yearPlanInvestment in step when the current year's plan is set", () => {
    expect(withYearPlan(listed, 2023, 4.5, 2023)).toEqual({
      yearPlanInvestment: 4.5,
      yearPlans: [
        { year: 2022, planInvestment: 2 },
        { year: 2023, planInvestment: 4.5 },
      ],
    });
  });

  it("leaves the current plan alone for another year, and keeps it in the list", () => {
    expect(withYearPlan(seedRecord, 2024, 6, 2023)).toEqual({
      yearPlanInvestment: 3,
      yearPlans: [
        { year: 2023, planInvestment: 3 },
        { year: 2024, planInvestment: 6 },
      ],
    });
  });

  it("lists every year's plan oldest first, the current year's included", () => {
    expect(yearPlansOf(seedRecord, 2023)).toEqual([{ year: 2023, planInvestment: 3 }]);
    expect(yearPlansOf({ ...listed, yearPlans: [...listed.yearPlans].reverse() }, 2023)).toEqual(
      listed.yearPlans,
    );
  });
});
