import { useEffect, useReducer, useRef } from "react";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import {
  gridReducer,
  initialGridState,
  type Notice,
  planPaste,
} from "../../../lib/entry-grid/grid-state";
import { isBlock, parsePastedBlock } from "../../../lib/entry-grid/parse-pasted-block";
import { pasteNoticeText } from "../../../lib/entry-grid/paste-notice";
import { useDoubleEntry } from "../api/double-entry-api";
import type { DeskData } from "../hooks/use-desk-data";
import { useGridRows } from "../hooks/use-grid-rows";
import { useGridSave } from "../hooks/use-grid-save";
import { deskMessages } from "../messages";
import {
  type Cells,
  cellsOf,
  checkRow,
  columnKeys,
  parseVote,
  VOTE,
  voteLabel,
} from "../utils/desk-row";
import { DoubleEntryToggle } from "./double-entry-toggle";
import { evaluatorLabel, isLocked, projectLabel } from "./grid-row";
import { GridSavePanel } from "./grid-save-panel";
import { GridTable } from "./grid-table";
import { Picker } from "./picker";

export type GridTarget = {
  mode: "evaluator" | "project";
  evaluatorId: string;
  projectId: string;
  /** Changes when the grid should move focus to the target's row. */
  focus?: number;
};

/** The paper-sheet grid: one evaluator's sheet (rows = projects) or one project's column. */
export function DeskGrid(props: {
  data: DeskData;
  target: GridTarget | null;
  onTarget: (t: GridTarget) => void;
}) {
  const { data } = props;
  const t = useMessages(deskMessages);
  const lang = useLang();
  const target: GridTarget = props.target ?? {
    mode: "evaluator",
    evaluatorId: data.evaluators[0]?.id ?? "",
    projectId: data.projects[0]?.id ?? "",
  };
  const [state, dispatch] = useReducer(gridReducer, initialGridState);
  const { drafts, double } = state;
  const cols = columnKeys(data.event.scheme);
  const writable = data.event.state === "open" || data.event.state === "closed";
  const doubleList = useDoubleEntry(data.event.id);
  const saver = useGridSave(data, dispatch, double);

  const evaluatorName = new Map(data.evaluators.map((e) => [e.id, e.display]));
  const projectName = new Map(data.projects.map((p, i) => [p.id, projectLabel(p, i)]));
  const nameOf = (key: string) => {
    const [e = "", p = ""] = key.split("/");
    return `${evaluatorName.get(e) ?? e} · ${projectName.get(p) ?? p}`;
  };
  const rows = useGridRows(data, target, double ? doubleList.data : undefined);

  const cellsFor = (key: string): Cells => ({
    ...cellsOf(data.sheets.get(key), lang),
    ...drafts[key],
  });

  // A click in the matrix moves focus to that sheet's row.
  const focusSeq = useRef<number | undefined>(undefined);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!props.target?.focus || focusSeq.current === props.target.focus) return;
    focusSeq.current = props.target.focus;
    const r = Math.max(
      0,
      rows.findIndex((row) => row.projectId === props.target?.projectId),
    );
    dispatch({ type: "focus", cell: { r, c: 0 } });
    const input = tableRef.current?.querySelector<HTMLInputElement>(`[data-cell="${r}:0"]`);
    input?.focus();
    input?.scrollIntoView({ block: "center" });
  }, [props.target, rows]);

  const paste = (text: string, at: { r: number; c: number }): boolean => {
    if (!isBlock(text)) return false;
    const grid = {
      cols,
      rows: rows.map((row) => ({
        key: row.key,
        locked: isLocked(row),
        // Blind double entry never overwrites a submitted sheet.
        submitted: !double && data.sheets.has(row.key),
      })),
    };
    dispatch(planPaste(parsePastedBlock(text), at, grid, normaliseVote));
    return true;
  };
  const noticeText = (n: Notice | null) =>
    pasteNoticeText(n, lang, (count, names) => t("pastedOverwrites", { n: count, names }), nameOf);
  const normaliseVote = (col: string, value: string) => {
    if (col !== VOTE) return value;
    const vote = parseVote(value);
    return vote ? voteLabel(vote, lang) : value;
  };

  const checks = new Map(
    Object.keys(drafts).map((key) => [
      key,
      checkRow(cellsFor(key), data.sheets.get(key), data.event.scheme, lang),
    ]),
  );
  // Rows whose edits replace a sheet already submitted (blind double entry never overwrites).
  const overwrites = double
    ? []
    : rows.map((row) => row.key).filter((key) => checks.get(key)?.changed && data.sheets.has(key));

  return (
    <section className="card" aria-labelledby="grid-title">
      <h2 id="grid-title" className="card__title">
        {t("gridTitle")}
      </h2>
      <div className="desk-grid__pickers">
        <Picker
          label={t("modeLabel")}
          value={target.mode}
          options={[
            { value: "evaluator", label: t("modeEvaluator") },
            { value: "project", label: t("modeProject") },
          ]}
          onChange={(mode) => props.onTarget({ ...target, mode, focus: undefined })}
        />
        {target.mode === "evaluator" ? (
          <Picker
            label={t("pickEvaluator")}
            value={target.evaluatorId}
            options={data.evaluators.map((e) => ({ value: e.id, label: evaluatorLabel(e) }))}
            onChange={(evaluatorId) => props.onTarget({ ...target, evaluatorId, focus: undefined })}
          />
        ) : (
          <Picker
            label={t("pickProject")}
            value={target.projectId}
            options={data.projects.map((p, i) => ({ value: p.id, label: projectLabel(p, i) }))}
            onChange={(projectId) => props.onTarget({ ...target, projectId, focus: undefined })}
          />
        )}
      </div>
      <DoubleEntryToggle
        on={double}
        blocked={Object.keys(drafts).length > 0}
        onChange={(on) => dispatch({ type: "double", on })}
      />
      <p className="desk-grid__help" id="grid-help">
        {t("gridHelp")}
      </p>
      {!writable && <p className="notice notice--warning">{t("frozen")}</p>}
      <GridTable
        ref={tableRef}
        data={data}
        rows={rows}
        cols={cols}
        state={state}
        dispatch={dispatch}
        cellsFor={cellsFor}
        normaliseVote={normaliseVote}
        onPaste={paste}
        overwriting={new Set(overwrites)}
        checks={checks}
        onReload={saver.reload}
        disabled={!writable}
      />
      <div className="desk-grid__notice-bar">
        <p className="desk-grid__notice" role="status">
          {noticeText(state.notice)}
        </p>
        {state.pastes.length > 0 && (
          <button
            type="button"
            className="button button--small"
            onClick={() => dispatch({ type: "undoPaste" })}
          >
            ↶ {t("undoPaste")}
          </button>
        )}
      </div>
      <GridSavePanel
        data={data}
        checks={checks}
        confirmed={state.confirmed}
        nameOf={nameOf}
        overwrites={overwrites}
        reasons={state.reasons}
        onReason={(key, reason) => dispatch({ type: "reason", key, reason })}
        saver={saver}
        double={double}
        onDiscard={() => dispatch({ type: "discard" })}
        onFocusCell={(key, col) => {
          const [e = "", p = ""] = key.split("/");
          props.onTarget({ mode: "evaluator", evaluatorId: e, projectId: p, focus: Date.now() });
          void col;
        }}
      />
    </section>
  );
}
