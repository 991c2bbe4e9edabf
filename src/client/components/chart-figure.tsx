import { lazy, type ReactNode, Suspense, useId, useState } from "react";
import { commonMessages } from "../i18n/common-messages";
import { useMessages } from "../i18n/messages";

// The table (and the table library under it) loads when someone first asks for it: a page whose
// only tables are its charts' numbers, like the overview, does not fetch and run it to show.
type NumbersRow = (string | number)[];
const DataTable = lazy(() =>
  import("./data-table").then((m) => ({ default: m.DataTable<NumbersRow> })),
);

type Props = {
  caption: string;
  /** Column headings and rows of the numbers the chart draws: its text alternative. */
  columns: string[];
  rows: (string | number)[][];
  children: ReactNode;
  className?: string;
};

/** A chart with a caption and a button that shows its numbers as a table (for screen readers too). */
export function ChartFigure({ caption, columns, rows, children, className }: Props) {
  const t = useMessages(commonMessages);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <figure className={`chart-figure ${className ?? ""}`}>
      <figcaption className="chart-figure__caption">
        <span>{caption}</span>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? t("hideTable") : t("showTable")}
        </button>
      </figcaption>
      {/* Not aria-hidden: some charts hold links, and hidden focusable content confuses screen readers. */}
      <div className="chart-figure__chart">{children}</div>
      {/* Built when asked for: a page of charts need not lay out tables nobody opened. */}
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <Suspense>
            <DataTable
              columns={columns.map((header, i) => ({
                id: String(i),
                header,
                cell: (row: NumbersRow) => row[i],
              }))}
              rows={rows}
              rowKey={(row) => String(row[0])}
              caption={caption}
              captionHidden
              compact
            />
          </Suspense>
        )}
      </div>
    </figure>
  );
}
