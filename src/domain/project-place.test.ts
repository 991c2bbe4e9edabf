import { describe, expect, it } from "vitest";
import { geometryFrom, representativePoint, verticesForEditing } from "./project-place";

describe("a project's place", () => {
  it("puts the marker on the point, halfway along a line, at an area's centre", () => {
    expect(representativePoint({ type: "Point", coordinates: [120.45, 36.39] })).toEqual({
      lat: 36.39,
      lng: 120.45,
    });
    expect(
      representativePoint({
        type: "LineString",
        coordinates: [
          [120, 36],
          [120, 36.1],
          [120.3, 36.1],
        ],
      }),
    ).toEqual({ lat: 36.1, lng: 120.1 });
    const area = geometryFrom("Polygon", [
      [120, 36],
      [120.2, 36],
      [120.2, 36.2],
      [120, 36.2],
    ]);
    expect(area && representativePoint(area)).toEqual({ lat: 36.1, lng: 120.1 });
  });

  it("builds a geometry once there are enough vertices, and gives them back for editing", () => {
    expect(geometryFrom("LineString", [[1, 1]])).toBeNull();
    expect(
      geometryFrom("Polygon", [
        [1, 1],
        [2, 2],
      ]),
    ).toBeNull();
    expect(
      geometryFrom("Point", [
        [1, 1],
        [2, 2],
      ]),
    ).toEqual({ type: "Point", coordinates: [2, 2] });
    const area = geometryFrom("Polygon", [
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(area).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
    expect(area && verticesForEditing(area)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
  });
});
