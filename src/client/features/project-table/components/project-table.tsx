import { flexRender, type Table } from "@tanstack/react-table";
import { type MouseEvent, type ReactNode, useId } from "react";
import { SpacerRow, useVirtualRows } from "../../../components/virtual-rows";
import { useMessages } from "../../../i18n/messages";
import { projectTableMessages } from "../messages";
import type { ProjectRow } from "../utils/project-row";
import { type ColumnId, numericColumnIds } from "../utils/table-columns";

type Props = {
  table: Table<ProjectRow>;
  caption: string;
  /** A note under the table (kept out of the scrolling area so a phone can read all of it). */
  note?: ReactNode;
  /** Extra words for a header's tooltip, e.g. the 序时进度 next to plan completion. */
  headerTitles?: Partial<Record<ColumnId, string>>;
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
};

const ariaSort = { asc: "ascending", desc: "descending" } as const;
const arrows = { asc: "▲", desc: "▼" } as const;

export function ProjectTable({ table, caption, note, headerTitles, selectedId, onSelect }: Props) {
  const t = useMessages(projectTableMessages);
  const noteId = useId();
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  // A row is one line of name; a phone's card is measured once drawn.
  const virtual = useVirtualRows(rows.length, { row: 46, card: 132 });

  // A click anywhere on a row selects it (mouse convenience); the row's select button does the
  // same from the keyboard. Clicks on the link or a button keep their own meaning.
  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest("a, button, input, label")) return;
    onSelect(id === selectedId ? undefined : id);
  };

  return (
    <>
      <div className="table-scroll pt-scroll">
        <table
          className="data-table project-table"
          aria-describedby={note ? noteId : undefined}
          aria-rowcount={rows.length + 1}
        >
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const id = header.column.id as ColumnId;
                  const sorted = header.column.getIsSorted();
                  const label = String(header.column.columnDef.header);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? ariaSort[sorted] : "none"}
                      className={`pt-th pt-col-${id}${numericColumnIds.has(id) ? " num" : ""}`}
                    >
                      <button
                        type="button"
                        className="pt-sort"
                        title={headerTitles?.[id] ?? t("sortBy", { column: label })}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <span className="pt-sort__label">
                          {flexRender(header.column.columnDef.header, header.getContext())}
                        </span>
                        <span
                          aria-hidden="true"
                          className={`pt-sort__arrow${sorted ? " is-active" : ""}`}
                        >
                          {sorted ? arrows[sorted] : "↕"}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody ref={virtual.bodyRef}>
            <SpacerRow height={virtual.before} columns={columnCount} />
            {virtual.indexes.map((index) => {
              const row = rows[index];
              if (!row) return null;
              return (
                <tr
                  key={row.id}
                  ref={virtual.measure}
                  data-index={index}
                  aria-rowindex={index + 2}
                  className={row.id === selectedId ? "is-selected" : undefined}
                  onClick={(event) => onRowClick(event, row.id)}
                >
                  {row.getVisibleCells().map((cell) => {
                    const id = cell.column.id as ColumnId;
                    const Cell = id === "name" ? "th" : "td";
                    return (
                      <Cell
                        key={cell.id}
                        scope={id === "name" ? "row" : undefined}
                        // On a phone each row is a card, and a cell names its column itself.
                        data-label={String(cell.column.columnDef.header)}
                        className={`pt-col-${id}${numericColumnIds.has(id) ? " num" : ""}`}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </Cell>
                    );
                  })}
                </tr>
              );
            })}
            <SpacerRow height={virtual.after} columns={columnCount} />
          </tbody>
        </table>
      </div>
      {note && (
        <p id={noteId} className="pt-note">
          {note}
        </p>
      )}
    </>
  );
}
