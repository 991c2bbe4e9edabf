import { describe, expect, it } from "vitest";
import { computeEventResults } from "./event-results";
import { evaluators, makeEvent, manufacturing, sheet } from "./event-results.fixtures";
import { methodRankingSchema } from "./outcome-schemas";
import { competitionRanks, rankingsByMethod } from "./ranking-methods";
import type { InspectionEvent, ScoredProject, ScoreSheet } from "./scoring-schemas";

/** Sheets from a table: project → totals by e01, e02, … in order. */
function sheetsFrom(totals: Record<string, number[]>): ScoreSheet[] {
  return Object.entries(totals).flatMap(([projectId, row]) =>
    row.map((total, i) => sheet(`e0${i + 1}`, projectId, total)),
  );
}

function rankings(event: InspectionEvent, projects: ScoredProject[], sheets: ScoreSheet[]) {
  const rows = rankingsByMethod(event, projects, sheets, evaluators);
  for (const r of rows) methodRankingSchema.parse(r);
  return Object.fromEntries(rows.map((r) => [r.projectId, r]));
}

describe("competitionRanks", () => {
  it("ranks higher first, shares equal values (1, 2, 2, 4), per category, nulls unranked", () => {
    const items = [
      { c: "a", v: 85 },
      { c: "a", v: 90 },
      { c: "b", v: 10 },
      { c: "a", v: 80 },
      { c: "a", v: 85 },
      { c: "a", v: null },
    ];
    expect(
      competitionRanks(
        items,
        (i) => i.c,
        (i) => i.v,
      ),
    ).toEqual([2, 1, 1, 4, 2, null]);
  });
});

describe("rankingsByMethod", () => {
  // e01 is the outlier: very generous on pb and pc. Five sheets each, so the trimmed mean trims.
  const sheets = [
    ...sheetsFrom({
      pa: [83, 70, 80, 81, 82],
      pb: [100, 78, 79, 80, 84],
      pc: [95.5, 60, 79, 79, 86.5],
      pd: [70, 90],
    }),
  ];
  const projects = [
    ...["pa", "pb", "pc"].map(manufacturing),
    { id: "pd", category: "urban_renewal" as const },
    manufacturing("pe"),
  ];
  const event: InspectionEvent = {
    ...makeEvent(["pa", "pb", "pc", "pd", "pe"]),
    recusals: [{ evaluatorId: "e02", projectId: "pd", reason: "本单位项目" }],
  };

  it("puts a different project first under each method", () => {
    const r = rankings(event, projects, sheets);
    // pa 70 80 81 82 83:     mean 396 / 5 = 79.2, median 81, trimmed (80 + 81 + 82) / 3 = 81
    // pb 78 79 80 84 100:    mean 421 / 5 = 84.2, median 80, trimmed (79 + 80 + 84) / 3 = 81
    // pc 60 79 79 86.5 95.5: mean 400 / 5 = 80,   median 79, trimmed (79 + 79 + 86.5) / 3 = 81.5
    expect([r.pa.mean, r.pa.median, r.pa.trimmedMean]).toEqual([79.2, 81, 81]);
    expect([r.pb.mean, r.pb.median, r.pb.trimmedMean]).toEqual([84.2, 80, 81]);
    expect([r.pc.mean, r.pc.median, r.pc.trimmedMean]).toEqual([80, 79, 81.5]);
    expect([r.pa.rankByMean, r.pb.rankByMean, r.pc.rankByMean]).toEqual([3, 1, 2]);
    expect([r.pa.rankByMedian, r.pb.rankByMedian, r.pc.rankByMedian]).toEqual([1, 2, 3]);
    // pa and pb tie at 81 and share rank 2; nothing breaks the tie here.
    expect([r.pa.rankByTrimmedMean, r.pb.rankByTrimmedMean, r.pc.rankByTrimmedMean]).toEqual([
      2, 2, 1,
    ]);
    expect(r.pa).toMatchObject({
      sheetCount: 5,
      trimMethod: "trimmed_mean",
      category: "manufacturing",
    });
  });

  it("leaves recused sheets out, ranks per category and leaves a project without sheets unranked", () => {
    const r = rankings(event, projects, sheets);
    // pd: e02's 90 is recused, so only e01's 70 counts — alone in urban renewal.
    expect(r.pd).toMatchObject({ sheetCount: 1, mean: 70, median: 70, trimmedMean: 70 });
    expect(r.pd).toMatchObject({ trimMethod: "mean", rankByMean: 1, rankByTrimmedMean: 1 });
    expect(r.pe).toMatchObject({ sheetCount: 0, mean: null, median: null, trimmedMean: null });
    expect(r.pe).toMatchObject({ trimMethod: "none", rankByMean: null, rankByMedian: null });
  });

  it("gives the results' base score as its trimmed mean when groups are not weighted", () => {
    const byMethod = rankings(event, projects, sheets);
    for (const result of computeEventResults(event, projects, sheets, evaluators)) {
      expect(byMethod[result.projectId].trimmedMean).toBe(result.baseScore);
    }
  });

  it("takes the middle pair's mean as the median of an even count", () => {
    const r = rankings(
      makeEvent(["pa"]),
      [manufacturing("pa")],
      sheetsFrom({ pa: [70, 90, 80, 71] }),
    );
    expect(r.pa.median).toBe(75.5); // 70 71 | 80 90 → (71 + 80) / 2
    expect(r.pa.trimmedMean).toBe(77.75); // four sheets: no trim, 311 / 4
  });
});
