/**
 * 回避: an evaluator from a project's responsible unit does not score that project, nor does one the
 * event lists explicitly. A recused pair is neither expected, submitted nor counted.
 */

import { pairKey } from "./pair-key";
import type { Evaluator, InspectionEvent, ScoredProject } from "./scoring-schemas";

export type Recusal = {
  evaluatorId: string;
  projectId: string;
  source: "same_unit" | "declared";
  /** The reason given for a declared recusal. */
  reason?: string;
};

/** A unit of only blanks counts as no unit, so an empty cell never recuses anyone. */
function unitOf(unit: string | undefined): string | null {
  const trimmed = unit?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

/** True when the evaluator and the project both name a unit and it is the same (after trimming). */
export function isRecused(
  evaluator: Pick<Evaluator, "unit">,
  project: Pick<ScoredProject, "responsibleUnit">,
): boolean {
  const unit = unitOf(evaluator.unit);
  return unit !== null && unit === unitOf(project.responsibleUnit);
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every recused pair of the event's matrix (its evaluators × its projects), in inspection order and
 * then the evaluators' order. A pair that is both same-unit and declared is listed once, as declared,
 * because the declaration carries a reason; a declaration outside the matrix is ignored.
 */
export function recusalsOf(
  event: InspectionEvent,
  evaluators: Evaluator[],
  projects: Pick<ScoredProject, "id" | "responsibleUnit">[],
): Recusal[] {
  const groupIds = new Set(event.groups.map((g) => g.id));
  const eventEvaluators = evaluators.filter((e) => groupIds.has(e.groupId));
  const order = new Map(eventEvaluators.map((e, i) => [e.id, i]));
  // Indexed by unit and by project, so a large matrix is not walked cell by cell.
  const byUnit = new Map<string, string[]>();
  for (const e of eventEvaluators) {
    const unit = unitOf(e.unit);
    if (unit !== null) append(byUnit, unit, e.id);
  }
  // The first declaration of a pair wins; repeats add nothing.
  const declared = new Map<string, string>();
  const declaredByProject = new Map<string, string[]>();
  for (const { evaluatorId, projectId, reason } of event.recusals ?? []) {
    const key = pairKey({ evaluatorId, projectId });
    if (!order.has(evaluatorId) || declared.has(key)) continue;
    declared.set(key, reason);
    append(declaredByProject, projectId, evaluatorId);
  }
  const unitOfProject = new Map(projects.map((p) => [p.id, unitOf(p.responsibleUnit)]));

  const recusals: Recusal[] = [];
  for (const projectId of new Set(event.projectIds)) {
    const unit = unitOfProject.get(projectId) ?? null;
    const sameUnit = unit === null ? [] : (byUnit.get(unit) ?? []);
    const candidates = new Set([...sameUnit, ...(declaredByProject.get(projectId) ?? [])]);
    const ordered = [...candidates].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    for (const evaluatorId of ordered) {
      const reason = declared.get(pairKey({ evaluatorId, projectId }));
      recusals.push(
        reason === undefined
          ? { evaluatorId, projectId, source: "same_unit" }
          : { evaluatorId, projectId, source: "declared", reason },
      );
    }
  }
  return recusals;
}

/** A constant-time check of whether a pair is among `recusals`. */
export function recusalCheck(
  recusals: Pick<Recusal, "evaluatorId" | "projectId">[],
): (evaluatorId: string, projectId: string) => boolean {
  const keys = new Set(recusals.map((r) => pairKey(r)));
  return (evaluatorId, projectId) => keys.has(pairKey({ evaluatorId, projectId }));
}
