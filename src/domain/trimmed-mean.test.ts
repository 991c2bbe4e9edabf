import { describe, expect, it } from "vitest";
import { mean, trimExtremes } from "./trimmed-mean";

const totals = (...pairs: [string, number][]) =>
  pairs.map(([evaluatorId, total]) => ({ evaluatorId, total }));
const ids = (items: { evaluatorId: string }[]) => items.map((i) => i.evaluatorId);

describe("trimExtremes", () => {
  it("keeps every total below the threshold", () => {
    const result = trimExtremes(totals(["e2", 90], ["e1", 80], ["e3", 85]), 5);
    expect(result.method).toBe("mean");
    expect(ids(result.kept)).toEqual(["e1", "e3", "e2"]); // ascending: 80, 85, 90
    expect(result.droppedHighest).toBeNull();
  });

  it("drops one highest and one lowest at the threshold", () => {
    const result = trimExtremes(
      totals(["e1", 70], ["e2", 95], ["e3", 80], ["e4", 90], ["e5", 85]),
      5,
    );
    expect(result.method).toBe("trimmed_mean");
    expect(result.droppedLowest?.evaluatorId).toBe("e1"); // 70
    expect(result.droppedHighest?.evaluatorId).toBe("e2"); // 95
    expect(mean(result.kept.map((k) => k.total))).toBe(85); // (80 + 85 + 90) / 3
  });

  it("drops the lowest-sorted evaluator among equal totals, at both ends", () => {
    const result = trimExtremes(
      totals(["e5", 90], ["e2", 80], ["e4", 90], ["e1", 80], ["e3", 85]),
      5,
    );
    expect(result.droppedLowest?.evaluatorId).toBe("e1"); // e1 < e2, both 80
    expect(result.droppedHighest?.evaluatorId).toBe("e4"); // e4 < e5, both 90
    expect(ids(result.kept)).toEqual(["e2", "e3", "e5"]);
  });

  it("drops two different sheets when every total is equal", () => {
    const result = trimExtremes(totals(["e3", 80], ["e1", 80], ["e2", 80]), 3);
    expect(result.droppedLowest?.evaluatorId).toBe("e1");
    expect(result.droppedHighest?.evaluatorId).toBe("e2");
    expect(ids(result.kept)).toEqual(["e3"]);
  });

  it("reports none without totals", () => {
    expect(trimExtremes([], 5)).toEqual({
      method: "none",
      kept: [],
      droppedHighest: null,
      droppedLowest: null,
    });
    expect(mean([])).toBeNull();
  });
});
