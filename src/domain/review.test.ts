import { describe, expect, it } from "vitest";
import projectsFile from "../../data/projects.json";
import statusRulesFile from "../../data/status-rules.json";
import { dispatchAgenda, latestAgendaPeriod } from "./dispatch-agenda";
import { isActiveAt } from "./light-history";
import { periodOfDate } from "./periods";
import { type ProjectRecord, projectsFileSchema } from "./project";
import { buildReview, reviewPeriods } from "./review";
import { computeStatus } from "./status-light";
import { statusRulesSchema } from "./status-rules";

const seed = projectsFileSchema.parse(projectsFile);
const rules = statusRulesSchema.parse(statusRulesFile);
const projects = seed.projects as ProjectRecord[];
const last = periodOfDate(seed.asOf);
const periods = reviewPeriods(projects, last);
const inspection = (id: string, state: string, scored: string[]) => ({
  id,
  name: id,
  nameEn: id,
  date: "2023-02-24",
  state,
  results: scored.map((projectId, i) => ({ projectId, score: 90 - i, rank: i + 1 })),
});

describe("buildReview", () => {
  const review = buildReview(projects, periods, rules);

  it("covers the seed's history, from its first report to the 旬 of 数据截至", () => {
    expect(periods[0]).toBe("2022-01-1");
    expect(periods.at(-1)).toBe("2023-02-3");
    expect(review.shares.map((s) => s.period)).toEqual(periods);
    expect(review.plan.map((s) => s.period)).toEqual(periods);
  });

  it("counts, each 旬, every project under way then once: red + yellow + green = active", () => {
    for (const [i, share] of review.shares.entries()) {
      const period = periods[i] as string;
      const active = projects.filter((p) => isActiveAt(p, period)).length;
      expect(share.active).toBe(active);
      expect(share.red + share.yellow + share.green).toBe(active);
      const lit = review.projects.filter((p) => p.lights[i] !== null).length;
      expect(lit).toBe(active);
    }
  });

  it("ends on today's lights", () => {
    for (const row of review.projects) {
      const project = projects.find((p) => p.id === row.id) as ProjectRecord;
      expect(row.light).toBe(computeStatus(project, seed.asOf, rules).light);
    }
    const today = { green: 0, yellow: 0, red: 0 };
    for (const p of projects) today[computeStatus(p, seed.asOf, rules).light] += 1;
    const { red, yellow, green } = review.shares.at(-1) ?? {};
    expect({ red, yellow, green }).toEqual(today);
  });

  it("agrees with the dispatch agenda of every 旬 on lights and plan", () => {
    for (const period of [periods[5] as string, "2022-12-3", last]) {
      const agenda = dispatchAgenda(period, projects, rules);
      const i = periods.indexOf(period);
      const { red, yellow, green } = review.shares[i] ?? {};
      expect({ red, yellow, green }).toEqual(agenda.lightCounts);
      expect(review.plan[i]?.completionPct).toBe(agenda.plan.completionPct);
      expect(review.plan[i]?.timeElapsedPct).toBe(agenda.plan.timeElapsedPct);
    }
  });

  it("says when a project last turned red, with the rule's sentence", () => {
    const row = review.projects.find((p) => p.id === "new-materials-park-upgrade");
    expect(row?.turnedRed?.period).toBe("2022-05-2");
    expect(row?.turnedRed?.reason.zh).toMatch(/红灯|落后|逾期/);
    expect(row?.redCount).toBeGreaterThan(0);
    const never = review.projects.find((p) => p.redCount === 0);
    if (never) expect(never.turnedRed).toBeNull();
  });

  it("treats a project not yet under way as having no light", () => {
    const late = { ...(projects[0] as ProjectRecord), id: "late", startDate: "2023-02-15" };
    const one = buildReview([late], ["2023-02-1", "2023-02-2", "2023-02-3"], rules);
    expect(one.projects[0]?.lights[0]).toBeNull();
    expect(one.shares[0]?.active).toBe(0);
    expect(one.shares[1]?.active).toBe(1);
  });

  it("sets each project's score and rank per inspection side by side, and counts the published", () => {
    const ids = projects.map((p) => p.id);
    const two = buildReview(projects.slice(0, 3), periods.slice(-2), rules, [
      inspection("a", "published", ids.slice(0, 3)),
      inspection("b", "open", ids.slice(1, 2)),
    ]);
    expect(two.inspections.map((e) => e.id)).toEqual(["a", "b"]);
    expect(two.publishedCount).toBe(1);
    expect(two.projects[0]?.scores).toEqual([{ score: 90, rank: 1 }, null]);
    expect(two.projects[1]?.scores).toEqual([
      { score: 89, rank: 2 },
      { score: 90, rank: 1 },
    ]);
  });
});

describe("latestAgendaPeriod", () => {
  it("is the 旬 数据截至 falls in", () => {
    expect(latestAgendaPeriod("2023-02-28")).toBe("2023-02-3");
    expect(latestAgendaPeriod("2023-03-10")).toBe("2023-03-1");
  });
});
