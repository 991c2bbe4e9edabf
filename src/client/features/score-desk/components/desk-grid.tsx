import { useEffect, useRef, useState } from "react";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
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
import { isBlock, parsePastedBlock } from "../utils/parse-pasted-block";
import { applyPaste, type CellWrite, type PasteRecord, undoPaste } from "../utils/paste-undo";
import { DoubleEntryToggle } from "./double-entry-toggle";
import { isLocked } from "./grid-row";
import { GridSavePanel } from "./grid-save-panel";
import { GridTable } from "./grid-table";

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
  const [drafts, setDrafts] = useState<Record<string, Cells>>({});
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState("");
  const [active, setActive] = useState({ r: 0, c: 0 });
  // Each overwrite of a submitted sheet has its own reason; pastes can be taken back, newest first.
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [pastes, setPastes] = useState<PasteRecord[]>([]);
  const cols = columnKeys(data.event.scheme);
  const writable = data.event.state === "open" || data.event.state === "closed";
  const dropDrafts = (keys: string[]) => {
    setDrafts((d) => {
      const next = { ...d };
      for (const k of keys) delete next[k];
      return next;
    });
    setReasons((r) => {
      const next = { ...r };
      for (const k of keys) delete next[k];
      return next;
    });
    // Saved rows are the server's now: undoing an older paste must not bring its drafts back.
    setPastes([]);
  };
  const [double, setDouble] = useState(false);
  const doubleList = useDoubleEntry(data.event.id);
  const saver = useGridSave(data, dropDrafts, double);

  const evaluatorName = new Map(data.evaluators.map((e) => [e.id, e.display]));
  const projectName = new Map(data.projects.map((p, i) => [p.id, `${i + 1}. ${p.label}`]));
  const nameOf = (key: string) => {
    const [e = "", p = ""] = key.split("/");
    return `${evaluatorName.get(e) ?? e} · ${projectName.get(p) ?? p}`;
  };
  const rows = useGridRows(data, target, double ? doubleList.data : undefined);

  const cellsFor = (key: string): Cells => ({
    ...cellsOf(data.sheets.get(key), lang),
    ...drafts[key],
  });
  const setCell = (key: string, col: string, value: string) =>
    setDrafts((d) => ({ ...d, [key]: { ...d[key], [col]: value } }));

  // A click in the matrix moves focus to that sheet's row.
  const focusSeq = useRef<number | undefined>(undefined);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!props.target?.focus || focusSeq.current === props.target.focus) return;
    focusSeq.current = props.target.focus;
    const r = rows.findIndex((row) => row.projectId === props.target?.projectId);
    setActive({ r: Math.max(0, r), c: 0 });
    const input = tableRef.current?.querySelector<HTMLInputElement>(
      `[data-cell="${Math.max(0, r)}:0"]`,
    );
    input?.focus();
    input?.scrollIntoView({ block: "center" });
  }, [props.target, rows]);

  const paste = (text: string, at: { r: number; c: number }): boolean => {
    if (!isBlock(text)) return false;
    const block = parsePastedBlock(text);
    let extra = 0;
    const width = Math.max(...block.map((b) => b.length));
    const writes: CellWrite[] = [];
    block.forEach((line, i) => {
      const row = rows[at.r + i];
      line.forEach((value, j) => {
        const col = cols[at.c + j];
        if (isLocked(row) || !row || !col) {
          extra++;
          return;
        }
        writes.push({ key: row.key, col, value: normaliseVote(col, value) });
      });
    });
    const { drafts: next, record } = applyPaste(drafts, writes);
    setDrafts(next);
    if (record.before.length) setPastes((stack) => [...stack, record]);
    const shown = Math.min(block.length, rows.length - at.r);
    // Said at once, not only at saving: which submitted sheets this paste would replace.
    const replaced = double ? [] : record.keys.filter((key) => data.sheets.has(key));
    setNotice(
      [
        extra
          ? t("pastedClipped", { rows: shown, cols: width, extra })
          : t("pasted", { rows: block.length, cols: width }),
        replaced.length
          ? t("pastedOverwrites", { n: replaced.length, names: replaced.map(nameOf).join("；") })
          : "",
      ]
        .filter(Boolean)
        .join(" "),
    );
    return true;
  };
  const undoLastPaste = (): boolean => {
    const last = pastes[pastes.length - 1];
    if (!last) return false;
    setDrafts((d) => undoPaste(d, last));
    setPastes((stack) => stack.slice(0, -1));
    setNotice(t("pasteUndone"));
    return true;
  };
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
        <label className="field">
          <span>{t("modeLabel")}</span>
          <select
            className="select"
            value={target.mode}
            onChange={(e) =>
              props.onTarget({
                ...target,
                mode: e.target.value as GridTarget["mode"],
                focus: undefined,
              })
            }
          >
            <option value="evaluator">{t("modeEvaluator")}</option>
            <option value="project">{t("modeProject")}</option>
          </select>
        </label>
        {target.mode === "evaluator" ? (
          <label className="field">
            <span>{t("pickEvaluator")}</span>
            <select
              className="select"
              value={target.evaluatorId}
              onChange={(e) =>
                props.onTarget({ ...target, evaluatorId: e.target.value, focus: undefined })
              }
            >
              {data.evaluators.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.display}（{e.groupName}）
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="field">
            <span>{t("pickProject")}</span>
            <select
              className="select"
              value={target.projectId}
              onChange={(e) =>
                props.onTarget({ ...target, projectId: e.target.value, focus: undefined })
              }
            >
              {data.projects.map((p, i) => (
                <option key={p.id} value={p.id}>
                  {i + 1}. {p.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <DoubleEntryToggle
        on={double}
        blocked={Object.keys(drafts).length > 0}
        onChange={(on) => {
          saver.clearStatus();
          setDouble(on);
        }}
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
        active={active}
        setActive={setActive}
        cellsFor={cellsFor}
        setCell={setCell}
        normaliseVote={normaliseVote}
        onPaste={paste}
        onUndoPaste={undoLastPaste}
        overwriting={new Set(overwrites)}
        checks={checks}
        confirmed={confirmed}
        onConfirm={(key, on) =>
          setConfirmed((s) => {
            const next = new Set(s);
            if (on) next.add(key);
            else next.delete(key);
            return next;
          })
        }
        status={saver.status}
        onReload={saver.reload}
        disabled={!writable}
      />
      <div className="desk-grid__notice-bar">
        <p className="desk-grid__notice" role="status">
          {notice}
        </p>
        {pastes.length > 0 && (
          <button type="button" className="button button--small" onClick={undoLastPaste}>
            ↶ {t("undoPaste")}
          </button>
        )}
      </div>
      <GridSavePanel
        data={data}
        checks={checks}
        confirmed={confirmed}
        nameOf={nameOf}
        overwrites={overwrites}
        reasons={reasons}
        onReason={(key, reason) => setReasons((r) => ({ ...r, [key]: reason }))}
        saver={saver}
        double={double}
        onDiscard={() => {
          setDrafts({});
          setReasons({});
          setPastes([]);
          saver.clearStatus();
        }}
        onFocusCell={(key, col) => {
          const [e = "", p = ""] = key.split("/");
          props.onTarget({ mode: "evaluator", evaluatorId: e, projectId: p, focus: Date.now() });
          void col;
        }}
      />
    </section>
  );
}
