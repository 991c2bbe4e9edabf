import { describe, expect, it } from "vitest";
import { idPattern } from "./ids";
import { pairKey } from "./pair-key";

describe("pairKey", () => {
  it("keys a sheet by evaluator, then project, whatever order the fields come in", () => {
    expect(pairKey({ evaluatorId: "e01", projectId: "p-1" })).toBe("e01/p-1");
    expect(pairKey({ projectId: "p-1", evaluatorId: "e01" })).toBe("e01/p-1");
  });
  it("cannot confuse two pairs, as the separator is never part of an id", () => {
    expect(idPattern.test("a/b")).toBe(false);
  });
});
