import { type ReactNode, useId, useState } from "react";
import { commonMessages } from "../i18n/common-messages";
import { useMessages } from "../i18n/messages";

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
      <div id={tableId} hidden={!showTable} className="table-scroll">
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row have no identity but their column
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
