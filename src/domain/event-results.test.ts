import { describe, expect, it } from "vitest";
import { summariseSubmission } from "./event-results";
import {
  evaluators,
  makeEvent,
  manufacturing,
  resultsFor,
  sheet,
  sheetsOf,
} from "./event-results.fixtures";

describe("computeEventResults — the score from the sheets", () => {
  it("takes the plain mean of fewer than five sheets, and the base score alone without votes", () => {
    const [r] = resultsFor(makeEvent(["p1"]), [...sheetsOf("p1", { e01: 80, e02: 85, e03: 90 })]);
    expect(r.steps.method).toBe("mean");
    expect(r.baseScore).toBe(85); // (80 + 85 + 90) / 3
    expect(r.score).toBe(85); // no votes: composite = base score
    expect(r.satisfactionIndex).toBeNull();
    expect(r.voteCount).toBe(0);
    expect(r.sheetCount).toBe(3);
    expect(r.criterionMeans.progress).toBe(25.5); // (24 + 25.5 + 27) / 3
  });

  it("drops one highest and one lowest of exactly five sheets", () => {
    const [r] = resultsFor(makeEvent(["p1"]), [
      ...sheetsOf("p1", { e01: 70, e02: 95, e03: 80, e04: 90, e05: 85 }),
    ]);
    expect(r.steps.method).toBe("trimmed_mean");
    expect(r.steps.droppedLowest).toEqual({ evaluatorId: "e01", groupId: "leaders", total: 70 });
    expect(r.steps.droppedHighest).toEqual({ evaluatorId: "e02", groupId: "leaders", total: 95 });
    expect(r.steps.counted.map((c) => c.total)).toEqual([70, 80, 85, 90, 95]); // ascending, untrimmed
    expect(r.baseScore).toBe(85); // (80 + 85 + 90) / 3
    expect(r.sheetCount).toBe(5);
  });

  it("drops the lowest-sorted evaluator among equal totals at the top and the bottom", () => {
    const [r] = resultsFor(makeEvent(["p1"]), [
      ...sheetsOf("p1", { e05: 90, e02: 80, e04: 90, e01: 80, e03: 85 }),
    ]);
    expect(r.steps.droppedLowest?.evaluatorId).toBe("e01"); // e01 < e02, both 80
    expect(r.steps.droppedHighest?.evaluatorId).toBe("e04"); // e04 < e05, both 90
    expect(r.baseScore).toBe(85); // (80 + 85 + 90) / 3
  });

  it("excludes a sheet with missing criteria, and then does not trim four sheets", () => {
    const incomplete = sheet("e05", "p1", 99, "satisfied");
    delete incomplete.scores.site;
    const [r] = resultsFor(makeEvent(["p1"]), [
      ...sheetsOf("p1", { e01: 80, e02: 84, e03: 88, e04: 92 }),
      incomplete,
    ]);
    expect(r.steps.excluded).toEqual([
      { evaluatorId: "e05", reason: "missing_criteria", criterionIds: ["site"] },
    ]);
    expect(r.steps.method).toBe("mean");
    expect(r.sheetCount).toBe(4);
    expect(r.baseScore).toBe(86); // (80 + 84 + 88 + 92) / 4
    expect(r.voteCount).toBe(1); // the excluded sheet's vote still counts
  });

  it("excludes a sheet with a score above the criterion's maximum", () => {
    const tooHigh = sheet("e05", "p1", 80);
    tooHigh.scores.progress = 31; // max 30
    const [r] = resultsFor(makeEvent(["p1"]), [...sheetsOf("p1", { e01: 80, e02: 90 }), tooHigh]);
    expect(r.steps.excluded).toEqual([
      { evaluatorId: "e05", reason: "score_out_of_range", criterionIds: ["progress"] },
    ]);
    expect(r.baseScore).toBe(85); // (80 + 90) / 2
  });

  it("excludes unknown evaluators, and their votes", () => {
    const [r] = resultsFor(makeEvent(["p1"]), [
      sheet("e01", "p1", 80, "satisfied"),
      sheet("e99", "p1", 10, "unsatisfied"), // not an evaluator at all
      sheet("g01", "p1", 10, "unsatisfied"), // in a group outside the event
    ]);
    expect(r.steps.excluded.map((e) => [e.evaluatorId, e.reason])).toEqual([
      ["e99", "unknown_evaluator"],
      ["g01", "unknown_evaluator"],
    ]);
    expect(r.baseScore).toBe(80);
    expect(r.steps.votes).toEqual({ satisfied: 1, basically_satisfied: 0, unsatisfied: 0 });
  });

  it("weights group means by group weight when asked", () => {
    const sheets = [...sheetsOf("p1", { e01: 90, e02: 80, e04: 70, e06: 60 })];
    const [plain] = resultsFor(makeEvent(["p1"]), sheets);
    const [weighted] = resultsFor(makeEvent(["p1"], { weightByGroup: true }), sheets);
    expect(plain.baseScore).toBe(75); // (90 + 80 + 70 + 60) / 4
    expect(plain.steps.weighted).toBe(false);
    expect(weighted.baseScore).toBe(75.5); // (0.5 × 85 + 0.3 × 70 + 0.2 × 60) / 1.0 = 42.5 + 21 + 12
    expect(weighted.steps.groups).toEqual([
      { groupId: "leaders", count: 2, mean: 85, weight: 0.5 }, // (90 + 80) / 2
      { groupId: "departments", count: 1, mean: 70, weight: 0.3 },
      { groupId: "towns", count: 1, mean: 60, weight: 0.2 },
    ]);
  });

  it("renormalises weights over the groups that have a kept sheet", () => {
    const sheets = [sheet("e01", "p1", 90), sheet("e02", "p1", 80), sheet("e04", "p1", 70)];
    const [plain] = resultsFor(makeEvent(["p1"]), sheets);
    const [weighted] = resultsFor(makeEvent(["p1"], { weightByGroup: true }), sheets);
    expect(plain.baseScore).toBe(80); // (90 + 80 + 70) / 3
    expect(weighted.baseScore).toBe(79.38); // (0.5 × 85 + 0.3 × 70) / 0.8 = 63.5 / 0.8 = 79.375
    expect(weighted.steps.groups[2]).toEqual({
      groupId: "towns",
      count: 0,
      mean: null,
      weight: 0.2,
    });
  });

  it("gives criterion means over counted sheets only, before trimming", () => {
    const excluded = sheet("e03", "p1", 50);
    excluded.scores.benefit = 16; // max 15
    const [r] = resultsFor(makeEvent(["p1"]), [...sheetsOf("p1", { e01: 80, e02: 90 }), excluded]);
    expect(r.criterionMeans).toEqual({
      progress: 25.5, // (24 + 27) / 2
      investment: 17, // (16 + 18) / 2
      technology: 17,
      site: 12.75, // (12 + 13.5) / 2
      benefit: 12.75,
    });
  });
});

describe("computeEventResults — votes and composite", () => {
  it("computes satisfaction rate, index and composite", () => {
    const [r] = resultsFor(makeEvent(["p1"]), [
      ...sheetsOf("p1", {
        e01: [80, "satisfied"],
        e02: [84, "satisfied"],
        e03: [86, "basically_satisfied"],
        e04: [90, "unsatisfied"],
      }),
      sheet("e05", "p1", 85, null),
    ]);
    expect(r.baseScore).toBe(85); // drop 80 and 90: (84 + 85 + 86) / 3
    expect(r.voteCount).toBe(4);
    expect(r.satisfactionRate).toBe(75); // (2 + 1) / 4
    expect(r.satisfactionIndex).toBe(65); // (1 + 1 + 0.6 + 0) / 4 × 100
    expect(r.score).toBe(81); // 0.8 × 85 + 0.2 × 65 = 68 + 13
  });

  it("gives no score, no rank and method none without sheets", () => {
    const [r] = resultsFor(makeEvent(["p1"]), []);
    expect(r).toMatchObject({
      score: null,
      baseScore: null,
      rank: null,
      sheetCount: 0,
      tieBreak: "none",
    });
    expect(r.steps.method).toBe("none");
    expect(r.criterionMeans.progress).toBeNull();
  });
});

describe("computeEventResults — which projects and sheets count", () => {
  it("ignores projects outside the event and sheets of other events", () => {
    const otherEvent = { ...sheet("e02", "p1", 10), eventId: "another-event" };
    const results = resultsFor(
      makeEvent(["p1"]),
      [sheet("e01", "p1", 80), otherEvent, sheet("e01", "px", 50)],
      [manufacturing("p1"), manufacturing("px")],
    );
    expect(results.map((r) => r.projectId)).toEqual(["p1"]);
    expect(results[0].baseScore).toBe(80); // the 10 from another event is not counted
  });
});

describe("summariseSubmission", () => {
  it("counts sheets handed in against evaluators × projects", () => {
    const event = makeEvent(["p1", "p2"]);
    const sheets = [
      sheet("e01", "p1", 80),
      sheet("e01", "p2", 80),
      sheet("e02", "p1", 80),
      sheet("e99", "p1", 80), // unknown evaluator
      sheet("e03", "px", 80), // project outside the event
      { ...sheet("e04", "p1", 80), eventId: "another-event" },
    ];
    expect(summariseSubmission(event, sheets, evaluators)).toEqual({
      submitted: 3,
      expected: 14,
      recused: 0,
    }); // 7 × 2; g01 is outside the event's groups
  });
});
