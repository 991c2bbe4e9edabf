/**
 * An entry grid's state and every way it changes, as one pure reducer: what is being typed, the
 * pastes that can be taken back, the reasons for overwriting stored rows, each row's save status
 * and where focus is. The grid components (the score desk's sheets, the staff's 旬报) only render
 * this and dispatch.
 */

/** A row's typed cells by column. */
export type Cells = Record<string, string>;

export type Drafts = Record<string, Cells>;
export type CellWrite = { key: string; col: string; value: string };
export type Cell = { r: number; c: number };

/** What a paste changed, cell by cell, so that undoing it touches only those cells. */
export type PasteRecord = {
  before: { key: string; col: string; value: string | undefined }[];
  /** The rows the paste wrote to, in the grid's order. */
  keys: string[];
};

export type RowStatus =
  | { kind: "saving" }
  | { kind: "saved" }
  // Blind double entry: what the server made of this keying.
  | { kind: "first" | "matched" | "mismatch" }
  | { kind: "stale"; message: string }
  | { kind: "error"; message: string };

/** The line under the grid; words are chosen when rendering. */
export type Notice =
  | { kind: "pasted"; rows: number; cols: number; extra: number; replaced: string[] }
  | { kind: "pasteUndone" };

export type GridState = {
  drafts: Drafts;
  /** Each overwrite of a submitted sheet has its own reason. */
  reasons: Record<string, string>;
  /** Pastes that can be taken back, newest last. */
  pastes: PasteRecord[];
  notice: Notice | null;
  active: Cell;
  /** Rows whose paper total differs from the computed one and someone confirmed it anyway. */
  confirmed: ReadonlySet<string>;
  status: Record<string, RowStatus>;
  /** Blind double entry: keyings go to the server as passes, and never overwrite. */
  double: boolean;
};

export const initialGridState: GridState = {
  drafts: {},
  reasons: {},
  pastes: [],
  notice: null,
  active: { r: 0, c: 0 },
  confirmed: new Set(),
  status: {},
  double: false,
};

export type GridAction =
  | { type: "edit"; key: string; col: string; value: string }
  | { type: "paste"; writes: CellWrite[]; notice: Notice }
  | { type: "undoPaste" }
  | { type: "focus"; cell: Cell }
  | { type: "confirm"; key: string; on: boolean }
  | { type: "reason"; key: string; reason: string }
  | { type: "double"; on: boolean }
  /** Rows sent to the server. */
  | { type: "commit"; keys: string[] }
  /** The server took a row (or, in double entry, says what it made of the keying). */
  | { type: "ack"; key: string; outcome: "saved" | "first" | "matched" | "mismatch" }
  /** 412: someone else saved that sheet since it was loaded. */
  | { type: "conflict"; key: string; message: string }
  | { type: "failed"; key: string; message: string }
  /** The saved rows are the server's now (fresh sheets are in): their drafts go. */
  | { type: "settled"; keys: string[] }
  /** After a conflict: forget the row's edit and show what the server has. */
  | { type: "reload"; key: string }
  | { type: "discard" }
  | { type: "clearStatus" };

/** The drafts after writing a pasted block, and the record that undoes it. */
export function applyPaste(
  drafts: Drafts,
  writes: CellWrite[],
): { drafts: Drafts; record: PasteRecord } {
  const next: Drafts = { ...drafts };
  const before: PasteRecord["before"] = [];
  const keys: string[] = [];
  for (const w of writes) {
    const row = next[w.key];
    // The first value wins: a cell written twice by one paste goes back to what it was before it.
    if (!before.some((b) => b.key === w.key && b.col === w.col))
      before.push({ key: w.key, col: w.col, value: row?.[w.col] });
    if (!keys.includes(w.key)) keys.push(w.key);
    next[w.key] = { ...row, [w.col]: w.value };
  }
  return { drafts: next, record: { before, keys } };
}

/**
 * The drafts with a paste's cells put back as they were; edits made since in other cells stay.
 * A row left with no draft at all shows the stored sheet again.
 */
export function undoPaste(drafts: Drafts, record: PasteRecord): Drafts {
  const next: Drafts = { ...drafts };
  for (const b of record.before) {
    const row = { ...next[b.key] };
    if (b.value === undefined) delete row[b.col];
    else row[b.col] = b.value;
    if (Object.keys(row).length) next[b.key] = row;
    else delete next[b.key];
  }
  return next;
}

const without = <V>(map: Record<string, V>, keys: string[]): Record<string, V> => {
  const next = { ...map };
  for (const k of keys) delete next[k];
  return next;
};

// Saved or reloaded rows are the server's now: undoing an older paste must not bring their
// drafts back, so the paste history goes with them.
const dropRows = (s: GridState, keys: string[]): GridState => ({
  ...s,
  drafts: without(s.drafts, keys),
  reasons: without(s.reasons, keys),
  pastes: [],
});

export function gridReducer(s: GridState, a: GridAction): GridState {
  switch (a.type) {
    case "edit":
      return { ...s, drafts: { ...s.drafts, [a.key]: { ...s.drafts[a.key], [a.col]: a.value } } };
    case "paste": {
      if (!a.writes.length) return { ...s, notice: a.notice };
      const { drafts, record } = applyPaste(s.drafts, a.writes);
      return { ...s, drafts, pastes: [...s.pastes, record], notice: a.notice };
    }
    case "undoPaste": {
      const last = s.pastes[s.pastes.length - 1];
      if (!last) return s;
      return {
        ...s,
        drafts: undoPaste(s.drafts, last),
        pastes: s.pastes.slice(0, -1),
        notice: { kind: "pasteUndone" },
      };
    }
    case "focus":
      return s.active.r === a.cell.r && s.active.c === a.cell.c ? s : { ...s, active: a.cell };
    case "confirm": {
      const confirmed = new Set(s.confirmed);
      if (a.on) confirmed.add(a.key);
      else confirmed.delete(a.key);
      return { ...s, confirmed };
    }
    case "reason":
      return { ...s, reasons: { ...s.reasons, [a.key]: a.reason } };
    case "double":
      return { ...s, double: a.on, status: {} };
    case "commit": {
      const status = { ...s.status };
      for (const k of a.keys) status[k] = { kind: "saving" };
      return { ...s, status };
    }
    case "ack":
      return { ...s, status: { ...s.status, [a.key]: { kind: a.outcome } } };
    case "conflict":
      return { ...s, status: { ...s.status, [a.key]: { kind: "stale", message: a.message } } };
    case "failed":
      return { ...s, status: { ...s.status, [a.key]: { kind: "error", message: a.message } } };
    case "settled":
      return dropRows(s, a.keys);
    case "reload":
      return { ...dropRows(s, [a.key]), status: without(s.status, [a.key]) };
    case "discard":
      return { ...s, drafts: {}, reasons: {}, pastes: [], status: {} };
    case "clearStatus":
      return { ...s, status: {} };
  }
}

/**
 * A pasted block as an action: the cells it writes from the cell it was pasted at (what falls
 * outside the grid or on a locked row is counted, not written), and what to say about it, naming
 * the submitted sheets it would replace.
 */
export function planPaste(
  block: string[][],
  at: Cell,
  grid: { rows: { key: string; locked: boolean; submitted: boolean }[]; cols: string[] },
  normalise: (col: string, value: string) => string,
): Extract<GridAction, { type: "paste" }> {
  let extra = 0;
  const writes: CellWrite[] = [];
  const replaced: string[] = [];
  block.forEach((line, i) => {
    const row = grid.rows[at.r + i];
    line.forEach((value, j) => {
      const col = grid.cols[at.c + j];
      if (!row || row.locked || !col) {
        extra++;
        return;
      }
      writes.push({ key: row.key, col, value: normalise(col, value) });
      if (row.submitted && !replaced.includes(row.key)) replaced.push(row.key);
    });
  });
  const cols = Math.max(...block.map((b) => b.length));
  // With cells cut off, the rows said are those that fit.
  const rows = extra ? Math.min(block.length, grid.rows.length - at.r) : block.length;
  return { type: "paste", writes, notice: { kind: "pasted", rows, cols, extra, replaced } };
}

export type Move = "up" | "down" | "left" | "right" | "next" | "previous";

/**
 * The move a key asks for in a grid of inputs, as a spreadsheet moves: arrows, Enter (down), Tab
 * and Shift+Tab. Left and right move only when the cell is not being edited, so they still move
 * the caret inside a typed value.
 */
export function keyMove(key: string, shift: boolean, editing: boolean): Move | null {
  switch (key) {
    case "ArrowUp":
      return "up";
    case "ArrowDown":
    case "Enter":
      return "down";
    case "ArrowLeft":
      return editing ? null : "left";
    case "ArrowRight":
      return editing ? null : "right";
    case "Tab":
      return shift ? "previous" : "next";
    default:
      return null;
  }
}

/**
 * Where a key moves focus: up and down skip locked rows; Tab (next/previous) wraps to the next
 * keyable row and past the grid's ends returns null, so Tab leaves the grid as usual.
 */
export function nextCell(from: Cell, move: Move, grid: { locked: boolean[]; cols: number }) {
  const stepRow = (dir: 1 | -1) => {
    for (let i = from.r + dir; i >= 0 && i < grid.locked.length; i += dir)
      if (!grid.locked[i]) return i;
    return -1;
  };
  const at = (r: number, c: number): Cell | null => (r >= 0 ? { r, c } : null);
  switch (move) {
    case "up":
      return at(stepRow(-1), from.c);
    case "down":
      return at(stepRow(1), from.c);
    case "left":
      return from.c > 0 ? { r: from.r, c: from.c - 1 } : null;
    case "right":
      return from.c < grid.cols - 1 ? { r: from.r, c: from.c + 1 } : null;
    case "next":
      return from.c < grid.cols - 1 ? { r: from.r, c: from.c + 1 } : at(stepRow(1), 0);
    case "previous":
      return from.c > 0 ? { r: from.r, c: from.c - 1 } : at(stepRow(-1), grid.cols - 1);
  }
}
