import type { Dispatch, KeyboardEvent, Ref } from "react";
import { useRef } from "react";
import { formatScore } from "../../../../domain/formats";
import { localized } from "../../../../domain/i18n";
import { withMax } from "../../../../domain/shared-messages";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import {
  type GridAction,
  type GridState,
  keyMove,
  type Move,
  nextCell,
} from "../../../lib/entry-grid/grid-state";
import type { DeskData } from "../hooks/use-desk-data";
import { deskMessages } from "../messages";
import { type Cells, COMMENT, PAPER_TOTAL, type RowCheck, VOTE } from "../utils/desk-row";
import { type GridRow, isLocked } from "./grid-row";
import { RowStatusCell } from "./row-status-cell";

type Props = {
  ref: Ref<HTMLTableElement>;
  data: DeskData;
  rows: GridRow[];
  cols: string[];
  state: GridState;
  dispatch: Dispatch<GridAction>;
  cellsFor: (key: string) => Cells;
  normaliseVote: (col: string, value: string) => string;
  onPaste: (text: string, at: { r: number; c: number }) => boolean;
  /** Rows whose edits would replace an already submitted sheet. */
  overwriting: Set<string>;
  checks: Map<string, RowCheck>;
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

  const setCell = (key: string, col: string, value: string) =>
    p.dispatch({ type: "edit", key, col, value });
  const layout = { locked: rows.map(isLocked), cols: cols.length };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    // An input method is composing Chinese: its keys are not ours.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const table = e.currentTarget.closest("table");
    const row = rows[r];
    const col = cols[c];
    if (!row || !col) return;
    const input = e.currentTarget;
    const editing = editStart.current !== null && input.value !== editStart.current.value;
    /** Moves focus, if there is a cell that way; true when it moved. */
    const go = (move: Move) => {
      const to = nextCell({ r, c }, move, layout);
      if (!to) return false;
      e.preventDefault();
      if (col === VOTE) setCell(row.key, col, p.normaliseVote(col, input.value));
      p.dispatch({ type: "focus", cell: to });
      table?.querySelector<HTMLInputElement>(`[data-cell="${to.r}:${to.c}"]`)?.focus();
      return true;
    };
    // Ctrl+Z right after a paste takes the whole paste back; inside a cell being typed in it
    // stays the input's own undo.
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "z" && !editing) {
      if (p.state.pastes.length) {
        e.preventDefault();
        p.dispatch({ type: "undoPaste" });
      }
      return;
    }
    if (e.key === "Escape") {
      if (editStart.current && editing) {
        e.preventDefault();
        setCell(row.key, col, editStart.current.value);
        requestAnimationFrame(() => input.select());
      }
      return;
    }
    const move = keyMove(e.key, e.shiftKey, editing);
    // Past the first or last cell Tab leaves the grid as usual, so it never traps focus; Enter
    // never submits anything, even on the last row.
    if (move && !go(move) && e.key === "Enter") e.preventDefault();
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
            const st = p.state.status[row.key];
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
                        tabIndex={p.state.active.r === r && p.state.active.c === c ? 0 : -1}
                        aria-label={t("cellLabel", { row: row.label, column: colName(col) })}
                        aria-invalid={error ? true : undefined}
                        title={error}
                        disabled={p.disabled || isLocked(row)}
                        value={value}
                        onFocus={(e) => {
                          p.dispatch({ type: "focus", cell: { r, c } });
                          editStart.current = { key: row.key, col, value };
                          e.currentTarget.select();
                        }}
                        onBlur={(e) => {
                          if (col === VOTE)
                            setCell(row.key, col, p.normaliseVote(col, e.currentTarget.value));
                          editStart.current = null;
                        }}
                        onChange={(e) => setCell(row.key, col, e.target.value)}
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
                          checked={p.state.confirmed.has(row.key)}
                          onChange={(e) =>
                            p.dispatch({ type: "confirm", key: row.key, on: e.target.checked })
                          }
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
