import type { Cell } from "../../domain/formula-safety";
import { type Lang, localized } from "../../domain/i18n";
import type { Pair } from "../../domain/pair-key";
import type { Evaluator, EvaluatorGroup } from "../../domain/scoring-schemas";
import { word } from "./transfer-messages";

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
  const { evaluator, group, project } = named;
  return [
    pair.evaluatorId,
    evaluator ? localized(evaluator, "label", lang) : pair.evaluatorId,
    group ? localized(group, "name", lang) : "",
    pair.projectId,
    localized(project, "name", lang),
  ];
}

/** A criterion's column header: its name and maximum, e.g. "项目建设进度 (30)". */
export const criterionHeader = (c: Named & { max: number }, lang: Lang) =>
  `${localized(c, "name", lang)} (${c.max})`;
