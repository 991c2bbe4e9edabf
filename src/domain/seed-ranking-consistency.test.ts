/**
 * Against the shipped seed data: every sentence the results and quality pages build from the
 * ranking must agree with the official rank, and the tie-break must be visible where it decided.
 */
import { describe, expect, it } from "vitest";
import evaluatorsFile from "../../data/evaluators.json";
import eventsFile from "../../data/events.json";
import projectsFile from "../../data/projects.json";
import sheetsFile from "../../data/sheets.json";
import { computeEventResults, rankKeysOf, separation } from "./event-results";
import { computeQualitySignals } from "./quality-signals";
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

describe.each(events.map((e) => [e.id, e] as const))("seed event %s", (_, event) => {
  const results = computeEventResults(event, projects, sheets, evaluators);
  const byId = new Map(results.map((r) => [r.projectId, r]));
  const signals = computeQualitySignals(event, projects, sheets, evaluators);

  it("names close ranks as neighbours of the official ranking, higher rank first", () => {
    for (const pair of signals.closeRanks) {
      const higher = byId.get(pair.higher);
      const lower = byId.get(pair.lower);
      if (!higher?.rank || !lower?.rank) throw new Error(`${pair.higher} / ${pair.lower} unranked`);
      expect([pair.higherRank, pair.lowerRank]).toEqual([higher.rank, lower.rank]);
      const [hr, lr] = [higher.rank, lower.rank];
      expect(hr).toBeLessThanOrEqual(lr);
      expect([pair.higherScore, pair.lowerScore]).toEqual([higher.score, lower.score]);
      // Neighbours: nobody of the category ranks strictly between them.
      const between = results.filter(
        (r) => r.category === pair.category && r.rank !== null && r.rank > hr && r.rank < lr,
      );
      expect(between).toEqual([]);
      const [hk, lk] = [rankKeysOf(higher), rankKeysOf(lower)];
      if (!hk || !lk) throw new Error("ranked results have keys");
      expect(pair.decidedBy).toBe(separation(hk, lk));
      expect(pair.decidedBy === "tied").toBe(hr === lr);
    }
  });

  it("orders every category by composite, then base score, then 满意 share", () => {
    for (const category of new Set(results.map((r) => r.category))) {
      const ranked = results
        .filter((r) => r.category === category && r.rank !== null)
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
      for (let i = 0; i + 1 < ranked.length; i++) {
        const [a, b] = [rankKeysOf(ranked[i]), rankKeysOf(ranked[i + 1])];
        if (!a || !b) throw new Error("ranked results have keys");
        const by = separation(a, b);
        if (by === "tied") expect(ranked[i].rank).toBe(ranked[i + 1].rank);
        else expect(ranked[i].rank).toBeLessThan(ranked[i + 1].rank ?? 0);
        // Where a tie-break decided, both results say so, and the deciding figure is published.
        if (by !== "composite" && by !== "tied") {
          expect(ranked[i].tieBreak).not.toBe("none");
          expect(ranked[i + 1].tieBreak).not.toBe("none");
        }
        if (by === "satisfied_share") {
          expect(ranked[i].satisfiedShare).not.toBeNull();
        }
      }
    }
  });
});

describe("the published 2023-02-24 inspection", () => {
  const event = events.find((e) => e.id === "2023-02-24-inspection");
  if (!event) throw new Error("seed event missing");
  const results = computeEventResults(event, projects, sheets, evaluators);

  it("has a place decided by the share of 满意 alone, and shows that share", () => {
    const decided = results.filter((r) => r.tieBreak === "satisfied_share");
    expect(decided.length).toBeGreaterThanOrEqual(2);
    const [a, b] = decided.sort((x, y) => (x.rank ?? 0) - (y.rank ?? 0));
    expect([a.score, a.baseScore]).toEqual([b.score, b.baseScore]);
    expect(a.satisfiedShare ?? 0).toBeGreaterThan(b.satisfiedShare ?? 0);
  });
});
