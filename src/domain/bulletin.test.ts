/**
 * The bulletin against the shipped seed: every figure it states is the one the results carry, and
 * every sentence agrees with the ranking it describes (first is first, last is last).
 */
import { describe, expect, it } from "vitest";
import evaluatorsFile from "../../data/evaluators.json";
import eventsFile from "../../data/events.json";
import projectsFile from "../../data/projects.json";
import sheetsFile from "../../data/sheets.json";
import { type BulletinDoc, inspectionBulletin } from "./bulletin";
import { computeEventResults } from "./event-results";
import { formatScore } from "./formats";
import {
  evaluatorsFileSchema,
  eventsFileSchema,
  scoredProjectSchema,
  sheetsFileSchema,
} from "./scoring-schemas";

const { events } = eventsFileSchema.parse(eventsFile);
const { evaluators } = evaluatorsFileSchema.parse(evaluatorsFile);
const { sheets } = sheetsFileSchema.parse(sheetsFile);
const projects = projectsFile.projects.map((p) => scoredProjectSchema.parse(p));
const event = events.find((e) => e.state === "published") ?? events[0];
if (!event) throw new Error("the seed has no event");
const results = computeEventResults(event, projects, sheets, evaluators);
const names = new Map(projectsFile.projects.map((p) => [p.id, p.name]));
const build = (lang: "zh" | "en", state = event.state): BulletinDoc =>
  inspectionBulletin({
    event: { ...event, state },
    projects: projectsFile.projects as never,
    results,
    illustrative: true,
    lang,
  });
const text = (doc: BulletinDoc) =>
  doc.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join("\n");

describe("the inspection bulletin", () => {
  const doc = build("zh");

  it("ranks every project once, with the score, votes and rank the results carry", () => {
    const rows = doc.sections.flatMap((s) => s.table?.rows ?? []);
    expect(rows).toHaveLength(results.length);
    for (const r of results) {
      const row = rows.find((x) => x[1] === names.get(r.projectId));
      expect(row, r.projectId).toBeDefined();
      expect(row?.[0]).toBe(String(r.rank));
      expect(row?.[2]).toBe(formatScore(r.score ?? Number.NaN));
      expect(row?.slice(3, 6)).toEqual([
        String(r.steps.votes.satisfied),
        String(r.steps.votes.basically_satisfied),
        String(r.steps.votes.unsatisfied),
      ]);
    }
  });

  it("keeps each category's table in rank order", () => {
    for (const s of doc.sections.filter((x) => x.table)) {
      const ranks = (s.table?.rows ?? []).map((r) => Number(r[0]));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("names as first and last the projects ranked first and last in each category", () => {
    for (const category of ["manufacturing", "urban_renewal"] as const) {
      const list = results
        .filter((r) => r.category === category && r.rank !== null)
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
      const first = list[0];
      const last = list[list.length - 1];
      if (!first || !last) continue;
      const sentence = text(doc)
        .split("\n")
        .find(
          (line) => line.includes(`“${names.get(first.projectId)}”`) && line.includes("位列第一"),
        );
      expect(sentence, category).toBeDefined();
      expect(sentence).toContain(`${formatScore(first.score ?? 0)} 分，位列第一`);
      expect(sentence).toContain(
        `“${names.get(last.projectId)}”综合得分 ${formatScore(last.score ?? 0)} 分，位列末位`,
      );
    }
  });

  it("adds up the votes to the results' totals", () => {
    const total = results.reduce(
      (n, r) =>
        n + r.steps.votes.satisfied + r.steps.votes.basically_satisfied + r.steps.votes.unsatisfied,
      0,
    );
    expect(text(doc)).toContain(`共投票 ${total.toLocaleString("zh-CN")} 票`);
  });

  it("says so when the results are not yet published, and that the data is illustrative", () => {
    expect(build("zh", "closed").note).toContain("尚未发布");
    expect(doc.note).toContain("示意数据");
    expect(doc.note).not.toContain("尚未发布");
  });

  it("speaks English with the same figures", () => {
    const en = build("en");
    expect(en.title).toMatch(/^Bulletin on the scoring of/);
    expect(en.sections.flatMap((s) => s.table?.rows ?? []).map((r) => r[2])).toEqual(
      doc.sections.flatMap((s) => s.table?.rows ?? []).map((r) => r[2]),
    );
  });
});

describe("a category added since the seed", () => {
  it("gets its own ranking within category, named by its id until a list names it", () => {
    // Two of the seed's projects moved to a district-defined category, then ranked again.
    const moved = new Set(["yingliu-area-renewal", "liandong-u-valley-chaohai"]);
    const recast = projects.map((p) =>
      moved.has(p.id) ? { ...p, category: "infrastructure" } : p,
    );
    const ranked = computeEventResults(event, recast, sheets, evaluators);
    const infra = ranked.filter((r) => r.category === "infrastructure");
    expect(infra.map((r) => r.rank).sort()).toEqual([1, 2]);
    const doc = inspectionBulletin({
      event,
      projects: projectsFile.projects.map((p) =>
        moved.has(p.id) ? { ...p, category: "infrastructure" } : p,
      ) as never,
      results: ranked,
      illustrative: true,
      lang: "en",
    });
    const tables = doc.sections.filter((s) => s.table);
    expect(tables).toHaveLength(3);
    expect(tables.at(-1)?.heading).toContain("infrastructure");

    // With the district's list the category has its name, and its place in the district's order.
    const named = inspectionBulletin({
      event,
      projects: projectsFile.projects.map((p) =>
        moved.has(p.id) ? { ...p, category: "infrastructure" } : p,
      ) as never,
      results: ranked,
      illustrative: true,
      lang: "zh",
      categories: [
        {
          id: "infrastructure",
          name: "基础设施",
          nameEn: "Infrastructure",
          order: 0,
          colour: "#7c3aed",
        },
        {
          id: "manufacturing",
          name: "制造业",
          nameEn: "Manufacturing",
          order: 1,
          colour: "#1d4ed8",
        },
        {
          id: "urban_renewal",
          name: "城市更新",
          nameEn: "Urban renewal",
          order: 2,
          colour: "#0f766e",
        },
      ],
    });
    const namedTables = named.sections.filter((s) => s.table);
    expect(namedTables[0]?.heading).toContain("基础设施");
    expect(text(named)).not.toContain("infrastructure");
  });
});
