import { describe, expect, it } from "vitest";
import { areaPath, monotonePath, zeroBasedTicks } from "./chart-geometry";

describe("zeroBasedTicks", () => {
  it("starts at zero and reaches the largest value in round steps", () => {
    expect(zeroBasedTicks(78.64)).toEqual([0, 20, 40, 60, 80]);
    expect(zeroBasedTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(zeroBasedTicks(0.37)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(zeroBasedTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it("never cuts the baseline, even when every value is far from zero", () => {
    const ticks = zeroBasedTicks(812);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(812);
  });

  it("gives an axis for a series of zeros or nothing", () => {
    expect(zeroBasedTicks(0)).toEqual([0, 1]);
    expect(zeroBasedTicks(Number.NaN)).toEqual([0, 1]);
  });
});

/** The y of a path's points and control points: every number after an x. */
const ys = (d: string) => (d.match(/-?[\d.]+/g) ?? []).map(Number).filter((_, i) => i % 2 === 1);

describe("monotonePath", () => {
  it("passes through every point", () => {
    const points = [
      [0, 50],
      [10, 40],
      [20, 38],
      [30, 10],
    ] as const;
    const d = monotonePath(points);
    expect(d.startsWith("M0,50")).toBe(true);
    for (const [x, y] of points.slice(1)) expect(d).toContain(`${x},${y}`);
  });

  it("never overshoots a rising series: a cumulative total never seems to fall", () => {
    const points = [
      [0, 100],
      [10, 99],
      [20, 60],
      [30, 59],
      [40, 20],
    ] as const;
    const values = ys(monotonePath(points));
    for (const y of values) {
      expect(y).toBeLessThanOrEqual(100);
      expect(y).toBeGreaterThanOrEqual(20);
    }
  });

  it("draws two points as a straight line and one as a lone move", () => {
    expect(monotonePath([[0, 1]])).toBe("M0,1");
    expect(
      monotonePath([
        [0, 1],
        [5, 2],
      ]),
    ).toBe("M0,1L5,2");
    expect(monotonePath([])).toBe("");
  });
});

describe("areaPath", () => {
  it("closes the curve down to the baseline, so the area is measured from zero", () => {
    const d = areaPath(
      [
        [0, 80],
        [10, 60],
        [20, 30],
      ],
      100,
    );
    expect(d.endsWith("L20,100L0,100Z")).toBe(true);
  });
});
