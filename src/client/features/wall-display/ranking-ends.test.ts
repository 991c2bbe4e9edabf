import { describe, expect, it } from "vitest";
import { rankingEnds } from "./ranking-ends";

const rows = (ranks: (number | null)[]) => ranks.map((rank, i) => ({ id: `p${i}`, rank }));

describe("rankingEnds", () => {
  it("takes the first and the last n in rank order, and counts the rest", () => {
    const ends = rankingEnds(rows([5, 1, 8, 2, 7, 3, 6, 4]), 3);
    expect(ends.top.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(ends.bottom.map((r) => r.rank)).toEqual([6, 7, 8]);
    expect(ends.hidden).toBe(2);
  });

  it("shows a short list whole and never a row twice", () => {
    expect(rankingEnds(rows([2, 1]), 3)).toEqual({
      top: [
        { id: "p1", rank: 1 },
        { id: "p0", rank: 2 },
      ],
      bottom: [],
      hidden: 0,
    });
    const six = rankingEnds(rows([1, 2, 3, 4, 5, 6]), 3);
    expect(six.top).toHaveLength(6);
    expect(six.bottom).toEqual([]);
  });

  it("leaves out projects without a rank", () => {
    const ends = rankingEnds(rows([null, 1, null]), 3);
    expect(ends.top.map((r) => r.id)).toEqual(["p1"]);
  });
});
