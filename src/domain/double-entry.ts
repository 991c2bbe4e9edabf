/**
 * Blind double entry: two people key the same paper sheet without seeing each other's values; the
 * sheet is stored only when both readings agree, otherwise a third person looks at the paper.
 */
import type { Vote } from "./scoring-schemas";

/** One keying of one paper sheet (already validated against the scheme). */
export type KeyedSheet = {
  scores: Record<string, number>;
  vote: Vote;
  comment?: string;
};

export type EntryComparison = {
  /** Scores and vote agree: the sheet may be stored. The comment never blocks a match. */
  same: boolean;
  /** Criteria whose scores differ (or are present in only one entry), sorted. */
  criteria: string[];
  vote: boolean;
  /** The comments differ after whitespace is normalised; informative only. */
  comment: boolean;
};

const normalise = (text: string | undefined) => (text ?? "").trim().replace(/\s+/g, " ");

/** Compares two keyings of one sheet: each criterion's score, then the vote, then the comment. */
export function compareEntries(a: KeyedSheet, b: KeyedSheet): EntryComparison {
  const ids = [...new Set([...Object.keys(a.scores), ...Object.keys(b.scores)])].sort();
  const criteria = ids.filter((id) => {
    const x = Object.hasOwn(a.scores, id) ? a.scores[id] : undefined;
    const y = Object.hasOwn(b.scores, id) ? b.scores[id] : undefined;
    return x === undefined || y === undefined || x !== y;
  });
  const vote = a.vote !== b.vote;
  return {
    same: criteria.length === 0 && !vote,
    criteria,
    vote,
    comment: normalise(a.comment) !== normalise(b.comment),
  };
}

/**
 * The comment stored for a matched pair: the agreed text, or the one that is not empty; when both
 * differ, the first keying's (both stay on record with their entries, so nothing is lost).
 */
export function agreedComment(a: KeyedSheet, b: KeyedSheet): string | undefined {
  const first = normalise(a.comment);
  const second = normalise(b.comment);
  const chosen = first || second;
  return chosen === "" ? undefined : chosen;
}
