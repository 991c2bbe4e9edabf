import { memo, type Row, type RowData, type RowModel, type Table } from "@tanstack/react-table";

/**
 * react-table's sorted row model, without its copy of every row: the library copies each row
 * (for nested rows, which this table has none of) and a city's thousands of copies cost more than
 * the sort. Same order: the column's sorting function, undefined values where the column puts
 * them, descending flips, ties in the given order.
 */
export function sortedRowModelWithoutCopies<T extends RowData>(): (
  table: Table<T>,
) => () => RowModel<T> {
  return (table) =>
    memo(
      () => [table.getState().sorting, table.getPreSortedRowModel()] as const,
      (sorting, rowModel) => {
        const sort = sorting[0];
        const column = sort ? table.getColumn(sort.id) : undefined;
        if (!sort || !column?.getCanSort() || !rowModel.rows.length) return rowModel;
        const sortingFn = column.getSortingFn();
        const sortUndefined = column.columnDef.sortUndefined;
        const sign = sort.desc ? -1 : 1;
        const rows = [...rowModel.rows].sort((a: Row<T>, b: Row<T>) => {
          if (sortUndefined) {
            const aMissing = a.getValue(sort.id) === undefined;
            const bMissing = b.getValue(sort.id) === undefined;
            if (aMissing !== bMissing) {
              if (sortUndefined === "first") return aMissing ? -1 : 1;
              if (sortUndefined === "last") return aMissing ? 1 : -1;
              return sign * (aMissing ? sortUndefined : -sortUndefined);
            }
          }
          return sign * sortingFn(a, b, sort.id) || a.index - b.index;
        });
        return { rows, flatRows: rows, rowsById: rowModel.rowsById };
      },
      { key: "sortedRowModelWithoutCopies", debug: () => false },
    );
}
