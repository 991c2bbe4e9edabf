import { describe, expect, it } from "vitest";
import { computeEventResults, summariseSubmission } from "./event-results";
import { evaluators, makeEvent, sheet } from "./event-results.fixtures";
import { projectResultSchema } from "./outcome-schemas";
import { isRecused, recusalsOf } from "./recusal";
import type { Evaluator, InspectionEvent, ScoredProject, ScoreSheet } from "./scoring-schemas";

const HOUSING = "区住建局";
const UNITS: Record<string, string> = {
  e01: HOUSING,
  e02: ` ${HOUSING} `,
  e03: "区发改局",
  g01: HOUSING,
};
/** The fixture's evaluators; e01 and e02 (padded) in the housing bureau, g01 outside the event. */
const withUnits: Evaluator[] = evaluators.map((e) => ({ ...e, unit: UNITS[e.id] }));

const projects: ScoredProject[] = [
  { id: "p1", category: "manufacturing", responsibleUnit: HOUSING },
  { id: "p2", category: "manufacturing", responsibleUnit: "区发改局" },
  { id: "p3", category: "manufacturing" },
];

function resultsWithUnits(event: InspectionEvent, sheets: ScoreSheet[], scored: ScoredProject[]) {
  const results = computeEventResults(event, scored, sheets, withUnits);
  for (const r of results) projectResultSchema.parse(r); // "recused" is a published reason
  return results;
}

function eventWithRecusals(): InspectionEvent {
  return {
    ...makeEvent(["p1", "p2", "p3"]),
    recusals: [
      { evaluatorId: "e04", projectId: "p2", reason: "亲属任职于建设单位" },
      { evaluatorId: "e03", projectId: "p2", reason: "本单位项目" }, // also same unit
      { evaluatorId: "e04", projectId: "p2", reason: "重复登记" }, // a repeat: the first wins
      { evaluatorId: "e05", projectId: "px", reason: "不在本次观摩" }, // project outside the event
      { evaluatorId: "e99", projectId: "p1", reason: "不在名单" }, // unknown evaluator
    ],
  };
}

describe("isRecused", () => {
  it("recuses when both units are set and equal after trimming", () => {
    expect(isRecused({ unit: HOUSING }, { responsibleUnit: HOUSING })).toBe(true);
    expect(isRecused({ unit: ` ${HOUSING}\t` }, { responsibleUnit: HOUSING })).toBe(true);
    expect(isRecused({ unit: HOUSING }, { responsibleUnit: `${HOUSING}二处` })).toBe(false);
    expect(isRecused({ unit: HOUSING }, {})).toBe(false);
    expect(isRecused({}, { responsibleUnit: HOUSING })).toBe(false);
    expect(isRecused({ unit: "  " }, { responsibleUnit: "" })).toBe(false); // blanks are no unit
  });
});

describe("recusalsOf", () => {
  it("lists same-unit and declared pairs of the matrix, once each, in inspection order", () => {
    expect(recusalsOf(eventWithRecusals(), withUnits, projects)).toEqual([
      { evaluatorId: "e01", projectId: "p1", source: "same_unit" },
      { evaluatorId: "e02", projectId: "p1", source: "same_unit" }, // g01: outside the event
      { evaluatorId: "e03", projectId: "p2", source: "declared", reason: "本单位项目" },
      { evaluatorId: "e04", projectId: "p2", source: "declared", reason: "亲属任职于建设单位" },
    ]);
  });

  it("knows only declared recusals when projects carry no unit", () => {
    const bare = projects.map(({ id, category }) => ({ id, category }));
    expect(recusalsOf(eventWithRecusals(), withUnits, bare).map((r) => r.source)).toEqual([
      "declared",
      "declared",
    ]);
  });
});

describe("recused sheets in results and completeness", () => {
  const sheets = [
    sheet("e01", "p1", 95, "satisfied"), // recused: same unit
    sheet("e02", "p1", 94, "satisfied"), // recused: same unit
    sheet("e03", "p1", 80),
    sheet("e04", "p1", 82),
    sheet("e05", "p1", 84),
    sheet("e06", "p1", 86, "basically_satisfied"),
    sheet("e07", "p1", 88),
    sheet("g01", "p1", 99, "satisfied"), // same unit, but unknown to the event first
    sheet("e03", "p2", 70, "unsatisfied"), // recused: declared
    sheet("e05", "p2", 75),
  ];

  it("excludes a recused sheet and its vote, and trims over the rest", () => {
    const [p1, p2] = resultsWithUnits(eventWithRecusals(), sheets, projects);
    expect(p1.steps.excluded).toEqual([
      { evaluatorId: "e01", reason: "recused", criterionIds: [] },
      { evaluatorId: "e02", reason: "recused", criterionIds: [] },
      { evaluatorId: "g01", reason: "unknown_evaluator", criterionIds: [] },
    ]);
    expect(p1.sheetCount).toBe(5);
    expect(p1.baseScore).toBe(84); // 80 82 84 86 88: drop 80 and 88 → (82 + 84 + 86) / 3
    expect(p1.steps.votes).toEqual({ satisfied: 0, basically_satisfied: 1, unsatisfied: 0 });
    expect(p2.steps.excluded).toEqual([
      { evaluatorId: "e03", reason: "recused", criterionIds: [] },
    ]);
    expect(p2.baseScore).toBe(75);
    expect(p2.voteCount).toBe(0); // e03's 不满意 is not counted
  });

  it("counts every sheet when no unit and no declaration applies", () => {
    const bare = projects.map(({ id, category }) => ({ id, category }));
    const [p1] = resultsWithUnits(makeEvent(["p1", "p2", "p3"]), sheets, bare);
    expect(p1.sheetCount).toBe(7);
    expect(p1.baseScore).toBe(86.8); // 80 … 95: drop 80 and 95 → (82 + 84 + 86 + 88 + 94) / 5 = 434 / 5
  });

  it("leaves recused pairs out of expected and submitted", () => {
    const event = eventWithRecusals();
    // 7 evaluators × 3 projects = 21 cells; 4 recused → 17 expected.
    // Handed in: p1 by e03–e07 (5; e01, e02 recused, g01 unknown) and p2 by e05 (e03 recused) = 6.
    expect(summariseSubmission(event, sheets, withUnits, projects)).toEqual({
      submitted: 6,
      expected: 17,
      recused: 4,
    });
    // Without projects only the two declared pairs are known: 21 − 2 = 19; p1 now counts all 7.
    expect(summariseSubmission(event, sheets, withUnits)).toEqual({
      submitted: 8,
      expected: 19,
      recused: 2,
    });
  });
});
