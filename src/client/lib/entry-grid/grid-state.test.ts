import { describe, expect, it } from "vitest";
import * as gridStateModule from "./grid-state";
import {
  applyPaste,
  type GridAction,
  type GridState,
  gridReducer,
  initialGridState,
  nextCell,
  planPaste,
  undoPaste,
} from "./grid-state";

const run = (...actions: GridAction[]) =>
  actions.reduce<GridState>((s, a) => gridReducer(s, a), initialGridState);
const same = (_col: string, v: string) => v;
const grid = {
  rows: [
    { key: "e1/p1", locked: false, submitted: false },
    { key: "e1/p2", locked: false, submitted: true },
    { key: "e1/p3", locked: true, submitted: false },
  ],
  cols: ["progress", "investment"],
};

describe("undoing a paste", () => {
  const before = { "e1/p1": { progress: "20" } };
  const writes = [
    { key: "e1/p1", col: "progress", value: "25" },
    { key: "e1/p1", col: "investment", value: "15" },
    { key: "e1/p2", col: "progress", value: "28" },
  ];

  it("puts back exactly the cells the paste wrote, and forgets rows it created", () => {
    const { drafts, record } = applyPaste(before, writes);
    expect(drafts).toEqual({
      "e1/p1": { progress: "25", investment: "15" },
      "e1/p2": { progress: "28" },
    });
    expect(record.keys).toEqual(["e1/p1", "e1/p2"]);
    expect(undoPaste(drafts, record)).toEqual(before);
  });

  it("keeps what was typed since in cells the paste did not touch", () => {
    const { drafts, record } = applyPaste(before, writes);
    const typed = { ...drafts, "e1/p1": { ...drafts["e1/p1"], vote: "满意" } };
    expect(undoPaste(typed, record)).toEqual({ "e1/p1": { progress: "20", vote: "满意" } });
  });
});

describe("the desk grid's state", () => {
  it("edit: writes one cell of a row's draft", () => {
    const s = run(
      { type: "edit", key: "e1/p1", col: "progress", value: "2" },
      { type: "edit", key: "e1/p1", col: "progress", value: "25" },
      { type: "edit", key: "e1/p1", col: "vote", value: "满意" },
    );
    expect(s.drafts).toEqual({ "e1/p1": { progress: "25", vote: "满意" } });
    expect(s.pastes).toEqual([]);
  });

  it("paste: writes the block from the cell, counts what falls off, names sheets it replaces", () => {
    const action = planPaste(
      [
        ["20", "15", "9"],
        ["21", "14"],
        ["22", "13"],
      ],
      { r: 0, c: 0 },
      grid,
      same,
    );
    expect(action.notice).toEqual({
      kind: "pasted",
      rows: 3,
      cols: 3,
      extra: 3, // one column too many on row 1, and the locked row's two cells
      replaced: ["e1/p2"],
    });
    const s = run(action);
    expect(s.drafts).toEqual({
      "e1/p1": { progress: "20", investment: "15" },
      "e1/p2": { progress: "21", investment: "14" },
    });
    expect(s.pastes).toHaveLength(1);
    expect(s.notice).toBe(action.notice);
  });

  it("paste: says the rows that fit when cells are cut off at the bottom", () => {
    const action = planPaste([["1"], ["2"], ["3"]], { r: 1, c: 1 }, grid, same);
    expect(action.notice).toMatchObject({ rows: 2, extra: 2 });
    expect(planPaste([["1"]], { r: 0, c: 0 }, grid, same).notice).toMatchObject({
      rows: 1,
      extra: 0,
    });
  });

  it("paste: votes are normalised as they are written", () => {
    const action = planPaste([["1"]], { r: 0, c: 1 }, grid, (col, v) => `${col}:${v}`);
    expect(action.writes).toEqual([{ key: "e1/p1", col: "investment", value: "investment:1" }]);
  });

  it("undo: takes the newest paste back, then the one before, and says so", () => {
    const typed: GridAction = { type: "edit", key: "e1/p1", col: "progress", value: "10" };
    const first = planPaste([["20"]], { r: 0, c: 0 }, grid, same);
    const second = planPaste([["30"], ["31"]], { r: 0, c: 0 }, grid, same);
    const s = run(typed, first, second, { type: "undoPaste" });
    expect(s.drafts).toEqual({ "e1/p1": { progress: "20" } });
    expect(s.notice).toEqual({ kind: "pasteUndone" });
    const back = gridReducer(s, { type: "undoPaste" });
    expect(back.drafts).toEqual({ "e1/p1": { progress: "10" } });
    expect(back.pastes).toEqual([]);
    // Nothing left to undo: the state is unchanged.
    expect(gridReducer(back, { type: "undoPaste" })).toBe(back);
  });

  it("commit and server ack: rows go saving, then saved; their drafts go once settled", () => {
    const pasted = planPaste([["20"], ["21"]], { r: 0, c: 0 }, grid, same);
    const sent = run(
      pasted,
      { type: "reason", key: "e1/p2", reason: "誊写有误" },
      {
        type: "commit",
        keys: ["e1/p1", "e1/p2"],
      },
    );
    expect(sent.status).toEqual({ "e1/p1": { kind: "saving" }, "e1/p2": { kind: "saving" } });
    const acked = gridReducer(sent, { type: "ack", key: "e1/p2", outcome: "saved" });
    expect(acked.status["e1/p2"]).toEqual({ kind: "saved" });
    expect(acked.drafts["e1/p2"]).toEqual({ progress: "21" });
    const settled = gridReducer(acked, { type: "settled", keys: ["e1/p2"] });
    expect(settled.drafts).toEqual({ "e1/p1": { progress: "20" } });
    expect(settled.reasons).toEqual({});
    // Saved rows are the server's now: no undo may bring their drafts back.
    expect(settled.pastes).toEqual([]);
    expect(gridReducer(sent, { type: "ack", key: "e1/p1", outcome: "mismatch" }).status).toEqual({
      "e1/p1": { kind: "mismatch" },
      "e1/p2": { kind: "saving" },
    });
  });

  it("conflict (412): the row says it is stale and keeps its draft until reloaded", () => {
    const s = run(
      { type: "edit", key: "e1/p2", col: "progress", value: "25" },
      { type: "edit", key: "e1/p1", col: "progress", value: "5" },
      { type: "commit", keys: ["e1/p2"] },
      { type: "conflict", key: "e1/p2", message: "已被他人修改" },
    );
    expect(s.status["e1/p2"]).toEqual({ kind: "stale", message: "已被他人修改" });
    expect(s.drafts["e1/p2"]).toEqual({ progress: "25" });
    const reloaded = gridReducer(s, { type: "reload", key: "e1/p2" });
    expect(reloaded.drafts).toEqual({ "e1/p1": { progress: "5" } });
    expect(reloaded.status).toEqual({});
  });

  it("a failed save keeps the draft and says why", () => {
    const s = run(
      { type: "edit", key: "e1/p1", col: "progress", value: "5" },
      { type: "commit", keys: ["e1/p1"] },
      { type: "failed", key: "e1/p1", message: "网络中断" },
    );
    expect(s.status["e1/p1"]).toEqual({ kind: "error", message: "网络中断" });
    expect(s.drafts["e1/p1"]).toEqual({ progress: "5" });
  });

  it("discard drops every edit, reason, paste and status; double entry clears statuses", () => {
    const dirty = run(
      planPaste([["20"]], { r: 1, c: 0 }, grid, same),
      { type: "reason", key: "e1/p2", reason: "x" },
      { type: "confirm", key: "e1/p2", on: true },
      { type: "ack", key: "e1/p2", outcome: "saved" },
    );
    const s = gridReducer(dirty, { type: "discard" });
    expect(s).toMatchObject({ drafts: {}, reasons: {}, pastes: [], status: {} });
    expect(gridReducer(dirty, { type: "double", on: true })).toMatchObject({
      double: true,
      status: {},
    });
    expect([...dirty.confirmed]).toEqual(["e1/p2"]);
    expect([...gridReducer(dirty, { type: "confirm", key: "e1/p2", on: false }).confirmed]).toEqual(
      [],
    );
  });

  it("focus: remembers the active cell, and is unchanged when it does not move", () => {
    const s = run({ type: "focus", cell: { r: 2, c: 1 } });
    expect(s.active).toEqual({ r: 2, c: 1 });
    expect(gridReducer(s, { type: "focus", cell: { r: 2, c: 1 } })).toBe(s);
  });
});

describe("focus moves", () => {
  const layout = { locked: [false, true, false, false], cols: 3 };
  it("skip locked rows up and down, and stop at the ends", () => {
    expect(nextCell({ r: 0, c: 1 }, "down", layout)).toEqual({ r: 2, c: 1 });
    expect(nextCell({ r: 2, c: 1 }, "up", layout)).toEqual({ r: 0, c: 1 });
    expect(nextCell({ r: 3, c: 1 }, "down", layout)).toBeNull();
    expect(nextCell({ r: 0, c: 0 }, "up", layout)).toBeNull();
  });
  it("move along a row, and Tab wraps to the next keyable row but leaves at the grid's ends", () => {
    expect(nextCell({ r: 0, c: 0 }, "left", layout)).toBeNull();
    expect(nextCell({ r: 0, c: 2 }, "right", layout)).toBeNull();
    expect(nextCell({ r: 0, c: 1 }, "right", layout)).toEqual({ r: 0, c: 2 });
    expect(nextCell({ r: 0, c: 2 }, "next", layout)).toEqual({ r: 2, c: 0 });
    expect(nextCell({ r: 2, c: 0 }, "previous", layout)).toEqual({ r: 0, c: 2 });
    expect(nextCell({ r: 3, c: 2 }, "next", layout)).toBeNull();
    expect(nextCell({ r: 0, c: 0 }, "previous", layout)).toBeNull();
  });
});

describe("keyMove", () => {
  it("moves as a spreadsheet does, leaving left and right to the caret while a cell is edited", () => {
    const { keyMove } = gridStateModule;
    expect(keyMove("Enter", false, true)).toBe("down");
    expect(keyMove("Tab", true, false)).toBe("previous");
    expect(keyMove("ArrowLeft", false, false)).toBe("left");
    expect(keyMove("ArrowLeft", false, true)).toBeNull();
    expect(keyMove("a", false, false)).toBeNull();
  });
});
