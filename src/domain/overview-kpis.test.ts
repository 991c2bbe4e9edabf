import { describe, expect, it } from "vitest";
import { computeOverviewKpis } from "./overview-kpis";

const project = (over: Partial<Parameters<typeof computeOverviewKpis>[0][number]>) => ({
  category: "manufacturing" as string,
  totalInvestment: 10,
  yearPlanInvestment: 4,
  ytdInvestment: 1,
  progress: 50,
  status: "green" as const,
  ...over,
});

describe("computeOverviewKpis", () => {
  it("sums investment, counts categories and lights, and averages progress and scores", () => {
    const kpis = computeOverviewKpis(
      [
        project({}),
        project({ totalInvestment: 30, yearPlanInvestment: 6, ytdInvestment: 0.5, status: "red" }),
        project({ category: "urban_renewal", progress: 20, status: "yellow" }),
      ],
      [{ score: 80 }, { score: 90.5 }, { score: null }],
    );
    expect(kpis.projectCount).toBe(3);
    expect(kpis.byCategory).toEqual([
      { category: "manufacturing", count: 2 },
      { category: "urban_renewal", count: 1 },
    ]);
    expect(kpis.totalInvestment).toBe(50); // 10 + 30 + 10
    expect(kpis.yearPlanInvestment).toBe(14); // 4 + 6 + 4
    expect(kpis.ytdCompletionPct).toBeCloseTo((2.5 / 14) * 100, 10); // (1 + 0.5 + 1) / 14
    expect(kpis.meanProgress).toBe(40); // (50 + 50 + 20) / 3
    expect(kpis.statusCounts).toEqual({ green: 1, yellow: 1, red: 1 });
    expect(kpis.meanScore).toBe(85.25); // (80 + 90.5) / 2, the unscored one left out
    expect(kpis.scoredCount).toBe(2);
  });

  it("counts every category that has projects, in the district's order, not only the seed's two", () => {
    const kpis = computeOverviewKpis(
      [
        project({ category: "infrastructure" }),
        project({}),
        project({ category: "livelihood" }),
        project({ category: "infrastructure" }),
      ],
      [],
      ["livelihood", "infrastructure", "manufacturing", "urban_renewal"],
    );
    expect(kpis.byCategory).toEqual([
      { category: "livelihood", count: 1 },
      { category: "infrastructure", count: 2 },
      { category: "manufacturing", count: 1 },
    ]);
  });

  it("gives nulls rather than zeros when there is nothing to average", () => {
    const kpis = computeOverviewKpis([], []);
    expect(kpis.ytdCompletionPct).toBeNull();
    expect(kpis.meanProgress).toBeNull();
    expect(kpis.meanScore).toBeNull();
  });
});
