import { describe, expect, it } from "vitest";
import { type MatrixRow, matrixRows, parseMatrixSort, unitsOf } from "./matrix-rows";

const row = (id: string, over: Partial<MatrixRow> = {}): MatrixRow => ({
  id,
  name: id,
  nameEn: id,
  category: "manufacturing",
  responsibleUnit: "区商务局",
  responsibleUnitEn: "Commerce",
  lights: [],
  redCount: 0,
  yellowCount: 0,
  light: "green",
  turnedRed: null,
  scores: [],
  ...over,
});

const rows = [
  row("b", { redCount: 2, yellowCount: 1 }),
  row("a", { redCount: 5, category: "urban_renewal", responsibleUnit: "区交通运输局" }),
  row("c", { redCount: 2, yellowCount: 4 }),
];

describe("matrixRows", () => {
  it("puts the projects with most 旬 in red first, then most in yellow", () => {
    expect(matrixRows(rows, {}, "red").map((r) => r.id)).toEqual(["a", "c", "b"]);
  });
  it("keeps the list's order without a sort, and sorts by name when asked", () => {
    expect(matrixRows(rows, {}, null).map((r) => r.id)).toEqual(["b", "a", "c"]);
    expect(matrixRows(rows, {}, "name").map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
  it("filters by category and by responsible unit", () => {
    expect(matrixRows(rows, { category: "urban_renewal" }, null).map((r) => r.id)).toEqual(["a"]);
    expect(matrixRows(rows, { unit: "区商务局" }, "red").map((r) => r.id)).toEqual(["c", "b"]);
  });
  it("reads the sort from the link and ignores what it does not know", () => {
    expect(parseMatrixSort("red:desc")).toBe("red");
    expect(parseMatrixSort("score:asc")).toBeNull();
    expect(parseMatrixSort(undefined)).toBeNull();
  });
  it("lists each unit once", () => {
    expect(unitsOf(rows).map((r) => r.responsibleUnit)).toEqual(["区商务局", "区交通运输局"]);
  });
});
