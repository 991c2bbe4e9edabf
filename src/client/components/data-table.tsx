import { type ColumnDef, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import type { HTMLAttributes, ReactNode } from "react";
import { EmptyState } from "./async-state";

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
  /** A column the rows can be ordered by: its heading carries aria-sort. */
  sort?: "ascending" | "descending" | "none";
};

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
};

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
}: Props<T>) {
  const table = useReactTable<T>({
    data: rows as T[],
    columns: columns.map(
      (column): ColumnDef<T> => ({
        id: column.id,
        // Cells are drawn by calling the definitions below, not through flexRender: a function here
        // would be a new component type on every render, and React would remount the cells
        // (a focused button inside would lose focus).
      }),
    ),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => rowKey(row),
  });
  if (rows.length === 0 && empty !== undefined) return <EmptyState>{empty}</EmptyState>;
  const byId = new Map(columns.map((column) => [column.id, column]));
  const classes = (column: DataColumn<T>) =>
    join(column.numeric && "num", column.className) || undefined;
  return (
    <div className={join("table-scroll", scrollClassName)}>
      <table
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
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={byId.get(header.column.id)?.sort}
                  className={classes(byId.get(header.column.id) as DataColumn<T>)}
                >
                  {byId.get(header.column.id)?.header}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} {...rowProps?.(row.original)}>
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
