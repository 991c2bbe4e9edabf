import { describe, expect, it } from "vitest";
import { markerDiameter, markerSize, paletteFor, scoreBreaks, scoreClass } from "./marker-scales";

describe("markerDiameter", () => {
  it("adds area in proportion to investment", () => {
    const { min, max, referenceYi } = markerSize;
    const half = markerDiameter(referenceYi / 2);
    expect(half ** 2 - min ** 2).toBeCloseTo((max ** 2 - min ** 2) / 2, -2);
    expect(markerDiameter(10)).toBeLessThan(markerDiameter(20));
  });
  it("stays within a readable range", () => {
    expect(markerDiameter(0)).toBe(markerSize.min);
    expect(markerDiameter(10_000)).toBe(markerSize.max);
  });
});

describe("scoreBreaks", () => {
  it("splits scores into classes that each hold some projects", () => {
    const scores = [70, 72, 75, 80, 81, 82, 85, 88, 90, 95];
    const breaks = scoreBreaks(scores);
    expect(breaks).toHaveLength(4);
    expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
    const counts = new Array(breaks.length + 1).fill(0);
    for (const s of scores) counts[scoreClass(s, breaks)]++;
    expect(counts.every((c) => c > 0)).toBe(true);
  });
  it("puts the lowest score in class 0 and the highest in the top class", () => {
    const scores = [60, 65, 70, 75, 80, 85, 90];
    const breaks = scoreBreaks(scores);
    expect(scoreClass(60, breaks)).toBe(0);
    expect(scoreClass(90, breaks)).toBe(breaks.length);
  });
  it("collapses classes when scores are equal, and has no breaks without spread", () => {
    expect(scoreBreaks([80, 80, 80, 90])).toHaveLength(1);
    expect(scoreBreaks([80])).toEqual([]);
    expect(paletteFor([])).toHaveLength(1);
  });
});
