import { describe, expect, it } from "vitest";
import { colsParam, columnIds, parseSort, sortParam, visibleColumnIds } from "./table-columns";

describe("sort param", () => {
  it("round-trips a column and direction", () => {
    expect(parseSort("score:desc")).toEqual([{ id: "score", desc: true }]);
    expect(sortParam(parseSort("name:asc"))).toBe("name:asc");
  });
  it("ignores unknown columns and absence", () => {
    expect(parseSort("colour:asc")).toEqual([]);
    expect(parseSort(undefined)).toEqual([]);
    expect(sortParam([])).toBeUndefined();
  });
});

describe("cols param", () => {
  it("shows every column when absent or unusable", () => {
    expect(visibleColumnIds(undefined)).toEqual([...columnIds]);
    expect(visibleColumnIds(["bogus"])).toEqual([...columnIds]);
  });
  it("always keeps the name, in display order", () => {
    expect(visibleColumnIds(["score", "category"])).toEqual(["name", "category", "score"]);
  });
  it("writes the default as absent and can hide everything but the name", () => {
    expect(colsParam([...columnIds])).toBeUndefined();
    expect(colsParam([])).toEqual(["name"]);
    expect(colsParam(["rank", "name", "street"])).toEqual(["name", "street", "rank"]);
  });
});
