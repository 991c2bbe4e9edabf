import type { KeyboardEvent, Ref } from "react";
import { useRef } from "react";
import { formatScore } from "../../../../domain/formats";
import { localized } from "../../../../domain/i18n";
import { withMax } from "../../../../domain/shared-messages";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import type { DeskData } from "../hooks/use-desk-data";
import type { RowStatus } from "../hooks/use-grid-save";
import { deskMessages } from "../messages";
import { type Cells, COMMENT, PAPER_TOTAL, type RowCheck, VOTE } from "../utils/desk-row";
import { type GridRow, isLocked } from "./grid-row";
import { RowStatusCell } from "./row-status-cell";

type Props = {
  ref: Ref<HTMLTableElement>;
  data: DeskData;
  rows: GridRow[];
  cols: string[];
  active: { r: number; c: number };
  setActive: (a: { r: number; c: number }) => void;
  cellsFor: (key: string) => Cells;
  setCell: (key: string, col: string, value: string) => void;
  normaliseVote: (col: string, value: string) => string;
  onPaste: (text: string, at: { r: number; c: number }) => boolean;
  /** Undoes the last paste; false when there is none. */
  onUndoPaste: () => boolean;
  /** Rows whose edits would replace an already submitted sheet. */
  overwriting: Set<string>;
  checks: Map<string, RowCheck>;
  confirmed: Set<string>;
  onConfirm: (key: string, on: boolean) => void;
  status: Record<string, RowStatus>;
  onReload: (key: string) => void;
  disabled: boolean;
};

/** The table itself: inputs with a roving tab stop and spreadsheet keys. */
export function GridTable(p: Props) {
  const t = useMessages(deskMessages);
  const lang = useLang();
  const { rows, cols } = p;
  // The value a cell had when it got focus, so Escape can undo the edit.
  const editStart = useRef<{ key: string; col: string; value: string } | null>(null);
  const criteria = new Map(p.data.event.scheme.criteria.map((c) => [c.id, c]));
  const colName = (col: string) => {
    const c = criteria.get(col);
    if (c) return withMax(localized(c, "name", lang), c.max, lang);
    return t(col === PAPER_TOTAL ? "paperTotal" : col === VOTE ? "vote" : "comment");
  };

  const focusCell = (r: number, c: number, table: HTMLTableElement | null) => {
    p.setActive({ r, c });
    table?.querySelector<HTMLInputElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };
  /** The next row in a direction that is not recused, or -1. */
  const stepRow = (r: number, dir: 1 | -1) => {
    for (let i = r + dir; i >= 0 && i < rows.length; i += dir) if (!isLocked(rows[i])) return i;
    return -1;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    // An input method is composing Chinese: its keys are not ours.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const table = e.currentTarget.closest("table");
    const row = rows[r];
    const col = cols[c];
    if (!row || !col) return;
    const input = e.currentTarget;
    const editing = editStart.current !== null && input.value !== editStart.current.value;
    const commit = () => {
      if (col === VOTE) p.setCell(row.key, col, p.normaliseVote(col, input.value));
    };
    const go = (nr: number, nc: number) => {
      e.preventDefault();
      commit();
      focusCell(nr, nc, table);
    };
    // Ctrl+Z right after a paste takes the whole paste back; inside a cell being typed in it
    // stays the input's own undo.
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "z" && !editing) {
      if (p.onUndoPaste()) e.preventDefault();
      return;
    }
    switch (e.key) {
      case "ArrowUp": {
        const nr = stepRow(r, -1);
        if (nr >= 0) go(nr, c);
        return;
      }
      case "ArrowDown":
      case "Enter": {
        const nr = stepRow(r, 1);
        if (nr >= 0) go(nr, c);
        else if (e.key === "Enter") e.preventDefault();
        return;
      }
      case "ArrowLeft":
        if (!editing && c > 0) go(r, c - 1);
        return;
      case "ArrowRight":
        if (!editing && c < cols.length - 1) go(r, c + 1);
        return;
      case "Tab": {
        // Past the first or last cell Tab leaves the grid as usual, so it never traps focus.
        if (!e.shiftKey && c < cols.length - 1) go(r, c + 1);
        else if (e.shiftKey && c > 0) go(r, c - 1);
        else if (!e.shiftKey && stepRow(r, 1) >= 0) go(stepRow(r, 1), 0);
        else if (e.shiftKey && stepRow(r, -1) >= 0) go(stepRow(r, -1), cols.length - 1);
        return;
      }
      case "Escape":
        if (editStart.current && editing) {
          e.preventDefault();
          p.setCell(row.key, col, editStart.current.value);
          requestAnimationFrame(() => input.select());
        }
        return;
    }
  };

  return (
    <div className="table-scroll desk-grid__scroll">
      <table ref={p.ref} className="desk-grid" aria-describedby="grid-help">
        <thead>
          <tr>
            <th scope="col" className="desk-grid__head">
              {t("pickProject")}
            </th>
            {cols.map((col) => (
              <th key={col} scope="col" className={`desk-grid__head desk-grid__col--${col}`}>
                {colName(col)}
              </th>
            ))}
            <th scope="col" className="desk-grid__head">
              {t("computedTotal")}
            </th>
            <th scope="col" className="desk-grid__head desk-grid__head--status">
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const check = p.checks.get(row.key);
            const cells = p.cellsFor(row.key);
            const st = p.status[row.key];
            if (row.recused)
              return (
                <tr key={row.key} className="desk-grid__recused">
                  <th scope="row" className="desk-grid__rowhead">
                    {row.label}
                  </th>
                  <td colSpan={cols.length + 2}>— {t("recused")}</td>
                </tr>
              );
            return (
              <tr
                key={row.key}
                className={
                  p.overwriting.has(row.key)
                    ? "desk-grid__changed desk-grid__overwrite"
                    : check?.changed
                      ? "desk-grid__changed"
                      : isLocked(row)
                        ? "desk-grid__locked"
                        : undefined
                }
              >
                <th scope="row" className="desk-grid__rowhead">
                  {row.label}
                </th>
                {cols.map((col, c) => {
                  const error = check?.errors[col];
                  const value = cells[col] ?? "";
                  return (
                    <td key={col} className={error ? "desk-grid__cell--error" : undefined}>
                      <input
                        data-cell={`${r}:${c}`}
                        className={`desk-grid__input${col === COMMENT ? " desk-grid__input--wide" : ""}`}
                        inputMode={col === COMMENT || col === VOTE ? "text" : "decimal"}
                        tabIndex={p.active.r === r && p.active.c === c ? 0 : -1}
                        aria-label={t("cellLabel", { row: row.label, column: colName(col) })}
                        aria-invalid={error ? true : undefined}
                        title={error}
                        disabled={p.disabled || isLocked(row)}
                        value={value}
                        onFocus={(e) => {
                          p.setActive({ r, c });
                          editStart.current = { key: row.key, col, value };
                          e.currentTarget.select();
                        }}
                        onBlur={(e) => {
                          if (col === VOTE)
                            p.setCell(row.key, col, p.normaliseVote(col, e.currentTarget.value));
                          editStart.current = null;
                        }}
                        onChange={(e) => p.setCell(row.key, col, e.target.value)}
                        onKeyDown={(e) => onKeyDown(e, r, c)}
                        onPaste={(e) => {
                          if (p.onPaste(e.clipboardData.getData("text/plain"), { r, c })) {
                            e.preventDefault();
                            // The paste is not a typed edit: Ctrl+Z and Esc now mean the paste.
                            editStart.current = null;
                          }
                        }}
                      />
                      {error && (
                        <span className="desk-grid__flag" aria-hidden="true">
                          !
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="num desk-grid__total">
                  {check?.total != null
                    ? formatScore(check.total)
                    : p.data.sheets.get(row.key)
                      ? formatScore(sumOf(cells, p.data))
                      : ""}
                  {check?.totalMismatch && (
                    <label className="desk-grid__mismatch">
                      <span>
                        ⚠{" "}
                        {t("mismatch", {
                          paper: cells[PAPER_TOTAL] ?? "",
                          total: formatScore(check.total ?? 0),
                        })}
                      </span>
                      <span>
                        <input
                          type="checkbox"
                          checked={p.confirmed.has(row.key)}
                          onChange={(e) => p.onConfirm(row.key, e.target.checked)}
                        />{" "}
                        {t("confirmMismatch")}
                      </span>
                    </label>
                  )}
                </td>
                <td className="desk-grid__status">
                  <RowStatusCell
                    row={row}
                    status={st}
                    onReload={p.onReload}
                    overwrite={p.overwriting.has(row.key)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const sumOf = (cells: Cells, data: DeskData) =>
  data.event.scheme.criteria.reduce((a, c) => a + (Number(cells[c.id]) || 0), 0);
