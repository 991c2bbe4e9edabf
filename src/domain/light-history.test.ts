import { describe, expect, it } from "vitest";
import projectsFile from "../../data/projects.json";
import statusRulesFile from "../../data/status-rules.json";
import {
  lightChanges,
  lightHistory,
  projectStateAt,
  projectStatesAt,
  reportedPeriods,
  yearPlanFor,
} from "./light-history";
import type { ProgressReport, ProjectRecord } from "./project";
import { projectsFileSchema } from "./project";
import { computeStatus } from "./status-light";
import type { StatusRules } from "./status-rules";
import { statusRulesSchema } from "./status-rules";

const seed = {
  projects: projectsFileSchema.parse(projectsFile),
  statusRules: statusRulesSchema.parse(statusRulesFile),
};
const { asOf } = seed.projects;

const rules: StatusRules = {
  yellowBehindPoints: 10,
  redBehindPoints: 30,
  redMilestoneOverdueDays: 30,
  redProblemOverdueDays: 30,
  escalateProblemAfterDays: 15,
};

const report = (period: string, completed: number, cumulative: number, planned: number) =>
  ({
    period,
    completedInvestment: completed,
    cumulativeInvestment: cumulative,
    plannedCumulativeInvestment: planned,
    progress: cumulative,
    note: "",
    noteEn: "",
  }) satisfies ProgressReport;

function project(over: Partial<ProjectRecord> = {}): ProjectRecord {
  const base = seed.projects.projects[0] as ProjectRecord;
  return {
    ...base,
    yearPlanInvestment: 36,
    cumulativeInvestment: 13,
    ytdInvestment: 3,
    progress: 13,
    reports: [
      report("2022-12-2", 9.5, 9.5, 9.5),
      report("2022-12-3", 0.5, 10, 10),
      report("2023-01-1", 1, 11, 11),
      report("2023-01-2", 1, 12, 12),
      report("2023-01-3", 1, 13, 13),
    ],
    milestones: [],
    problems: [],
    ...over,
  };
}

describe("projectStatesAt", () => {
  it("gives each 旬 what projectStateAt gives it alone, for every seed project and reports in any order", () => {
    for (const seeded of seed.projects.projects) {
      const shuffled = {
        ...seeded,
        reports: [...seeded.reports].reverse(),
      } as ProjectRecord;
      const periods = reportedPeriods(seeded, seeded.reports.at(-1)?.period ?? "2023-02-3");
      const together = projectStatesAt(shuffled, periods);
      expect(together).toHaveLength(periods.length);
      periods.forEach((period, i) => {
        expect(together[i], `${seeded.id} ${period}`).toEqual(projectStateAt(seeded, period));
      });
    }
  });
});

describe("projectStateAt", () => {
  it("takes cumulative and progress from the latest accepted report and the year's sum as ytd", () => {
    const p = projectStateAt(project(), "2023-01-2");
    expect(p.cumulativeInvestment).toBe(12);
    expect(p.progress).toBe(12);
    expect(p.ytdInvestment).toBe(2);
    expect(p.reports.map((r) => r.period)).toEqual([
      "2022-12-2",
      "2022-12-3",
      "2023-01-1",
      "2023-01-2",
    ]);
  });

  it("counts only the reports of the 旬's own year as year to date", () => {
    expect(projectStateAt(project(), "2022-12-3").ytdInvestment).toBe(10);
    expect(projectStateAt(project(), "2023-01-1").ytdInvestment).toBe(1);
  });

  it("leaves out reports that are submitted or returned, not accepted", () => {
    const p = project({
      reports: [
        ...project().reports,
        { ...report("2023-02-1", 9, 22, 14), state: "submitted" } as ProgressReport,
      ],
    });
    expect(projectStateAt(p, "2023-02-1").cumulativeInvestment).toBe(13);
    expect(projectStateAt(p, "2023-02-1").ytdInvestment).toBe(3);
  });

  it("before any report, starts from what was invested before reporting began", () => {
    const p = projectStateAt(project(), "2022-11-3");
    expect(p.cumulativeInvestment).toBe(0);
    expect(p.ytdInvestment).toBe(0);
  });

  it("reads an earlier year's plan off the planned cumulative investment", () => {
    expect(yearPlanFor(project(), 2023)).toBe(36);
    expect(yearPlanFor(project(), 2022)).toBe(10);
  });

  it("reads each year's recorded plan, so the plan does not jump to the new year's at a year's end", () => {
    // The record has moved on to 2024's list; its reports still end in 2023.
    const p = project({
      yearPlanInvestment: 50,
      yearPlans: [
        { year: 2022, planInvestment: 12 },
        { year: 2023, planInvestment: 36 },
        { year: 2024, planInvestment: 50 },
      ],
    });
    expect(projectStateAt(p, "2022-12-3").yearPlanInvestment).toBe(12);
    expect(projectStateAt(p, "2023-01-3").yearPlanInvestment).toBe(36);
    expect(projectStateAt(p, "2024-01-1").yearPlanInvestment).toBe(50);
  });

  it("counts a milestone as reached only when its date is on or before the 旬's last day", () => {
    const p = project({
      milestones: [
        { id: "m1", name: "m", nameEn: "m", plannedDate: "2023-01-05", actualDate: "2023-01-20" },
      ],
    });
    expect(projectStateAt(p, "2023-01-1").milestones[0]?.actualDate).toBeNull();
    expect(projectStateAt(p, "2023-01-2").milestones[0]?.actualDate).toBe("2023-01-20");
  });

  it("keeps a problem open until the day it was closed, and leaves out ones not yet raised", () => {
    const problem = {
      id: "x1",
      description: "d",
      descriptionEn: "d",
      type: "land" as const,
      ownerUnit: "u",
      ownerUnitEn: "u",
      raisedDate: "2023-01-05",
      dueDate: "2023-01-08",
      status: "closed" as const,
      resolvedDate: "2023-01-25",
    };
    const p = project({ problems: [problem] });
    expect(projectStateAt(p, "2022-12-3").problems).toEqual([]);
    expect(projectStateAt(p, "2023-01-2").problems[0]).toMatchObject({
      status: "open",
      resolvedDate: null,
    });
    expect(projectStateAt(p, "2023-01-3").problems[0]?.status).toBe("closed");
  });
});

describe("lightHistory and lightChanges", () => {
  it("turns red when an open problem passes its due date by more than the threshold, and says why", () => {
    const p = project({
      // On plan all along: only the problem decides.
      yearPlanInvestment: 1,
      problems: [
        {
          id: "x1",
          description: "d",
          descriptionEn: "d",
          type: "land",
          ownerUnit: "u",
          ownerUnitEn: "u",
          raisedDate: "2022-12-01",
          dueDate: "2022-12-05",
          status: "open",
          resolvedDate: null,
        },
      ],
    });
    const history = lightHistory(p, ["2022-12-2", "2022-12-3", "2023-01-1", "2023-01-2"], rules);
    expect(history.map((h) => h.light)).toEqual(["yellow", "yellow", "red", "red"]);
    const changes = lightChanges(history);
    expect(changes.map((c) => [c.period, c.from, c.light, c.rule])).toEqual([
      ["2022-12-2", null, "yellow", "problem_overdue"],
      ["2023-01-1", "yellow", "red", "problem_overdue_red"],
    ]);
    expect(changes[1]?.explanation.overdueProblems).toEqual([{ id: "x1", days: 36 }]);
  });

  it("lists the 旬 from the first accepted report", () => {
    expect(reportedPeriods(project(), "2023-01-1")).toEqual([
      "2022-12-2",
      "2022-12-3",
      "2023-01-1",
    ]);
    expect(reportedPeriods(project({ reports: [] }), "2023-01-1")).toEqual([]);
  });
});

describe("seed: the history's last 旬 is today's light", () => {
  for (const p of seed.projects.projects) {
    it(p.id, () => {
      const periods = reportedPeriods(p, "2023-02-3");
      const history = lightHistory(p, periods, seed.statusRules);
      const today = computeStatus(p, asOf, seed.statusRules);
      const last = history.at(-1);
      expect(last?.period).toBe("2023-02-3");
      expect(last?.light).toBe(today.light);
      expect(last?.explanation).toEqual(today);
      // And the rebuilt project agrees with the record itself.
      const state = projectStateAt(p, "2023-02-3");
      expect(state.cumulativeInvestment).toBe(p.cumulativeInvestment);
      expect(state.ytdInvestment).toBeCloseTo(p.ytdInvestment, 9);
      expect(state.progress).toBe(p.progress);
    });
  }
});
