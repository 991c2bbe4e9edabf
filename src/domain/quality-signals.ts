/**
 * Quality signals over an event's counted sheets: evaluators far from the others, sheets that look
 * filled in without looking (one score throughout), and neighbouring official ranks closer than the
 * noise of their scores. Each signal carries the numbers that raised it, so a screen can show the measure.
 */
import { assessEventSheets, eventEvaluatorGroups, type ProjectSheets } from "./counted-sheets";
import { rankKeysOf, resultsOfAssessed, separation } from "./event-results";
import type { QualitySignals } from "./outcome-schemas";
import { roundTo } from "./rounding";
import type { Evaluator, InspectionEvent, ScoredProject, ScoreSheet } from "./scoring-schemas";
import { populationSd, standardError } from "./statistics";
import { mean, trimExtremes } from "./trimmed-mean";

export type QualitySignalOptions = {
  /** |z| at or above this flags an evaluator; default 2. */
  zScoreThreshold?: number;
  /** Neighbours closer than this many combined standard errors are close; default 1. */
  closeRankStandardErrors?: number;
};

type Deviation = QualitySignals["evaluatorDeviation"][number];
type UniformSheet = QualitySignals["uniformSheets"][number];
type CloseRank = QualitySignals["closeRanks"][number];

// Shares such as 24/30 and 16/20 are compared at four decimals, so float noise cannot split them.
const SHARE_DECIMALS = 4;
// Below this the deviations are all the same: nobody stands out, and dividing would only amplify noise.
const NEGLIGIBLE_SD = 1e-9;

const round2 = (v: number | null) => (v === null ? null : roundTo(v, 2));
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each evaluator's mean of (own total − mean of the others' totals on the same project), and its z. */
function evaluatorDeviation(
  event: InspectionEvent,
  evaluators: Evaluator[],
  assessed: ProjectSheets[],
  zScoreThreshold: number,
) {
  const deviations = new Map<string, { sum: number; count: number }>();
  for (const { counted } of assessed) {
    // A lone sheet has nobody to differ from.
    if (counted.length < 2) continue;
    const sum = counted.reduce((acc, s) => acc + s.total, 0);
    for (const s of counted) {
      const othersMean = (sum - s.total) / (counted.length - 1);
      const acc = deviations.get(s.evaluatorId) ?? { sum: 0, count: 0 };
      deviations.set(s.evaluatorId, { sum: acc.sum + s.total - othersMean, count: acc.count + 1 });
    }
  }
  const perEvaluator = [...eventEvaluatorGroups(event, evaluators)].map(
    ([evaluatorId, groupId]) => {
      const acc = deviations.get(evaluatorId);
      return {
        evaluatorId,
        groupId,
        sheetCount: acc?.count ?? 0,
        meanDeviation: acc ? acc.sum / acc.count : null,
      };
    },
  );
  const values = perEvaluator.flatMap((e) => (e.meanDeviation === null ? [] : [e.meanDeviation]));
  const centre = mean(values);
  const sd = populationSd(values);
  const rows = perEvaluator.map((e): Deviation => {
    const z =
      e.meanDeviation === null || centre === null || sd === null
        ? null
        : sd < NEGLIGIBLE_SD
          ? 0
          : roundTo((e.meanDeviation - centre) / sd, 2);
    // Flagged on the z people see, so a shown 2.00 is flagged at a threshold of 2.
    const flagged = z !== null && Math.abs(z) >= zScoreThreshold;
    const direction = !flagged ? "typical" : (z ?? 0) > 0 ? "lenient" : "harsh";
    return { ...e, meanDeviation: round2(e.meanDeviation), zScore: z, flagged, direction };
  });
  return { rows, deviationMean: round2(centre), deviationSd: round2(sd) };
}

/** Counted sheets with one score, or one share of the maximum, on every criterion. */
function uniformSheets(event: InspectionEvent, assessed: ProjectSheets[]): UniformSheet[] {
  const { criteria } = event.scheme;
  // With a single criterion every sheet is uniform, which says nothing.
  if (criteria.length < 2) return [];
  const all: UniformSheet[] = [];
  const shareOf = (sheet: ScoreSheet, i: number) =>
    roundTo(sheet.scores[criteria[i].id] / criteria[i].max, SHARE_DECIMALS);
  for (const { project, counted } of assessed) {
    const found: UniformSheet[] = [];
    for (const { evaluatorId, total, sheet } of counted) {
      const scores = criteria.map((c) => sheet.scores[c.id]);
      const identical = scores.every((v) => v === scores[0]);
      // Shares are rounded lazily: most sheets differ by the second criterion already.
      const firstShare = shareOf(sheet, 0);
      const sameShare = criteria.every((_, i) => shareOf(sheet, i) === firstShare);
      if (!identical && !sameShare) continue;
      found.push({
        evaluatorId,
        projectId: project.id,
        kind: identical ? "identical_scores" : "same_share_of_max",
        score: identical ? scores[0] : null,
        share: sameShare ? firstShare : null,
        total,
      });
    }
    all.push(...found.sort((a, b) => compareIds(a.evaluatorId, b.evaluatorId)));
  }
  return all;
}

/**
 * Neighbours in each category's official ranking (composite → base score → 满意 share) whose
 * composite scores differ by less than the combined standard error of their sheet part. The sheet
 * part of a composite is scoreWeight × base score (the whole composite without votes), so its
 * standard error is that weight × the sample sd of the kept totals ÷ √n; the noise of the votes is
 * not counted. A project with fewer than two kept totals has no noise estimate and is skipped; an
 * exact tie on the composite is always close, and `decidedBy` says what ordered the pair.
 */
function closeRanks(
  event: InspectionEvent,
  assessed: ProjectSheets[],
  standardErrors: number,
): CloseRank[] {
  const results = resultsOfAssessed(event, assessed);
  const ranked = results.flatMap((r, i) => {
    const kept = trimExtremes(assessed[i].counted, event.rules.trimMinSheets).kept;
    const baseSe = standardError(kept.map((s) => s.total));
    const keys = rankKeysOf(r);
    const sheetWeight = r.satisfactionIndex === null ? 1 : event.rules.scoreWeight;
    return r.rank === null || keys === null || baseSe === null
      ? []
      : [{ ...r, rank: r.rank, keys, se: sheetWeight * baseSe }];
  });
  const categories = [...new Set(ranked.map((r) => r.category))];
  const pairs: CloseRank[] = [];
  for (const category of categories) {
    // Stable sort: equal ranks stay in inspection order.
    const inCategory = ranked
      .filter((r) => r.category === category)
      .sort((a, b) => a.rank - b.rank);
    for (let i = 0; i + 1 < inCategory.length; i++) {
      const [higher, lower] = [inCategory[i], inCategory[i + 1]];
      const difference = roundTo(higher.keys.composite - lower.keys.composite, 2);
      const combined = Math.sqrt(higher.se ** 2 + lower.se ** 2);
      if (difference !== 0 && difference >= standardErrors * combined) continue;
      pairs.push({
        category,
        higher: higher.projectId,
        lower: lower.projectId,
        higherRank: higher.rank,
        lowerRank: lower.rank,
        higherScore: higher.keys.composite,
        lowerScore: lower.keys.composite,
        difference,
        decidedBy: separation(higher.keys, lower.keys),
        standardError: roundTo(combined, 2),
        higherStandardError: roundTo(higher.se, 2),
        lowerStandardError: roundTo(lower.se, 2),
      });
    }
  }
  return pairs;
}

export function computeQualitySignals(
  event: InspectionEvent,
  projects: ScoredProject[],
  sheets: ScoreSheet[],
  evaluators: Evaluator[],
  options: QualitySignalOptions = {},
): QualitySignals {
  const zScoreThreshold = options.zScoreThreshold ?? 2;
  const closeRankStandardErrors = options.closeRankStandardErrors ?? 1;
  const assessed = assessEventSheets(event, projects, sheets, evaluators);
  const deviation = evaluatorDeviation(event, evaluators, assessed, zScoreThreshold);
  return {
    evaluatorDeviation: deviation.rows,
    uniformSheets: uniformSheets(event, assessed),
    closeRanks: closeRanks(event, assessed, closeRankStandardErrors),
    thresholds: {
      zScore: zScoreThreshold,
      deviationMean: deviation.deviationMean,
      deviationSd: deviation.deviationSd,
      closeRankStandardErrors,
      shareDecimals: SHARE_DECIMALS,
    },
  };
}
