import type { ReviewResponse } from "../../../api/review";

export type MatrixRow = ReviewResponse["projects"][number];

/** The orders the matrix offers; "red" puts the projects longest in red first. */
export const matrixSorts = ["red", "name"] as const;
export type MatrixSort = (typeof matrixSorts)[number];

/** "red:desc" in the link; anything else is the list's own order. */
export function parseMatrixSort(value: string | undefined): MatrixSort | null {
  const key = value?.split(":")[0];
  return matrixSorts.find((s) => s === key) ?? null;
}

// One collator for every comparison: localeCompare builds one per call, which a city's list feels.
const byChinese = new Intl.Collator("zh");

type Filter = { category?: string; unit?: string };

/**
 * The rows shown: those of the category and unit asked for, in the order asked for. Ties on red
 * keep the most 旬 in yellow first, then the name, so the order does not jump between renders.
 */
export function matrixRows(
  rows: readonly MatrixRow[],
  filter: Filter,
  sort: MatrixSort | null,
): MatrixRow[] {
  const kept = rows.filter(
    (r) =>
      (!filter.category || r.category === filter.category) &&
      (!filter.unit || r.responsibleUnit === filter.unit),
  );
  const byName = (a: MatrixRow, b: MatrixRow) => byChinese.compare(a.name, b.name);
  if (sort === "red")
    return kept.sort(
      (a, b) => b.redCount - a.redCount || b.yellowCount - a.yellowCount || byName(a, b),
    );
  if (sort === "name") return kept.sort(byName);
  return kept;
}

/** The units that hold projects, in the list's order, each once. */
export const unitsOf = (rows: readonly MatrixRow[]) => [
  ...new Map(rows.map((r) => [r.responsibleUnit, r])).values(),
];
