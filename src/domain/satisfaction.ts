/** 现场投票: tallies the satisfaction poll of one project and derives its rate and index. */
import type { ScoreSheet, Vote, VoteOption } from "./scoring-schemas";

export type VoteCounts = Record<Vote, number>;

const VOTES: Vote[] = ["satisfied", "basically_satisfied", "unsatisfied"];

/** Counts the non-null votes on the sheets whose evaluator `isKnown` accepts. */
export function tallyVotes(
  sheets: Pick<ScoreSheet, "evaluatorId" | "vote">[],
  isKnown: (evaluatorId: string) => boolean,
): VoteCounts {
  const votes: VoteCounts = { satisfied: 0, basically_satisfied: 0, unsatisfied: 0 };
  for (const sheet of sheets) {
    if (sheet.vote !== null && isKnown(sheet.evaluatorId)) votes[sheet.vote] += 1;
  }
  return votes;
}

/**
 * Unrounded satisfaction figures; rate, index and share are null without votes. An option missing
 * from the event's list is worth 0.
 */
export function satisfactionOf(votes: VoteCounts, voteOptions: VoteOption[]) {
  const optionValue = (vote: Vote) => voteOptions.find((o) => o.id === vote)?.value ?? 0;
  const voteValues: VoteCounts = {
    satisfied: optionValue("satisfied"),
    basically_satisfied: optionValue("basically_satisfied"),
    unsatisfied: optionValue("unsatisfied"),
  };
  const voteCount = VOTES.reduce((sum, v) => sum + votes[v], 0);
  if (voteCount === 0) {
    return { voteCount, voteValues, rate: null, index: null, satisfiedShare: null };
  }
  const valueSum = VOTES.reduce((sum, v) => sum + votes[v] * voteValues[v], 0);
  return {
    voteCount,
    voteValues,
    /** 满意 + 基本满意 over all votes, %. */
    rate: ((votes.satisfied + votes.basically_satisfied) / voteCount) * 100,
    /** Σ(count × value) / votes × 100. */
    index: (valueSum / voteCount) * 100,
    /** 满意 alone over all votes, 0..1: the second tie-break. */
    satisfiedShare: votes.satisfied / voteCount,
  };
}
