import type { Cell } from "../../domain/formula-safety";
import type { Pair } from "../../domain/pair-key";
import type { Evaluator, EvaluatorGroup } from "../../domain/scoring-schemas";
import { type Lang, word } from "./transfer-messages";

/**
 * The columns both the sheets export and the entry template start with, so a file exported can be
 * read back as a template: who (id, label, group) and which project (id, name).
 */
export const pairHeader = (lang: Lang): string[] => [
  word("evaluatorId", lang),
  word("evaluator", lang),
  word("group", lang),
  word("projectId", lang),
  word("project", lang),
];

type Named = { name: string; nameEn: string };

/** A row's first cells under pairHeader; an evaluator no longer listed shows by id. */
export function pairCells(
  pair: Pair,
  named: { evaluator?: Evaluator; group?: EvaluatorGroup; project: Named },
  lang: Lang,
): Cell[] {
  const pick = (zh: string, en: string) => (lang === "zh" ? zh : en);
  const { evaluator, group, project } = named;
  return [
    pair.evaluatorId,
    evaluator ? pick(evaluator.label, evaluator.labelEn) : pair.evaluatorId,
    group ? pick(group.name, group.nameEn) : "",
    pair.projectId,
    pick(project.name, project.nameEn),
  ];
}

/** A criterion's column header: its name and maximum, e.g. "项目建设进度 (30)". */
export const criterionHeader = (c: Named & { max: number }, lang: Lang) =>
  `${lang === "zh" ? c.name : c.nameEn} (${c.max})`;
