import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { clipRing, labelPoint } from "./label-point";

const square = (x: number, y: number, size: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

describe("labelPoint", () => {
  it("puts the label at the centre of a shape", () => {
    const p = labelPoint(square(0, 0, 2));
    expect(p?.lng).toBeCloseTo(1);
    expect(p?.lat).toBeCloseTo(1);
  });
  it("moves the label into the visible part of a shape", () => {
    // Only the strip 0 ≤ x ≤ 1 of a 10 × 10 square is in view.
    const p = labelPoint(square(0, 0, 10), [-5, 0, 1, 10]);
    expect(p?.lng).toBeCloseTo(0.5);
    expect(p?.lat).toBeCloseTo(5);
  });
  it("gives no label when the shape is out of view or barely in it", () => {
    expect(labelPoint(square(20, 20, 1), [0, 0, 10, 10])).toBeNull();
    expect(labelPoint(square(9.99, 0, 5), [0, 0, 10, 10])).toBeNull();
  });
});

describe("clipRing", () => {
  it("keeps a ring that is wholly inside", () => {
    const ring = square(1, 1, 1).coordinates[0];
    expect(clipRing(ring, [0, 0, 5, 5])).toHaveLength(ring.length);
  });
});
