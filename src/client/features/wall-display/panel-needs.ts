/**
 * What a wall panel needs before it can show anything, and the one rule that decides, from the
 * state of that data, whether the rotation shows the panel, waits on it, or skips it.
 */
export type Need = "projects" | "results" | "basemap" | "dispatch";

/**
 * - ready: the data is here (possibly older data kept while a refetch fails).
 * - loading: not here yet, still being asked for.
 * - none: there is nothing to ask for (no finished event: no results).
 * - failed: never arrived and the request failed.
 */
export type SourceState = "ready" | "loading" | "none" | "failed";

/** A query's data as a panel sees it: data kept beats a later error. */
export function sourceState(q: { hasData: boolean; failed: boolean; none?: boolean }): SourceState {
  if (q.hasData) return "ready";
  if (q.none) return "none";
  return q.failed ? "failed" : "loading";
}

const worstFirst: SourceState[] = ["failed", "none", "loading", "ready"];

/** A panel is as ready as the least ready thing it needs: one failure skips it, one wait holds it. */
export function panelReadiness(
  needs: readonly Need[],
  sources: Record<Need, SourceState>,
): SourceState {
  const states = needs.map((n) => sources[n]);
  return worstFirst.find((s) => states.includes(s)) ?? "ready";
}

/** The panels the rotation passes over: those whose data failed, and those that threw. */
export function skippedPanels<Id extends string>(
  panels: readonly { id: Id; needs: readonly Need[] }[],
  sources: Record<Need, SourceState>,
  threw: ReadonlySet<Id>,
): Set<Id> {
  const skipped = new Set<Id>(threw);
  for (const p of panels) if (panelReadiness(p.needs, sources) === "failed") skipped.add(p.id);
  return skipped;
}
