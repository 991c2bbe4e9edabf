import { type ColumnDef, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { type HTMLAttributes, type ReactNode, useMemo, useState } from "react";
import { EmptyState } from "./async-state";
import { SpacerRow, useVirtualRows } from "./virtual-rows";

/** One column: its heading, what each row shows in it, and how it is laid out. */
export type DataColumn<T> = {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
  /** The cell names its row (<th scope="row">), as a screen reader announces it. */
  rowHeader?: boolean;
  /** On the heading and on every cell of the column. */
  className?: string;
  /** On the cells only, e.g. a row's state. */
  cellClassName?: string;
  /**
   * The heading each cell repeats when rows are shown as cards on a phone. Defaults to the heading
   * in a table with cards; `null` for a column that needs none (a row's own name or number).
   */
  label?: string | null;
  /** Makes the column sortable by this value: its heading becomes a button and carries aria-sort. */
  sortValue?: (row: T) => string | number;
  /**
   * For rows ordered outside the table (by the page's own control): the order the column is in,
   * said on its heading as aria-sort.
   */
  sort?: "ascending" | "descending" | "none";
};

export type TableSort = { id: string; desc: boolean };

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;

type Props<T> = {
  columns: DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** What the table is; shown above it unless `captionHidden`. */
  caption?: ReactNode;
  captionHidden?: boolean;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /**
   * On a narrow screen each row becomes a card, each value beside its heading, so nothing needs a
   * sideways scroll. Off for a table that lays out its own cards or is meant to scroll.
   */
  cards?: boolean;
  /** Extra classes on the table and on its scrolling box. */
  className?: string;
  scrollClassName?: string;
  compact?: boolean;
  rowProps?: (row: T) => RowAttributes;
  tableProps?: HTMLAttributes<HTMLTableElement> & Record<`data-${string}`, string>;
  /** The order the rows start in, for a table with sortable columns (else as given). */
  defaultSort?: TableSort;
  /** Words for a sort button's name, e.g. (column) => `按${column}排序`. */
  sortLabel?: (column: string) => string;
};

const ariaSort = { asc: "ascending", desc: "descending" } as const;

// One collator for every comparison: localeCompare builds one per call, which thousands of rows feel.
const collator = new Intl.Collator();

/** Rows in the column's order; ties keep the given order (Array sort is stable). */
export function sortRows<T>(
  rows: readonly T[],
  column: DataColumn<T> | undefined,
  desc: boolean,
): T[] {
  const value = column?.sortValue;
  if (!value) return [...rows];
  const sign = desc ? -1 : 1;
  // Each row's value once, not once per comparison.
  const keyed = rows.map((row, i) => ({ row, key: value(row), i }));
  keyed.sort((a, b) => {
    const x = a.key;
    const y = b.key;
    const order =
      typeof x === "number" && typeof y === "number"
        ? x - y
        : collator.compare(String(x), String(y));
    return sign * order || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}

const join = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ");

/** The app's data table: column definitions in, a captioned table (or phone cards) out. */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  captionHidden = false,
  empty,
  cards = false,
  className,
  scrollClassName,
  compact = false,
  rowProps,
  tableProps,
  defaultSort,
  sortLabel,
}: Props<T>) {
  const [sort, setSort] = useState<TableSort | undefined>(defaultSort);
  // Kept while the props stay the same: the table's own re-renders must see the same rows, or
  // it takes them for new data and renders again, without end.
  const sortedRows = useMemo(
    () =>
      sort
        ? sortRows(
            rows,
            columns.find((c) => c.id === sort.id),
            sort.desc,
          )
        : rows,
    [rows, columns, sort],
  );
  const table = useReactTable<T>({
    data: sortedRows as T[],
    columns: columns.map(
      (column): ColumnDef<T> => ({
        id: column.id,
        // Cells are drawn by calling the definitions below, not through flexRender: a function here
        // would be a new component type on every render, and React would remount the cells
        // (a focused button inside would lose focus).
      }),
    ),
    getCoreRowModel: getCoreRowModel(),
    // No pages here; resetting them on new data only costs another render.
    autoResetPageIndex: false,
    getRowId: (row) => rowKey(row),
  });
  const tableRows = table.getRowModel().rows;
  // Estimated: a line of text with padding; a card on a phone is measured once drawn.
  const virtual = useVirtualRows(tableRows.length, {
    row: compact ? 30 : 38,
    card: cards ? 20 + 28 * columns.length : compact ? 30 : 38,
  });
  if (rows.length === 0 && empty !== undefined) return <EmptyState>{empty}</EmptyState>;
  const byId = new Map(columns.map((column) => [column.id, column]));
  const classes = (column: DataColumn<T>) =>
    join(column.numeric && "num", column.className) || undefined;
  return (
    <div className={join("table-scroll", scrollClassName)}>
      <table
        aria-rowcount={tableRows.length + 1}
        {...tableProps}
        className={join(
          "data-table",
          compact && "data-table--compact",
          cards && "data-table--cards",
          className,
        )}
      >
        {caption !== undefined && (
          <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
        )}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const column = byId.get(header.column.id) as DataColumn<T>;
                const active = sort?.id === column.id ? sort : undefined;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={classes(column)}
                    aria-sort={
                      column.sortValue
                        ? active
                          ? ariaSort[active.desc ? "desc" : "asc"]
                          : "none"
                        : column.sort
                    }
                  >
                    {column.sortValue ? (
                      <button
                        type="button"
                        className="data-table__sort"
                        title={
                          sortLabel && typeof column.header === "string"
                            ? sortLabel(column.header)
                            : undefined
                        }
                        onClick={() =>
                          setSort({ id: column.id, desc: active ? !active.desc : false })
                        }
                      >
                        {column.header}
                        <span aria-hidden="true" className="data-table__sort-arrow">
                          {active ? (active.desc ? "▼" : "▲") : "↕"}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={virtual.bodyRef}>
          <SpacerRow height={virtual.before} columns={columns.length} />
          {virtual.indexes.map((index) => {
            const row = tableRows[index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                ref={virtual.measure}
                data-index={index}
                aria-rowindex={index + 2}
                {...rowProps?.(row.original)}
              >
                {row.getVisibleCells().map((cell) => {
                  const column = byId.get(cell.column.id) as DataColumn<T>;
                  const Cell = column.rowHeader ? "th" : "td";
                  const label =
                    column.label === undefined
                      ? cards && !column.rowHeader && typeof column.header === "string"
                        ? column.header
                        : undefined
                      : (column.label ?? undefined);
                  return (
                    <Cell
                      key={cell.id}
                      scope={column.rowHeader ? "row" : undefined}
                      data-label={label}
                      className={join(classes(column), column.cellClassName) || undefined}
                    >
                      {column.cell(row.original)}
                    </Cell>
                  );
                })}
              </tr>
            );
          })}
          <SpacerRow height={virtual.after} columns={columns.length} />
        </tbody>
      </table>
    </div>
  );
}
