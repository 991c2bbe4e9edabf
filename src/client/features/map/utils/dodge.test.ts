import { describe, expect, it } from "vitest";
import { dodge, type Square } from "./dodge";

const overlaps = (squares: Square[], points: { x: number; y: number }[], gap = 2) => {
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const reach = squares[i].half + squares[j].half + gap - 0.001;
      if (
        Math.abs(points[i].x - points[j].x) < reach &&
        Math.abs(points[i].y - points[j].y) < reach
      )
        return true;
    }
  return false;
};

describe("dodge", () => {
  it("leaves markers that do not touch where they are", () => {
    const squares = [
      { x: 0, y: 0, half: 12 },
      { x: 100, y: 0, half: 12 },
    ];
    expect(dodge(squares)).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ]);
  });

  it("separates a cluster, including markers on the very same spot", () => {
    const squares = [
      { x: 50, y: 50, half: 28 },
      { x: 55, y: 52, half: 12 },
      { x: 55, y: 52, half: 12 },
      { x: 40, y: 60, half: 14 },
      { x: 60, y: 45, half: 12 },
    ];
    expect(overlaps(squares, dodge(squares))).toBe(false);
  });

  it("moves the big marker less than the small one", () => {
    const squares = [
      { x: 0, y: 0, half: 28 },
      { x: 10, y: 0, half: 12 },
    ];
    const [big, small] = dodge(squares);
    expect(Math.abs(big.x)).toBeLessThan(Math.abs(small.x - 10));
  });
});
