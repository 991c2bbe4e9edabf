import { describe, expect, it } from "vitest";
import { type DistrictArea, jimoArea, outsideParts, pointInArea } from "./district-boundary";

// A unit square with a square hole, to test the edges exactly.
const square: DistrictArea = [
  [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ],
  ],
];

describe("district boundary", () => {
  it("takes the area marked isJimo, a Polygon or a MultiPolygon", () => {
    const ring = square[0]?.[0] ?? [];
    const other = { properties: { isJimo: false }, geometry: { type: "Polygon", coordinates: [] } };
    const one = {
      properties: { isJimo: true },
      geometry: { type: "Polygon", coordinates: [ring] },
    };
    expect(jimoArea({ features: [other, one] })).toEqual([[ring]]);
    const many = { ...one, geometry: { type: "MultiPolygon", coordinates: [[ring]] } };
    expect(jimoArea({ features: [many] })).toEqual([[ring]]);
    expect(jimoArea({ features: [other] })).toBeNull();
  });

  it("decides near the edge by which side the point is on", () => {
    expect(pointInArea([0.001, 5], square)).toBe(true);
    expect(pointInArea([-0.001, 5], square)).toBe(false);
    expect(pointInArea([9.999, 9.999], square)).toBe(true);
    expect(pointInArea([10.001, 5], square)).toBe(false);
    expect(pointInArea([5, 5], square)).toBe(false); // in the hole
    expect(pointInArea([3.999, 5], square)).toBe(true);
  });

  it("flags a line or an area with any vertex outside, and the point on its own", () => {
    const line = {
      type: "LineString" as const,
      coordinates: [
        [1, 1],
        [9, 1],
      ] as [number, number][],
    };
    expect(outsideParts({ location: { lat: 1, lng: 1 }, geometry: line }, square)).toEqual([]);
    const across = { ...line, coordinates: [...line.coordinates, [11, 1]] as [number, number][] };
    expect(outsideParts({ location: { lat: 1, lng: 1 }, geometry: across }, square)).toEqual([
      "geometry",
    ]);
    const area = {
      type: "Polygon" as const,
      coordinates: [
        [
          [1, 1],
          [3, 1],
          [3, 3],
          [1, 1],
        ],
      ] as [number, number][][],
    };
    expect(outsideParts({ location: { lat: -1, lng: 2 }, geometry: area }, square)).toEqual([
      "location",
    ]);
    expect(outsideParts({}, square)).toEqual([]);
  });
});
