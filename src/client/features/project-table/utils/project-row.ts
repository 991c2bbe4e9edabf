import type { ProjectSummary } from "../../../../domain/api-views";
import type { ProjectResult } from "../../../../domain/outcome-schemas";

/** A table row: the project plus its score and rank at the current event (null until scored). */
export type ProjectRow = ProjectSummary & {
  score: number | null;
  rank: number | null;
  /** How many projects the rank is out of: the scored projects of the same category. */
  rankOf: number | null;
};

type ResultLike = Pick<ProjectResult, "projectId" | "category" | "score" | "rank">;

export function joinResults(
  projects: readonly ProjectSummary[],
  results: readonly ResultLike[] | undefined,
): ProjectRow[] {
  const byId = new Map(results?.map((r) => [r.projectId, r]));
  const rankedPerCategory = new Map<string, number>();
  for (const r of results ?? []) {
    if (r.rank !== null)
      rankedPerCategory.set(r.category, (rankedPerCategory.get(r.category) ?? 0) + 1);
  }
  return projects.map((p) => {
    const result = byId.get(p.id);
    const rank = result?.rank ?? null;
    return {
      ...p,
      score: result?.score ?? null,
      rank,
      rankOf: rank === null ? null : (rankedPerCategory.get(p.category) ?? null),
    };
  });
}
