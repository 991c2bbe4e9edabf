import { describe, expect, it } from "vitest";
import { streetProgress } from "./street-progress";

const row = (street: string, ytd: number, plan: number, status: "red" | "yellow" | "green") => ({
  street,
  streetEn: `${street} (en)`,
  ytdInvestment: ytd,
  yearPlanInvestment: plan,
  status,
});

describe("streetProgress", () => {
  it("sums each street's investment over its plans, the furthest behind first", () => {
    const streets = streetProgress([
      row("潮海街道", 1, 10, "red"),
      row("潮海街道", 9, 10, "green"),
      row("蓝村街道", 1, 4, "yellow"),
    ]);
    expect(streets).toEqual([
      {
        street: "蓝村街道",
        streetEn: "蓝村街道 (en)",
        projects: 1,
        donePct: 25,
        red: 0,
        yellow: 1,
      },
      {
        street: "潮海街道",
        streetEn: "潮海街道 (en)",
        projects: 2,
        donePct: 50,
        red: 1,
        yellow: 0,
      },
    ]);
  });

  it("reads a street without plans as nothing done rather than dividing by zero", () => {
    expect(streetProgress([row("田横镇", 2, 0, "green")])[0]?.donePct).toBe(0);
  });
});
