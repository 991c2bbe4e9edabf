import type { ProjectRecord } from "../../domain/project";
import type { Actor } from "./actor";

/**
 * Which projects' reports an actor may see and send: a responsible-unit account only its own
 * unit's (by the project's responsibleUnit); everyone else every project.
 */
export function reportScope(actor: Actor | null): ((project: ProjectRecord) => boolean) | "all" {
  if (actor?.kind !== "user" || actor.user.role !== "unit") return "all";
  const unit = actor.user.unit;
  return (project) => unit !== undefined && project.responsibleUnit === unit;
}

export function mayReportFor(actor: Actor | null, project: ProjectRecord): boolean {
  const scope = reportScope(actor);
  return scope === "all" || scope(project);
}
