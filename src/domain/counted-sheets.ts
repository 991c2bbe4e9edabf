/**
 * Which of an event's sheets count for each project, and why the others do not. Results, the
 * ranking under other methods and the quality signals all start from this one reading.
 */
import type { ResultSteps } from "./outcome-schemas";
import { recusalCheck, recusalsOf } from "./recusal";
import type { Evaluator, InspectionEvent, ScoredProject, ScoreSheet } from "./scoring-schemas";
import { sheetTotal } from "./sheet-total";
import { sortByTotal } from "./trimmed-mean";

export type CountedSheet = {
  evaluatorId: string;
  groupId: string;
  total: number;
  sheet: ScoreSheet;
};
export type ExcludedSheet = ResultSteps["excluded"][number];

export type ProjectSheets = {
  project: ScoredProject;
  /** The event's sheets for the project, one per evaluator, counted or not. */
  sheets: ScoreSheet[];
  /** Complete, in-range sheets of known, non-recused evaluators, ascending by total. */
  counted: CountedSheet[];
  excluded: ExcludedSheet[];
  /** Whose vote on this project counts: known evaluators who are not recused from it. */
  mayVote: (evaluatorId: string) => boolean;
};

/**
 * Evaluators who may score this event, by id → group. One outside the event's groups is treated as
 * unknown: its group has no weight, and it would otherwise count in one project and not another.
 */
export function eventEvaluatorGroups(
  event: InspectionEvent,
  evaluators: Evaluator[],
): Map<string, string> {
  const groupIds = new Set(event.groups.map((g) => g.id));
  return new Map(evaluators.filter((e) => groupIds.has(e.groupId)).map((e) => [e.id, e.groupId]));
}

/** The event's sheets per project, one per evaluator: a later sheet replaces an earlier one. */
function sheetsByProject(event: InspectionEvent, sheets: ScoreSheet[]): Map<string, ScoreSheet[]> {
  const byProject = new Map<string, Map<string, ScoreSheet>>();
  for (const sheet of sheets) {
    if (sheet.eventId !== event.id) continue;
    const perEvaluator = byProject.get(sheet.projectId) ?? new Map<string, ScoreSheet>();
    perEvaluator.set(sheet.evaluatorId, sheet);
    byProject.set(sheet.projectId, perEvaluator);
  }
  return new Map([...byProject].map(([id, perEvaluator]) => [id, [...perEvaluator.values()]]));
}

/**
 * Why a sheet does not count, or null when it does. An unknown evaluator is named first, then 回避,
 * then missing criteria before range errors.
 */
function exclusionOf(
  groupId: string | undefined,
  recused: boolean,
  missing: string[],
  outOfRange: string[],
): Omit<ExcludedSheet, "evaluatorId"> | null {
  if (groupId === undefined) return { reason: "unknown_evaluator", criterionIds: [] };
  if (recused) return { reason: "recused", criterionIds: [] };
  if (missing.length > 0) return { reason: "missing_criteria", criterionIds: missing };
  if (outOfRange.length > 0) return { reason: "score_out_of_range", criterionIds: outOfRange };
  return null;
}

/** The event's projects that `projects` describes, in inspection order, with their sheets assessed. */
export function assessEventSheets(
  event: InspectionEvent,
  projects: ScoredProject[],
  sheets: ScoreSheet[],
  evaluators: Evaluator[],
): ProjectSheets[] {
  const groupOf = eventEvaluatorGroups(event, evaluators);
  const isRecused = recusalCheck(recusalsOf(event, evaluators, projects));
  const sheetsOf = sheetsByProject(event, sheets);
  const projectById = new Map(projects.map((p) => [p.id, p]));
  return event.projectIds
    .map((id) => projectById.get(id))
    .filter((p): p is ScoredProject => p !== undefined)
    .map((project) => {
      const projectSheets = sheetsOf.get(project.id) ?? [];
      const counted: CountedSheet[] = [];
      const excluded: ExcludedSheet[] = [];
      for (const sheet of projectSheets) {
        const { evaluatorId } = sheet;
        const groupId = groupOf.get(evaluatorId);
        const { total, missing, outOfRange } = sheetTotal(sheet, event.scheme);
        const recused = isRecused(evaluatorId, project.id);
        const exclusion = exclusionOf(groupId, recused, missing, outOfRange);
        if (exclusion !== null) excluded.push({ evaluatorId, ...exclusion });
        else if (groupId !== undefined) counted.push({ evaluatorId, groupId, total, sheet });
      }
      const mayVote = (id: string) => groupOf.has(id) && !isRecused(id, project.id);
      return { project, sheets: projectSheets, counted: sortByTotal(counted), excluded, mayVote };
    });
}
