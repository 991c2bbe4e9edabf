import { describe, expect, it } from "vitest";
import { barAxis, barShare, SCORE_FULL_MARK } from "./bar-scale";

describe("barShare", () => {
  it("measures from zero, so lengths keep the values' ratio", () => {
    const a = barShare(62.53, SCORE_FULL_MARK);
    const b = barShare(88.39, SCORE_FULL_MARK);
    expect(a / b).toBeCloseTo(62.53 / 88.39, 6);
  });

  it("clamps to the track and survives an empty scale", () => {
    expect(barShare(120, 100)).toBe(100);
    expect(barShare(-3, 100)).toBe(0);
    expect(barShare(5, 0)).toBe(0);
    expect(barShare(Number.NaN, 100)).toBe(0);
  });
});

describe("barAxis", () => {
  it("starts every bar chart's value axis at zero", () => {
    expect(barAxis(30)).toEqual([0, 30]);
    expect(barAxis(-1)).toEqual([0, 0]);
  });
});
