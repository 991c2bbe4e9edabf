import { describe, expect, it } from "vitest";
import {
  addVertex,
  emptyPlace,
  fieldOfIssue,
  parseVertices,
  placeOf,
  verticesText,
} from "./fields";

describe("picking a place", () => {
  it("a click places a point (replacing the last) or adds a corner to a line or area", () => {
    const point = addVertex(addVertex(emptyPlace, [120.1, 36.1]), [120.4567891, 36.3912345]);
    expect(point).toMatchObject({ lat: "36.391235", lng: "120.456789" });
    expect(point.vertices).toHaveLength(1);
    const line = addVertex(addVertex({ ...emptyPlace, kind: "LineString" }, [120, 36]), [121, 36]);
    expect(line.vertices).toEqual([
      [120, 36],
      [121, 36],
    ]);
    expect(placeOf(line)?.location).toEqual({ lat: 36, lng: 120.5 });
  });

  it("reads typed corners as latitude, longitude, and names the line that is not", () => {
    expect(parseVertices("36.4, 120.5\n\n36.5，120.6")).toEqual([
      [120.5, 36.4],
      [120.6, 36.5],
    ]);
    expect(parseVertices("36.4, 120.5\n36.5")).toEqual({ badLine: 2 });
    expect(verticesText([[120.5, 36.4]])).toBe("36.4, 120.5");
  });

  it("waits for enough corners before there is a line or an area", () => {
    expect(placeOf({ ...emptyPlace, kind: "Polygon", vertices: [[120, 36]] })).toBeNull();
    expect(fieldOfIssue("geometry.coordinates.0.1")).toBe("place");
  });
});
