import type { SortingState } from "@tanstack/react-table";

/** Every column of the projects table, in display order. `name` is always shown. */
export const columnIds = [
  "name",
  "category",
  "street",
  "totalInvestment",
  "planCompletion",
  "progress",
  "status",
  "score",
  "rank",
] as const;
export type ColumnId = (typeof columnIds)[number];

/** The columns a user may hide. */
export const choosableColumnIds = columnIds.filter((id) => id !== "name");

const isColumnId = (id: string): id is ColumnId => (columnIds as readonly string[]).includes(id);

/** `cols` from the URL → the visible columns in display order; absent or unusable → all. */
export function visibleColumnIds(cols: readonly string[] | undefined): ColumnId[] {
  const known = cols?.filter(isColumnId);
  if (!known?.length) return [...columnIds];
  return columnIds.filter((id) => id === "name" || known.includes(id));
}

/**
 * The visible columns → `cols` for the URL. The default (all) is written as absent; otherwise
 * `name` is included so that hiding every other column still differs from "absent".
 */
export function colsParam(visible: readonly ColumnId[]): string[] | undefined {
  const shown = columnIds.filter((id) => id === "name" || visible.includes(id));
  return shown.length === columnIds.length ? undefined : shown;
}

/** `sort=score:desc` → react-table's sorting state (unknown columns are ignored). */
export function parseSort(sort: string | undefined): SortingState {
  const [id, dir] = sort?.split(":") ?? [];
  if (!id || !isColumnId(id)) return [];
  return [{ id, desc: dir === "desc" }];
}

export function sortParam(sorting: SortingState): string | undefined {
  const first = sorting[0];
  return first ? `${first.id}:${first.desc ? "desc" : "asc"}` : undefined;
}

/** Right-aligned, tabular-figure columns. */
export const numericColumnIds: ReadonlySet<ColumnId> = new Set([
  "totalInvestment",
  "planCompletion",
  "progress",
  "score",
  "rank",
]);
