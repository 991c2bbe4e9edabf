import { z } from "zod";
import { defineMessages, type Lang, localized, translate } from "./i18n";
import type { Scheme } from "./scoring-schemas";
import { voteSchema } from "./scoring-schemas";
import { joinClauses, quoted } from "./shared-messages";

/** What a client sends to store one evaluator's sheet for one project. */
export const sheetInputSchema = z.object({
  scores: z.record(z.string(), z.number({ error: "a score must be a number" })),
  vote: voteSchema,
  comment: z.string().trim().max(500, "the comment is longer than 500 characters").optional(),
  /** Why a submitted sheet is being changed (required for changes after submission). */
  reason: z.string().trim().max(500).optional(),
});
export type SheetInput = z.infer<typeof sheetInputSchema>;

export type SheetIssue =
  | { code: "missing"; criterionId: string }
  | { code: "unknown"; criterionId: string }
  | { code: "out_of_range"; criterionId: string; value: number; max: number }
  | { code: "step"; criterionId: string; value: number };

/**
 * Checks scores against the event's scheme: every criterion present, none unknown, each within
 * 0..max in steps of 0.5 (how paper sheets are marked). Returns every problem, not just the first.
 */
export function checkScores(
  scores: Record<string, number>,
  scheme: Pick<Scheme, "criteria">,
): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const known = new Set(scheme.criteria.map((c) => c.id));
  for (const criterion of scheme.criteria) {
    const value = scores[criterion.id];
    if (value === undefined) issues.push({ code: "missing", criterionId: criterion.id });
    else if (!Number.isFinite(value) || value < 0 || value > criterion.max)
      issues.push({ code: "out_of_range", criterionId: criterion.id, value, max: criterion.max });
    else if (!Number.isInteger(value * 2))
      issues.push({ code: "step", criterionId: criterion.id, value });
  }
  for (const id of Object.keys(scores))
    if (!known.has(id)) issues.push({ code: "unknown", criterionId: id });
  return issues;
}

const sheetIssueMessages = defineMessages({
  zh: {
    missing: "缺少{name}的得分",
    unknown: "{name}不是本次评分方案的评分项",
    out_of_range: "{name}得分 {value} 超出 0–{max}",
    step: "{name}得分 {value} 须为 0.5 的整数倍",
  },
  en: {
    missing: "no score for {name}",
    unknown: "{name} is not a criterion of this scheme",
    out_of_range: "{name} score {value} is outside 0–{max}",
    step: "{name} score {value} must be a multiple of 0.5",
  },
});

/** One line per issue, in the reader's language, naming the criterion as the scheme does. */
export function describeSheetIssues(
  issues: SheetIssue[],
  scheme: Pick<Scheme, "criteria">,
  lang: Lang,
): string {
  const t = translate(sheetIssueMessages, lang);
  const name = (id: string) => {
    const c = scheme.criteria.find((x) => x.id === id);
    return quoted(c ? localized(c, "name", lang) : id, lang);
  };
  const describe = (i: SheetIssue): string =>
    i.code === "unknown"
      ? t(i.code, { name: quoted(i.criterionId, lang) })
      : t(i.code, { ...i, name: name(i.criterionId) });
  return joinClauses(issues.map(describe), lang);
}
