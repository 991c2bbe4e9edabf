/**
 * An inspection event's results: each project's trimmed mean, satisfaction, composite and rank within
 * its category, with every step kept so a screen can show how each number came about.
 */
import {
  assessEventSheets,
  type CountedSheet,
  eventEvaluatorGroups,
  type ProjectSheets,
} from "./counted-sheets";
import type { ProjectResult } from "./outcome-schemas";
import { pairKey } from "./pair-key";
import { recusalCheck, recusalsOf } from "./recusal";
import { roundTo } from "./rounding";
import { satisfactionOf, tallyVotes } from "./satisfaction";
import type { Evaluator, InspectionEvent, ScoredProject, ScoreSheet } from "./scoring-schemas";
import { mean, trimExtremes } from "./trimmed-mean";

type Unranked = Omit<ProjectResult, "rank" | "tiedWith" | "tieBreak">;
/** The figures the official order compares, in this order: composite, base score, 满意 share. */
export type RankKeys = { composite: number; base: number; satisfiedShare: number };
/** What put one project before another: the first of the rank keys on which they differ. */
export type Separation = "composite" | "base_score" | "satisfied_share" | "tied";

// The 满意 share is compared, and shown, at four decimals (0.3611 = 36.11 %).
const SHARE_DECIMALS = 4;

const round2 = (v: number | null) => (v === null ? null : roundTo(v, 2));
const totalOnly = ({ evaluatorId, groupId, total }: CountedSheet) => ({
  evaluatorId,
  groupId,
  total,
});

/** Each group's count and mean over the kept sheets, and the (possibly group-weighted) base score. */
function scoreFromKept(event: InspectionEvent, kept: CountedSheet[]) {
  const groups = event.groups.map((group) => {
    const totals = kept.filter((s) => s.groupId === group.id).map((s) => s.total);
    return { groupId: group.id, count: totals.length, mean: mean(totals), weight: group.weight };
  });
  if (!event.rules.weightByGroup) return { groups, baseScore: mean(kept.map((s) => s.total)) };
  // Groups without a kept sheet drop out, and the remaining weights are renormalised.
  const present = groups.filter((g) => g.mean !== null);
  const weightSum = present.reduce((sum, g) => sum + g.weight, 0);
  const weighted = present.reduce((sum, g) => sum + g.weight * (g.mean ?? 0), 0);
  return { groups, baseScore: present.length > 0 ? weighted / weightSum : null };
}

function criterionMeans(event: InspectionEvent, counted: CountedSheet[]) {
  return Object.fromEntries(
    event.scheme.criteria.map((c) => [
      c.id,
      round2(mean(counted.map((s) => s.sheet.scores[c.id]))),
    ]),
  );
}

function projectOutcome(
  event: InspectionEvent,
  { project, sheets, counted, excluded, mayVote }: ProjectSheets,
): { result: Unranked; keys: RankKeys | null } {
  const { rules, voteOptions } = event;
  const trim = trimExtremes(counted, rules.trimMinSheets);
  const { groups, baseScore } = scoreFromKept(event, trim.kept);

  const votes = tallyVotes(sheets, mayVote);
  const satisfaction = satisfactionOf(votes, voteOptions);
  const satisfactionIndex = satisfaction.index;
  // Without votes the composite is the base score alone: no project is pulled down for an empty poll.
  const composite =
    baseScore === null
      ? null
      : satisfactionIndex === null
        ? baseScore
        : rules.scoreWeight * baseScore + rules.satisfactionWeight * satisfactionIndex;

  const result: Unranked = {
    projectId: project.id,
    category: project.category,
    sheetCount: counted.length,
    score: round2(composite),
    baseScore: round2(baseScore),
    criterionMeans: criterionMeans(event, counted),
    voteCount: satisfaction.voteCount,
    satisfactionRate: round2(satisfaction.rate),
    satisfiedShare:
      satisfaction.satisfiedShare === null
        ? null
        : roundTo(satisfaction.satisfiedShare, SHARE_DECIMALS),
    satisfactionIndex: round2(satisfactionIndex),
    steps: {
      counted: counted.map(totalOnly),
      excluded,
      method: trim.method,
      droppedHighest: trim.droppedHighest && totalOnly(trim.droppedHighest),
      droppedLowest: trim.droppedLowest && totalOnly(trim.droppedLowest),
      groups: groups.map((g) => ({ ...g, mean: round2(g.mean) })),
      weighted: rules.weightByGroup,
      baseScore: round2(baseScore),
      votes,
      voteValues: satisfaction.voteValues,
      satisfactionIndex: round2(satisfactionIndex),
      scoreWeight: rules.scoreWeight,
      satisfactionWeight: rules.satisfactionWeight,
      composite: round2(composite),
    },
  };
  // Ties are judged on the figures people see, so two projects shown as equal are treated as equal.
  const keys =
    composite === null || baseScore === null
      ? null
      : {
          composite: roundTo(composite, 2),
          base: roundTo(baseScore, 2),
          // A project without votes has no 满意 share; it ranks as if it had none.
          satisfiedShare: roundTo(satisfaction.satisfiedShare ?? 0, SHARE_DECIMALS),
        };
  return { result, keys };
}

/** Which tie-break, if any, was needed to order `a` against `b`. */
export function separation(a: RankKeys, b: RankKeys): Separation {
  if (a.composite !== b.composite) return "composite";
  if (a.base !== b.base) return "base_score";
  if (a.satisfiedShare !== b.satisfiedShare) return "satisfied_share";
  return "tied";
}

const beats = (a: RankKeys, b: RankKeys) =>
  a.composite - b.composite || a.base - b.base || a.satisfiedShare - b.satisfiedShare;

/**
 * Competition ranking within a category (1, 2, 2, 4). `tieBreak` names the deepest tie-break needed
 * against any project of the category with the same rounded composite.
 *
 * Per category: one sort for the ranks, and the projects grouped by composite → base → 满意 share
 * for ties and tie-breaks, so a list of thousands costs n log n, not n² comparisons.
 */
function rankWithinCategory(
  outcomes: { result: Unranked; keys: RankKeys | null }[],
): Pick<ProjectResult, "rank" | "tiedWith" | "tieBreak">[] {
  type Keyed = { id: string; keys: RankKeys };
  const byCategory = new Map<string, Keyed[]>();
  for (const { result, keys } of outcomes) {
    if (keys === null) continue;
    const list = byCategory.get(result.category) ?? [];
    list.push({ id: result.projectId, keys });
    byCategory.set(result.category, list);
  }
  // composite → base → share → project ids (in the outcomes' order), per category.
  const groups = new Map<string, Map<number, Map<number, Map<number, string[]>>>>();
  // How many of the category rank strictly before a project with these keys.
  const ahead = new Map<string, (keys: RankKeys) => number>();
  for (const [category, list] of byCategory) {
    const tree = new Map<number, Map<number, Map<number, string[]>>>();
    for (const { id, keys } of list) {
      const bases = tree.get(keys.composite) ?? new Map<number, Map<number, string[]>>();
      tree.set(keys.composite, bases);
      const shares = bases.get(keys.base) ?? new Map<number, string[]>();
      bases.set(keys.base, shares);
      const ids = shares.get(keys.satisfiedShare) ?? [];
      ids.push(id);
      shares.set(keys.satisfiedShare, ids);
    }
    groups.set(category, tree);
    const sorted = list.map((k) => k.keys).sort((a, b) => beats(b, a));
    ahead.set(category, (keys) => {
      // The first position whose keys do not beat `keys`: everything before it does.
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (beats(sorted[mid] as RankKeys, keys) > 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    });
  }
  return outcomes.map(({ result, keys }) => {
    if (keys === null) return { rank: null, tiedWith: [], tieBreak: "none" };
    const bases = groups.get(result.category)?.get(keys.composite);
    const shares = bases?.get(keys.base);
    const same = shares?.get(keys.satisfiedShare) ?? [];
    const rank = 1 + (ahead.get(result.category)?.(keys) ?? 0);
    const tiedWith = same.filter((id) => id !== result.projectId);
    const tieBreak =
      (shares?.size ?? 0) > 1 ? "satisfied_share" : (bases?.size ?? 0) > 1 ? "base_score" : "none";
    return { rank, tiedWith, tieBreak };
  });
}

/** The figures a ranked result was ordered by; null for a project without a score. */
export function rankKeysOf(
  result: Pick<ProjectResult, "score" | "baseScore" | "satisfiedShare">,
): RankKeys | null {
  if (result.score === null || result.baseScore === null) return null;
  return {
    composite: result.score,
    base: result.baseScore,
    satisfiedShare: result.satisfiedShare ?? 0,
  };
}

/** The same as computeEventResults, from sheets already assessed (so callers assess only once). */
export function resultsOfAssessed(
  event: InspectionEvent,
  assessed: ProjectSheets[],
): ProjectResult[] {
  const outcomes = assessed.map((a) => projectOutcome(event, a));
  const ranks = rankWithinCategory(outcomes);
  return outcomes.map(({ result }, i) => ({ ...result, ...ranks[i] }));
}

/** Results in the event's inspection order; projects the event does not cover are ignored. */
export function computeEventResults(
  event: InspectionEvent,
  projects: ScoredProject[],
  sheets: ScoreSheet[],
  evaluators: Evaluator[],
): ProjectResult[] {
  return resultsOfAssessed(event, assessEventSheets(event, projects, sheets, evaluators));
}

/**
 * Sheets handed in (one per evaluator and project) against those expected from the event's
 * evaluators; recused pairs are neither. Without `projects` only declared recusals are known.
 */
export function summariseSubmission(
  event: InspectionEvent,
  sheets: ScoreSheet[],
  evaluators: Evaluator[],
  projects: Pick<ScoredProject, "id" | "responsibleUnit">[] = [],
): { submitted: number; expected: number; recused: number } {
  const groupOf = eventEvaluatorGroups(event, evaluators);
  const projectIds = new Set(event.projectIds);
  const recusals = recusalsOf(event, evaluators, projects);
  const isRecused = recusalCheck(recusals);
  const handedIn = new Set(
    sheets
      .filter(
        (s) =>
          s.eventId === event.id &&
          projectIds.has(s.projectId) &&
          groupOf.has(s.evaluatorId) &&
          !isRecused(s.evaluatorId, s.projectId),
      )
      .map(pairKey),
  );
  return {
    submitted: handedIn.size,
    expected: groupOf.size * projectIds.size - recusals.length,
    recused: recusals.length,
  };
}

/**
 * A result as a wall screen may read it: every figure the panels show (scores, ranks, votes), but
 * no evaluator's own total — who gave what stays with the people entitled to the score sheets.
 */
export function withoutEvaluatorDetail(result: ProjectResult): ProjectResult {
  return {
    ...result,
    steps: {
      ...result.steps,
      counted: [],
      excluded: [],
      droppedHighest: null,
      droppedLowest: null,
    },
  };
}
