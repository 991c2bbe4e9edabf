import { describe, expect, it } from "vitest";
import { completionByGroup, topOf } from "./list-size";

const project = (street: string, pct: number, status: "green" | "yellow" | "red" = "green") => ({
  street,
  status,
  statusExplanation: { ytdCompletionPct: pct },
});

describe("topOf", () => {
  it("keeps the first n and counts the rest", () => {
    expect(topOf([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], hidden: 2 });
    expect(topOf([1, 2], 3)).toEqual({ shown: [1, 2], hidden: 0 });
  });
});

describe("completionByGroup", () => {
  it("averages each group's completion, counts its lights, lowest first", () => {
    const groups = completionByGroup(
      [
        project("A", 40, "yellow"),
        project("B", 10, "red"),
        project("A", 60),
        project("B", 30, "red"),
        project("C", 20),
      ],
      (p) => p.street,
    );
    expect(groups.map((g) => [g.key, g.count, g.meanPct, g.red, g.yellow])).toEqual([
      ["B", 2, 20, 2, 0],
      ["C", 1, 20, 0, 0],
      ["A", 2, 50, 0, 1],
    ]);
  });

  it("has no groups for no projects", () => {
    expect(completionByGroup([], () => "x")).toEqual([]);
  });
});
