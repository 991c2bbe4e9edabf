import { describe, expect, it } from "vitest";
import { nextToScore } from "./next-to-score";

const item = (id: string, scored = false, recused = false) => ({ id, scored, recused });

describe("the next project to score", () => {
  it("is the next one not yet scored, skipping scored and recused ones", () => {
    const items = [item("a"), item("b", true), item("c", false, true), item("d")];
    expect(nextToScore(items, "a")).toBe("d");
  });

  it("comes round to the start for ones skipped earlier", () => {
    expect(nextToScore([item("a"), item("b", true), item("c")], "c")).toBe("a");
  });

  it("is none when everything else is scored or recused", () => {
    expect(nextToScore([item("a", true), item("b"), item("c", false, true)], "b")).toBeNull();
  });
});
