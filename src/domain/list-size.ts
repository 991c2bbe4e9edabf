/**
 * How the overview shows lists and charts that grow with the number of projects. A district's list
 * (18) shows every project; a city's (thousands) would be a wall of names, so past `PER_PROJECT_MAX`
 * the overview shows the first few and a way to the rest, and charts draw one bar per group.
 */

/** Up to this many projects, charts and lists draw one row per project. */
export const PER_PROJECT_MAX = 30;
/** Past it, how many of each ranked list are shown (the rest are counted and linked). */
export const TOP_SHOWN = 10;

/** The first `n` of a list and how many are left out. */
export function topOf<T>(items: readonly T[], n: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, n), hidden: Math.max(0, items.length - n) };
}

export type GroupCompletion<P> = {
  key: string;
  /** One project of the group, for its localized name. */
  sample: P;
  count: number;
  /** Plain mean of the group's completion shares, %. */
  meanPct: number;
  /** How many of the group's projects are on red and on yellow. */
  red: number;
  yellow: number;
};

type Completing = {
  status: "green" | "yellow" | "red";
  statusExplanation: { ytdCompletionPct: number };
};

/**
 * Projects grouped (e.g. by street) with the mean share of this year's plan done, lowest first;
 * ties by group key, so the order is the same on every render.
 */
export function completionByGroup<P extends Completing>(
  projects: readonly P[],
  keyOf: (project: P) => string,
): GroupCompletion<P>[] {
  const groups = new Map<string, GroupCompletion<P> & { sum: number }>();
  for (const project of projects) {
    const key = keyOf(project);
    let group = groups.get(key);
    if (!group) {
      group = { key, sample: project, count: 0, meanPct: 0, red: 0, yellow: 0, sum: 0 };
      groups.set(key, group);
    }
    group.count++;
    group.sum += project.statusExplanation.ytdCompletionPct;
    if (project.status === "red") group.red++;
    if (project.status === "yellow") group.yellow++;
  }
  return [...groups.values()]
    .map(({ sum, ...group }) => ({ ...group, meanPct: sum / group.count }))
    .sort((a, b) => a.meanPct - b.meanPct || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
