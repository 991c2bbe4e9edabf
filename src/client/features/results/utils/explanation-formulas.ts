import { formatNumber, formatScore, type Lang } from "../../../../domain/formats";
import type { ResultSteps } from "../../../../domain/outcome-schemas";
import { roundTo } from "../../../../domain/rounding";
import type { Vote } from "../../../../domain/scoring-schemas";

const VOTES: Vote[] = ["satisfied", "basically_satisfied", "unsatisfied"];

/** The counted sheets that were not dropped as highest or lowest. */
export function keptSheets(steps: ResultSteps): ResultSteps["counted"] {
  const dropped = new Set(
    [steps.droppedHighest?.evaluatorId, steps.droppedLowest?.evaluatorId].filter(Boolean),
  );
  return steps.counted.filter((s) => !dropped.has(s.evaluatorId));
}

/** "Σ 1,382.72 ÷ 16 = 86.42": the plain mean of the kept totals. */
export function meanEquation(steps: ResultSteps, lang: Lang): string | null {
  const kept = keptSheets(steps);
  if (!kept.length || steps.baseScore === null) return null;
  const sum = kept.reduce((s, k) => s + k.total, 0);
  return `Σ ${formatNumber(sum, lang, 2, 2)} ÷ ${kept.length} = ${formatScore(steps.baseScore)}`;
}

/** "(0.5 × 88.10 + 0.3 × 85.20) ÷ 0.8 = 87.01": group means by weight, renormalised when needed. */
export function weightedEquation(steps: ResultSteps, lang: Lang): string | null {
  const present = steps.groups.filter((g) => g.mean !== null);
  if (!present.length || steps.baseScore === null) return null;
  const terms = present
    .map((g) => `${formatNumber(g.weight, lang)} × ${formatScore(g.mean ?? 0)}`)
    .join(" + ");
  const weightSum = roundTo(
    present.reduce((s, g) => s + g.weight, 0),
    6,
  );
  const lhs = weightSum === 1 ? terms : `(${terms}) ÷ ${formatNumber(weightSum, lang)}`;
  return `${lhs} = ${formatScore(steps.baseScore)}`;
}

/** "(12 × 1 + 5 × 0.6 + 1 × 0) ÷ 18 × 100 = 83.33" */
export function satisfactionEquation(steps: ResultSteps, lang: Lang): string | null {
  const total = VOTES.reduce((s, v) => s + steps.votes[v], 0);
  if (!total || steps.satisfactionIndex === null) return null;
  const terms = VOTES.map(
    (v) => `${steps.votes[v]} × ${formatNumber(steps.voteValues[v], lang)}`,
  ).join(" + ");
  return `(${terms}) ÷ ${total} × 100 = ${formatScore(steps.satisfactionIndex)}`;
}

/** "0.8 × 86.42 + 0.2 × 81.30 = 85.40"; without votes the composite is the base score. */
export function compositeEquation(steps: ResultSteps, lang: Lang): string | null {
  if (steps.composite === null || steps.baseScore === null) return null;
  if (steps.satisfactionIndex === null)
    return `${formatScore(steps.baseScore)} = ${formatScore(steps.composite)}`;
  return `${formatNumber(steps.scoreWeight, lang)} × ${formatScore(steps.baseScore)} + ${formatNumber(
    steps.satisfactionWeight,
    lang,
  )} × ${formatScore(steps.satisfactionIndex)} = ${formatScore(steps.composite)}`;
}

/**
 * The composite is computed from unrounded figures, so the equation of rounded ones can be off by
 * 0.01; the dialog says so rather than show arithmetic that seems wrong.
 */
export function roundedArithmeticDiffers(steps: ResultSteps): boolean {
  if (steps.composite === null || steps.baseScore === null || steps.satisfactionIndex === null)
    return false;
  const fromRounded = roundTo(
    steps.scoreWeight * steps.baseScore + steps.satisfactionWeight * steps.satisfactionIndex,
    2,
  );
  return fromRounded !== steps.composite;
}
