import { describe, expect, it } from "vitest";
import projectsFile from "../../data/projects.json";
import statusRulesFile from "../../data/status-rules.json";
import { dispatchAgenda, reportStandings } from "./dispatch-agenda";
import { lightHistory } from "./light-history";
import { timeElapsedShareOfYear } from "./periods";
import type { Problem, ProjectRecord } from "./project";
import { projectsFileSchema } from "./project";
import { computeStatus } from "./status-light";
import { statusRulesSchema } from "./status-rules";

const seed = {
  projects: projectsFileSchema.parse(projectsFile),
  statusRules: statusRulesSchema.parse(statusRulesFile),
};
const projects = seed.projects.projects;
const rules = seed.statusRules;
const agenda = dispatchAgenda("2023-02-3", projects, rules, { previousPeriod: "2023-02-2" });

describe("dispatch agenda for the seed's last 旬", () => {
  it("lists every red and yellow project of today, red first, and no green one", () => {
    const today = projects.map((p) => ({
      id: p.id,
      light: computeStatus(p, "2023-02-28", rules).light,
    }));
    const flagged = today.filter((p) => p.light !== "green");
    expect(agenda.projects.map((p) => p.id).sort()).toEqual(flagged.map((p) => p.id).sort());
    const lights = agenda.projects.map((p) => p.light);
    expect(lights).toEqual([...lights].sort((a, b) => (a === b ? 0 : a === "red" ? -1 : 1)));
    expect(agenda.lightCounts.red + agenda.lightCounts.yellow + agenda.lightCounts.green).toBe(18);
    expect(agenda.lightCounts.red).toBe(today.filter((p) => p.light === "red").length);
  });

  it("gives each a reason sentence that states its own numbers and light", () => {
    for (const p of agenda.projects) {
      const e = p.explanation;
      for (const lang of ["zh", "en"] as const) {
        const sentence = p.reason[lang];
        expect(sentence).toContain(`${e.ytdCompletionPct.toFixed(1)}%`);
        expect(sentence).toContain(`${e.timeElapsedPct.toFixed(1)}%`);
        const word = { zh: { red: "红灯", yellow: "黄灯" }, en: { red: "Red", yellow: "Yellow" } };
        expect(sentence).toContain(word[lang][p.light as "red" | "yellow"]);
      }
      if (p.rule.startsWith("behind")) {
        expect(e.behindPoints).toBeGreaterThanOrEqual(e.thresholds.yellowBehindPoints);
        expect(p.reason.zh).toMatch(/落后/);
      }
      if (p.rule.startsWith("milestone")) {
        const days = Math.max(...e.overdueMilestones.map((m) => m.days));
        expect(p.reason.zh).toContain(`${days} 天`);
        expect(p.reason.en).toContain(`${days} day`);
      }
      if (p.rule.startsWith("problem")) {
        const days = Math.max(...e.overdueProblems.map((m) => m.days));
        expect(p.reason.zh).toContain(`${days} 天`);
      }
    }
  });

  it("names the lights that changed since the 旬 before, as the history has them", () => {
    for (const p of projects) {
      const [before, now] = lightHistory(p, ["2023-02-2", "2023-02-3"], rules);
      const changed = agenda.changes.find((c) => c.id === p.id);
      if (before?.light === now?.light) expect(changed).toBeUndefined();
      else expect(changed).toMatchObject({ previousLight: before?.light, light: now?.light });
    }
  });

  it("has every project reported in the seed, none late", () => {
    expect(agenda.unreported).toEqual([]);
    expect(agenda.late).toEqual([]);
    expect(agenda.reporting).toHaveLength(18);
  });

  it("lists the problems open past their due date at the 旬's end, by unit", () => {
    const expected = projects.flatMap((p) =>
      p.problems.filter((x) => x.status === "open" && x.dueDate < "2023-02-28").map((x) => x.id),
    );
    expect(agenda.overdueProblems.map((p) => p.id).sort()).toEqual(expected.sort());
    const inUnits = agenda.problemsByUnit.flatMap((u) => u.overdue.map((p) => p.id));
    expect(inUnits.sort()).toEqual(expected.sort());
    for (const u of agenda.problemsByUnit)
      for (const p of [...u.new, ...u.overdue, ...u.closed]) expect(p.ownerUnit).toBe(u.unit);
  });

  it("compares the district's plan completion with 序时进度", () => {
    const plan = projects.reduce((s, p) => s + p.yearPlanInvestment, 0);
    const ytd = projects.reduce((s, p) => s + p.ytdInvestment, 0);
    expect(agenda.plan.completionPct).toBeCloseTo((ytd / plan) * 100, 1);
    expect(agenda.plan.timeElapsedPct).toBeCloseTo(timeElapsedShareOfYear("2023-02-28"), 1);
    expect(agenda.plan.behindPoints).toBeCloseTo(
      agenda.plan.timeElapsedPct - (agenda.plan.completionPct ?? 0),
      5,
    );
  });
});

describe("dispatch agenda: reports and problems in the 旬", () => {
  const base = projects[0] as ProjectRecord;
  const problem = (over: Partial<Problem>): Problem => ({
    id: "x",
    description: "d",
    descriptionEn: "d",
    type: "land",
    ownerUnit: "甲局",
    ownerUnitEn: "Bureau A",
    raisedDate: "2023-02-22",
    dueDate: "2023-03-31",
    status: "open",
    resolvedDate: null,
    ...over,
  });
  const withReport = (id: string, extra: object | null) =>
    ({
      ...base,
      id,
      reports: [
        ...base.reports.filter((r) => r.period !== "2023-02-3"),
        ...(extra ? [{ ...(base.reports.at(-1) as object), ...extra }] : []),
      ],
      problems: [] as Problem[],
    }) as ProjectRecord;

  it("marks 未报 (no report, or a returned one) and 迟报 (a late flag)", () => {
    const list = [
      withReport("on-time", {}),
      withReport("none", null),
      withReport("late-one", { late: true }),
      withReport("returned", { state: "returned" }),
      withReport("waiting", { state: "submitted" }),
    ];
    const a = dispatchAgenda("2023-02-3", list, rules);
    expect(a.unreported).toEqual(["none", "returned"]);
    expect(a.late).toEqual(["late-one"]);
    expect(reportStandings(list, "2023-02-3").waiting).toEqual({ state: "submitted", late: false });
    // A waiting report does not move the light: only accepted ones count.
    expect(a.reporting.find((r) => r.projectId === "waiting")?.state).toBe("submitted");
  });

  it("sorts problems into new, overdue and closed in the 旬, by the unit that owns them", () => {
    const p = {
      ...withReport("p", {}),
      problems: [
        problem({ id: "new" }),
        problem({ id: "late", raisedDate: "2022-12-01", dueDate: "2023-02-01" }),
        problem({
          id: "closed",
          raisedDate: "2022-12-01",
          status: "closed",
          resolvedDate: "2023-02-25",
          ownerUnit: "乙局",
          ownerUnitEn: "Bureau B",
        }),
        problem({ id: "later", raisedDate: "2023-03-02" }),
        problem({
          id: "old-closed",
          raisedDate: "2022-01-01",
          status: "closed",
          resolvedDate: "2022-02-01",
        }),
      ],
    } as ProjectRecord;
    const a = dispatchAgenda("2023-02-3", [p], rules);
    expect(a.newProblems.map((x) => x.id)).toEqual(["new"]);
    expect(a.overdueProblems.map((x) => [x.id, x.daysOverdue])).toEqual([["late", 27]]);
    expect(a.closedProblems.map((x) => x.id)).toEqual(["closed"]);
    expect(
      a.problemsByUnit.map((u) => [u.unit, u.new.length, u.overdue.length, u.closed.length]),
    ).toEqual([
      ["甲局", 1, 1, 0],
      ["乙局", 0, 0, 1],
    ]);
    // A problem closed after the 旬 was still open, and overdue, at its end.
    const earlier = dispatchAgenda("2023-02-2", [p], rules);
    expect(earlier.overdueProblems.map((x) => x.id)).toEqual(["late"]);
    expect(earlier.closedProblems).toEqual([]);
  });
});
