import { type KeyboardEvent, useEffect, useReducer, useRef, useState } from "react";
import { formatProgress, periodLabel } from "../../../domain/formats";
import { localized } from "../../../domain/i18n";
import { REPORT_COLUMNS, type ReportColumn } from "../../../domain/report-row";
import type { Round, RoundReport } from "../../api/reports";
import { Card } from "../../components/card";
import { useVirtualRows } from "../../components/virtual-rows";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import {
  type Cells,
  gridReducer,
  initialGridState,
  keyMove,
  type Notice,
  nextCell,
  planPaste,
} from "../../lib/entry-grid/grid-state";
import { isBlock, parsePastedBlock } from "../../lib/entry-grid/parse-pasted-block";
import { pasteNoticeText } from "../../lib/entry-grid/paste-notice";
import { reportGridMessages } from "./messages";
import { checkGridRow, OVER_TOTAL, storedCells } from "./report-grid-rows";
import { type RowRefusal, useReportGridSave } from "./use-report-grid-save";

const cols: ReportColumn[] = [...REPORT_COLUMNS];

/**
 * Staff enter many projects' 旬报 at once: one row per project of the open round, Excel blocks
 * pasted in, each cell checked as typed with the server's own rules, and "save all" sending each
 * changed row on its own so that one refused row costs nothing of the others.
 */
export function ReportGrid({
  round,
  rows,
  onSaid,
}: {
  round: Round;
  rows: RoundReport[];
  onSaid: (text: string) => void;
}) {
  const t = useMessages(reportGridMessages);
  const lang = useLang();
  const [state, dispatch] = useReducer(gridReducer, initialGridState);
  const [summary, setSummary] = useState<string | null>(null);
  const editStart = useRef<{ key: string; col: string; value: string } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const wordRefusal = (r: RowRefusal) =>
    r.kind === "refused" ? t("refused", { message: r.message }) : t(r.kind);
  const saver = useReportGridSave(round.period, dispatch, wordRefusal);

  // A unit's report waiting for review is reviewed, not typed over.
  const locked = rows.map((r) => r.state === "submitted");
  const byId = new Map(rows.map((r) => [r.projectId, r]));
  const cellsFor = (row: RoundReport): Cells => ({
    ...storedCells(row),
    ...state.drafts[row.projectId],
  });
  const checks = new Map(
    Object.keys(state.drafts).flatMap((key) => {
      const row = byId.get(key);
      return row ? [[key, checkGridRow(row, cellsFor(row), round, lang)] as const] : [];
    }),
  );
  const changed = [...checks].filter(([, c]) => c.changed);
  const bad = changed.filter(([, c]) => !c.input);
  const nameOf = (id: string) => {
    const row = byId.get(id);
    return row ? localized(row, "name", lang) : id;
  };
  const colName = (col: ReportColumn) => t(col);

  const setCell = (key: string, col: string, value: string) =>
    dispatch({ type: "edit", key, col, value });
  // A city's round has thousands of rows: only those near the screen are drawn.
  const virtual = useVirtualRows(rows.length, { row: 92, card: 430 });
  const pendingFocus = useRef<string | null>(null);
  const cellAt = (cell: string) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${cell}"]`) ?? null;
  const focusCell = (r: number, c: number) => {
    dispatch({ type: "focus", cell: { r, c } });
    const target = cellAt(`${r}:${c}`);
    if (target) return target.focus();
    // A move past the drawn rows (over locked ones): scroll there, focus once it is drawn.
    pendingFocus.current = `${r}:${c}`;
    virtual.scrollTo(r);
  };
  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = cellAt(pendingFocus.current);
    if (!target) return;
    pendingFocus.current = null;
    target.focus();
  });
  // The one tab stop: the active cell, or the first drawn open row's when that is not drawn.
  const tabStop = virtual.indexes.includes(state.active.r)
    ? state.active
    : { r: virtual.indexes.find((i) => !locked[i]) ?? -1, c: 0 };

  const onKeyDown = (
    e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>,
    r: number,
    c: number,
  ) => {
    // An input method is composing Chinese: its keys are not ours.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const row = rows[r];
    const col = cols[c];
    if (!row || !col) return;
    const input = e.currentTarget;
    const editing = editStart.current !== null && input.value !== editStart.current.value;
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "z" && !editing) {
      if (state.pastes.length) {
        e.preventDefault();
        dispatch({ type: "undoPaste" });
      }
      return;
    }
    if (e.key === "Escape") {
      if (editStart.current && editing) {
        e.preventDefault();
        setCell(row.projectId, col, editStart.current.value);
      }
      return;
    }
    const move = keyMove(e.key, e.shiftKey, editing);
    if (!move) return;
    const to = nextCell({ r, c }, move, { locked, cols: cols.length });
    if (to) {
      e.preventDefault();
      focusCell(to.r, to.c);
    } else if (e.key === "Enter") e.preventDefault(); // Enter never submits anything
  };

  const paste = (text: string, at: { r: number; c: number }) => {
    if (!isBlock(text)) return false;
    const grid = {
      cols,
      rows: rows.map((row, i) => ({
        key: row.projectId,
        locked: locked[i] ?? false,
        submitted: row.state === "accepted",
      })),
    };
    setSummary(null);
    dispatch(planPaste(parsePastedBlock(text), at, grid, (_, v) => v));
    return true;
  };
  const noticeText = (n: Notice | null) =>
    pasteNoticeText(n, lang, (count, names) => t("pastedOverwrites", { n: count, names }), nameOf);

  const saveAll = async () => {
    setSummary(null);
    for (const [key] of bad) dispatch({ type: "failed", key, message: t("notSent") });
    const items = changed.flatMap(([key, check]) => {
      const row = byId.get(key);
      return row && check.input
        ? [{ projectId: key, input: check.input, version: row.version ?? 0 }]
        : [];
    });
    if (!items.length && !bad.length) return setSummary(t("nothingToSave"));
    const result = await saver.save(items);
    const failed = result.failed + bad.length;
    const text = failed
      ? t("result", { ok: result.ok, failed })
      : t("resultAllOk", { ok: result.ok });
    setSummary(text);
    if (result.ok) onSaid(text);
  };

  return (
    <Card title={t("title", { period: periodLabel(round.period, lang) })} className="report-grid">
      <p className="report-grid__help" id="report-grid-help">
        {t("help")}
      </p>
      <div className="report-grid__scroll">
        <table ref={tableRef} className="report-grid__table" aria-describedby="report-grid-help">
          <thead>
            <tr>
              <th scope="col">{t("lastProgress")}</th>
              {cols.map((col) => (
                <th key={col} scope="col" className={`report-grid__col--${col}`}>
                  {colName(col)}
                </th>
              ))}
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody ref={virtual.bodyRef} className="report-grid__spacer" aria-hidden="true">
            <tr>
              <td colSpan={cols.length + 2} style={{ height: virtual.before }} />
            </tr>
          </tbody>
          {virtual.indexes.map((r) => {
            const row = rows[r];
            if (!row) return null;
            const key = row.projectId;
            const check = checks.get(key);
            const cells = cellsFor(row);
            const status = state.status[key];
            const name = localized(row, "name", lang);
            const last = row.lastAccepted;
            return (
              // One body per project: its name heads the row above its cells, so a phone shows
              // each project as a card without columns hidden sideways.
              <tbody
                key={key}
                ref={virtual.measure}
                data-index={r}
                className={`report-grid__project${check?.changed ? " report-grid__project--changed" : ""}`}
                data-project={key}
              >
                <tr className="report-grid__name-row">
                  <th scope="rowgroup" colSpan={cols.length + 2}>
                    <span className="report-grid__name">{name}</span>
                    <span className="report-grid__unit">
                      {localized(row, "responsibleUnit", lang)}
                    </span>
                  </th>
                </tr>
                <tr className="report-grid__cells">
                  <td className="report-grid__last" data-label={t("lastProgress")}>
                    {last.period
                      ? t("lastProgressValue", {
                          progress: formatProgress(last.progress, lang),
                          period: periodLabel(last.period, lang),
                        })
                      : t("lastProgressSeed", { progress: formatProgress(last.progress, lang) })}
                  </td>
                  {cols.map((col, c) => {
                    const error = check?.errors[col];
                    const errorId = `rg-${key}-${col}-error`;
                    const common = {
                      "data-cell": `${r}:${c}`,
                      className: `input report-grid__input report-grid__input--${col}`,
                      tabIndex: tabStop.r === r && tabStop.c === c ? 0 : -1,
                      "aria-label": t("cellLabel", { project: name, column: colName(col) }),
                      "aria-invalid": error ? true : undefined,
                      "aria-describedby": error ? errorId : undefined,
                      disabled: locked[r] || saver.busy,
                      value: cells[col] ?? "",
                      onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
                        dispatch({ type: "focus", cell: { r, c } });
                        editStart.current = { key, col, value: cells[col] ?? "" };
                        e.currentTarget.select();
                      },
                      onBlur: () => {
                        editStart.current = null;
                      },
                      onChange: (e: { target: { value: string } }) =>
                        setCell(key, col, e.target.value),
                      onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) =>
                        onKeyDown(e, r, c),
                      onPaste: (e: { clipboardData: DataTransfer; preventDefault: () => void }) => {
                        if (paste(e.clipboardData.getData("text/plain"), { r, c })) {
                          e.preventDefault();
                          editStart.current = null;
                        }
                      },
                    };
                    return (
                      <td
                        key={col}
                        className={error ? "report-grid__cell--error" : undefined}
                        data-label={colName(col)}
                      >
                        <input
                          {...common}
                          inputMode={col === "note" || col === "reason" ? "text" : "decimal"}
                          autoComplete="off"
                          placeholder={col === "reason" ? t("reasonHint") : undefined}
                        />
                        {error && (
                          <span className="report-grid__error" id={errorId}>
                            {error}
                          </span>
                        )}
                        {col === "investmentWan" && check?.asksOverTotal && (
                          <label className="report-grid__check">
                            <input
                              type="checkbox"
                              checked={cells[OVER_TOTAL] === "1"}
                              disabled={saver.busy}
                              onChange={(e) =>
                                setCell(key, OVER_TOTAL, e.target.checked ? "1" : "")
                              }
                            />
                            {t("overTotal")}
                          </label>
                        )}
                      </td>
                    );
                  })}
                  <td className="report-grid__status" data-label={t("status")}>
                    {locked[r] ? (
                      <span className="report-grid__muted">{t("waiting")}</span>
                    ) : (
                      <>
                        {check?.errors.row && (
                          <span className="report-grid__error">{check.errors.row}</span>
                        )}
                        {status?.kind === "saving" && <span>{t("saving")}</span>}
                        {status?.kind === "saved" && (
                          <span className="report-grid__ok">✓ {t("saved")}</span>
                        )}
                        {(status?.kind === "error" || status?.kind === "stale") && (
                          <span className="report-grid__error" role="alert">
                            ✕ {status.message}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              </tbody>
            );
          })}
          {virtual.after > 0 && (
            <tbody className="report-grid__spacer" aria-hidden="true">
              <tr>
                <td colSpan={cols.length + 2} style={{ height: virtual.after }} />
              </tr>
            </tbody>
          )}
        </table>
      </div>
      <div className="report-grid__bar">
        <p className="report-grid__notice" role="status">
          {summary ?? noticeText(state.notice)}
        </p>
        {state.pastes.length > 0 && (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => dispatch({ type: "undoPaste" })}
          >
            ↶ {t("undoPaste")}
          </button>
        )}
      </div>
      <div className="report-grid__actions">
        <button
          type="button"
          className="button"
          disabled={saver.busy || changed.length === 0}
          onClick={saveAll}
        >
          {saver.busy ? t("saving") : t("saveAll")}
        </button>
        {changed.length > 0 && (
          <>
            <span className="report-grid__muted">
              {t("changedRows", { n: changed.length, bad: bad.length })}
            </span>
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={saver.busy}
              onClick={() => {
                setSummary(null);
                dispatch({ type: "discard" });
              }}
            >
              {t("discard")}
            </button>
          </>
        )}
      </div>
    </Card>
  );
}
