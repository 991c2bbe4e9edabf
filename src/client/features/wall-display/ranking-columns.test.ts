import { describe, expect, it } from "vitest";
import { rankingColumns } from "./ranking-columns";

const blocks = (...rows: number[]) => rows.map((n, i) => ({ id: `c${i}`, rows: n }));
const ids = (columns: { id: string }[][]) => columns.map((c) => c.map((b) => b.id));

describe("rankingColumns", () => {
  it("puts the seed's 16 and 2 side by side, the event card under the shorter", () => {
    const layout = rankingColumns(blocks(16, 2));
    expect(ids(layout.columns)).toEqual([["c0"], ["c1"]]);
    expect(layout.eventInOwnColumn).toBe(false);
    expect(layout.full).toEqual([true, false]);
  });

  it("stacks a small third category under the second, in order", () => {
    expect(ids(rankingColumns(blocks(16, 2, 1)).columns)).toEqual([["c0"], ["c1", "c2"]]);
  });

  it("wraps into as many columns as the categories need, never splitting one", () => {
    const layout = rankingColumns(blocks(12, 6, 5, 4, 9));
    expect(ids(layout.columns)).toEqual([["c0"], ["c1", "c2"], ["c3", "c4"]]);
  });

  it("gives the event card a column of its own when the last one is full", () => {
    expect(rankingColumns(blocks(14)).eventInOwnColumn).toBe(true);
    expect(rankingColumns(blocks(3)).eventInOwnColumn).toBe(false);
    expect(rankingColumns([]).eventInOwnColumn).toBe(true);
  });
});
