import { describe, expect, it } from "vitest";
import { evaluators, makeEvent, manufacturing, sheet } from "./event-results.fixtures";
import { qualitySignalsSchema } from "./outcome-schemas";
import { computeQualitySignals, type QualitySignalOptions } from "./quality-signals";
import type { InspectionEvent, ScoredProject, ScoreSheet } from "./scoring-schemas";

function signals(
  event: InspectionEvent,
  sheets: ScoreSheet[],
  projects: ScoredProject[] = event.projectIds.map(manufacturing),
  options?: QualitySignalOptions,
) {
  return qualitySignalsSchema.parse(
    computeQualitySignals(event, projects, sheets, evaluators, options),
  );
}

/** Sheets from a table: project → totals by e01, e02, … in order. */
function sheetsFrom(totals: Record<string, number[]>): ScoreSheet[] {
  return Object.entries(totals).flatMap(([projectId, row]) =>
    row.map((total, i) => sheet(`e0${i + 1}`, projectId, total)),
  );
}

describe("computeQualitySignals — evaluator deviation", () => {
  // Four evaluators (e01 e02 e03 e04), two projects. With n sheets on a project,
  // own − mean of the others = n / (n − 1) × (own − mean of all).
  // p1 90 80 80 70 → mean 80: e01 +13.33, e02 0, e03 0, e04 −13.33 (±10 × 4/3)
  // p2 86 80 76 78 → mean 80: e01 +8, e02 0, e03 −5.33, e04 −2.67 (6, −4, −2 × 4/3)
  const sheets = sheetsFrom({ p1: [90, 80, 80, 70], p2: [86, 80, 76, 78] });
  const event = makeEvent(["p1", "p2"]);

  it("averages each evaluator's deviation from the others and standardises it", () => {
    const s = signals(event, sheets);
    // meanDeviation: e01 (40/3 + 8) / 2 = 32/3, e02 0, e03 −8/3, e04 (−40/3 − 8/3) / 2 = −8
    // Their mean is 0; population sd = √((1024 + 0 + 64 + 576) / 9 / 4) = √(416 / 9) ≈ 6.7987
    // z: 10.667 / 6.7987 = 1.569, 0, −2.667 / 6.7987 = −0.392, −8 / 6.7987 = −1.177
    const rows = Object.fromEntries(s.evaluatorDeviation.map((d) => [d.evaluatorId, d]));
    expect(rows.e01).toMatchObject({ groupId: "leaders", sheetCount: 2, meanDeviation: 10.67 });
    expect([rows.e01, rows.e02, rows.e03, rows.e04].map((d) => d.meanDeviation)).toEqual([
      10.67, 0, -2.67, -8,
    ]);
    expect([rows.e01, rows.e02, rows.e03, rows.e04].map((d) => d.zScore)).toEqual([
      1.57, 0, -0.39, -1.18,
    ]);
    expect(s.thresholds).toMatchObject({ zScore: 2, deviationMean: 0, deviationSd: 6.8 });
    expect(s.evaluatorDeviation.some((d) => d.flagged)).toBe(false); // below 2 at default
    // Evaluators without sheets are listed, with nothing to say; g01 is not in the event.
    expect(rows.e05).toMatchObject({ sheetCount: 0, meanDeviation: null, zScore: null });
    expect(rows.e05.direction).toBe("typical");
    expect(rows.g01).toBeUndefined();
  });

  it("flags both directions at a lower threshold from the options", () => {
    const s = signals(event, sheets, undefined, { zScoreThreshold: 1.1 });
    const direction = Object.fromEntries(
      s.evaluatorDeviation.map((d) => [d.evaluatorId, d.direction]),
    );
    expect(direction).toMatchObject({
      e01: "lenient",
      e02: "typical",
      e03: "typical",
      e04: "harsh",
    });
    expect(s.thresholds.zScore).toBe(1.1);
  });

  it("flags a lone lenient evaluator among five at exactly z = 2", () => {
    // p1 90 80 80 80 80: e01 90 − 80 = +10; each other 80 − (90 + 3 × 80) / 4 = −2.5
    // mean of deviations 0; population sd √((100 + 4 × 6.25) / 5) = √25 = 5; z 10 / 5 = 2, −2.5 / 5 = −0.5
    // p2 has one sheet only (e06): nobody to compare with, so it adds nothing.
    const s = signals(makeEvent(["p1", "p2"]), [
      ...sheetsFrom({ p1: [90, 80, 80, 80, 80] }),
      sheet("e06", "p2", 50),
    ]);
    const [e01, e02] = s.evaluatorDeviation;
    expect(e01).toMatchObject({ zScore: 2, flagged: true, direction: "lenient" });
    expect(e02).toMatchObject({ meanDeviation: -2.5, zScore: -0.5, flagged: false });
    expect(s.evaluatorDeviation.find((d) => d.evaluatorId === "e06")?.sheetCount).toBe(0);
    expect(s.thresholds.deviationSd).toBe(5);
  });

  it("gives everyone z = 0 when all deviations are equal", () => {
    const s = signals(makeEvent(["p1"]), sheetsFrom({ p1: [80, 80, 80] }));
    expect(s.evaluatorDeviation.slice(0, 3).map((d) => d.zScore)).toEqual([0, 0, 0]);
  });
});

describe("computeQualitySignals — uniform sheets", () => {
  const scored = (evaluatorId: string, scores: number[]): ScoreSheet => {
    const ids = ["progress", "investment", "technology", "site", "benefit"];
    return {
      ...sheet(evaluatorId, "p1", 0),
      scores: Object.fromEntries(ids.map((id, i) => [id, scores[i]])),
    };
  };

  it("finds identical scores and one share of the maximum, on counted sheets only", () => {
    const sheets = [
      scored("e01", [10, 10, 10, 10, 10]), // identical; shares 1/3, 1/2, 1/2, 2/3, 2/3 differ
      scored("e02", [30, 20, 20, 15, 15]), // full marks: every share 1
      sheet("e03", "p1", 80), // 24 16 16 12 12: every share 0.8
      scored("e04", [25, 16, 17, 12, 13]), // an ordinary sheet
      scored("e05", [10, 10, 10, 10]), // no 综合效益: excluded, so not a signal
    ];
    expect(signals(makeEvent(["p1"]), sheets).uniformSheets).toEqual([
      {
        evaluatorId: "e01",
        projectId: "p1",
        kind: "identical_scores",
        score: 10,
        share: null,
        total: 50,
      },
      {
        evaluatorId: "e02",
        projectId: "p1",
        kind: "same_share_of_max",
        score: null,
        share: 1,
        total: 100,
      },
      {
        evaluatorId: "e03",
        projectId: "p1",
        kind: "same_share_of_max",
        score: null,
        share: 0.8,
        total: 80,
      },
    ]);
  });

  it("reports both the score and the share when every maximum is the same", () => {
    const base = makeEvent(["p1"]);
    const criteria = ["a", "b"].map((id) => ({ id, name: id, nameEn: id, max: 10 }));
    const event = { ...base, scheme: { ...base.scheme, criteria } };
    const sheets = [{ ...sheet("e01", "p1", 0), scores: { a: 7, b: 7 } }];
    expect(signals(event, sheets).uniformSheets).toEqual([
      {
        evaluatorId: "e01",
        projectId: "p1",
        kind: "identical_scores",
        score: 7,
        share: 0.7,
        total: 14,
      },
    ]);
  });
});

describe("computeQualitySignals — close ranks", () => {
  // Three sheets each (below five, so nothing is trimmed): se = sample sd / √3.
  const sheets = sheetsFrom({
    pa: [80, 82, 84], // mean 82, sd 2, se 1.1547
    pb: [79, 81, 83], // mean 81, sd 2, se 1.1547
    pc: [70, 71, 72], // mean 71, sd 1, se 0.5774
    pd: [71, 71, 71], // mean 71, sd 0, se 0: ties with pc
    pf: [60, 90], // urban renewal, mean 75, sd 21.21, se 15: noisy
    pg: [70, 72], // urban renewal, mean 71, sd 1.414, se 1
    ph: [99], // urban renewal, one sheet: no noise estimate
  });
  const projects = [
    ...["pa", "pb", "pc", "pd"].map(manufacturing),
    ...["pf", "pg", "ph"].map((id) => ({ id, category: "urban_renewal" as const })),
  ];
  const event = makeEvent(["pa", "pb", "pc", "pd", "pf", "pg", "ph"]);

  it("lists neighbours closer than their combined standard error, and ties", () => {
    expect(signals(event, sheets, projects).closeRanks).toEqual([
      // 82 − 81 = 1 < √(1.1547² + 1.1547²) = √(8/3) = 1.633
      {
        category: "manufacturing",
        ...{ higher: "pa", lower: "pb", higherRank: 1, lowerRank: 2, decidedBy: "composite" },
        ...{ higherScore: 82, lowerScore: 81, difference: 1 },
        ...{ standardError: 1.63, higherStandardError: 1.15, lowerStandardError: 1.15 },
      },
      // pb − pc: 10 ≥ √(4/3 + 1/3) = 1.29, not close. pc − pd: a tie at 71, always close.
      {
        category: "manufacturing",
        ...{ higher: "pc", lower: "pd", higherRank: 3, lowerRank: 3, decidedBy: "tied" },
        ...{ higherScore: 71, lowerScore: 71, difference: 0 },
        ...{ standardError: 0.58, higherStandardError: 0.58, lowerStandardError: 0 },
      },
      // ph (99) has no se and is skipped; pf − pg: 75 − 71 = 4 < √(15² + 1²) = 15.03
      {
        category: "urban_renewal",
        ...{ higher: "pf", lower: "pg", higherRank: 2, lowerRank: 3, decidedBy: "composite" },
        ...{ higherScore: 75, lowerScore: 71, difference: 4 },
        ...{ standardError: 15.03, higherStandardError: 15, lowerStandardError: 1 },
      },
    ]);
  });

  it("takes the width of the noise band from the options", () => {
    const s = signals(event, sheets, projects, { closeRankStandardErrors: 0.5 });
    // pa − pb: 1 ≥ 0.5 × 1.633 = 0.82, no longer close; pf − pg: 4 < 0.5 × 15.03 still is.
    expect(s.closeRanks.map((c) => `${c.higher}-${c.lower}`)).toEqual(["pc-pd", "pf-pg"]);
    expect(s.thresholds.closeRankStandardErrors).toBe(0.5);
  });
});
