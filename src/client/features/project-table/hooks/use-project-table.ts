import {
  getCoreRowModel,
  getFilteredRowModel,
  type SortingState,
  type Updater,
  useReactTable,
} from "@tanstack/react-table";
import { useCallback, useMemo } from "react";
import type { Lang } from "../../../../domain/i18n";
import { useDashboardSearch } from "../../../lib/dashboard-search";
import { useProjectColumns } from "../components/project-columns";
import type { ProjectRow } from "../utils/project-row";
import { sortedRowModelWithoutCopies } from "../utils/sorted-row-model";
import { columnIds, parseSort, sortParam, visibleColumnIds } from "../utils/table-columns";

/**
 * The projects table. Sorting and visible columns are read from and written to the URL, so a
 * reload or a shared link shows the same view; react-table only derives the row order from them.
 */
export function useProjectTable(
  rows: ProjectRow[],
  lang: Lang,
  scoresPending: boolean,
  /** The rows the shared filters let through; undefined for all. */
  shownIds?: ReadonlySet<string>,
) {
  const { search, update } = useDashboardSearch();
  const sorting = useMemo(() => parseSort(search.sort), [search.sort]);
  const columnVisibility = useMemo(() => {
    const visible = visibleColumnIds(search.cols);
    return Object.fromEntries(columnIds.map((id) => [id, visible.includes(id)]));
  }, [search.cols]);

  const onSelect = useCallback((id: string | undefined) => update({ sel: id }), [update]);
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      update({ sort: sortParam(next) });
    },
    [sorting, update],
  );

  const columns = useProjectColumns({ lang, selectedId: search.sel, onSelect, scoresPending });
  const columnFilters = useMemo(
    () => (shownIds ? [{ id: "name", value: shownIds }] : []),
    [shownIds],
  );
  return useReactTable({
    data: rows,
    columns,
    state: { sorting, columnVisibility, columnFilters },
    onSortingChange,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: sortedRowModelWithoutCopies(),
    enableMultiSort: false,
    // Clicking toggles between ascending and descending; there is no hidden "unsorted" third state.
    enableSortingRemoval: false,
  });
}
