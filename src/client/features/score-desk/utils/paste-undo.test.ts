import { describe, expect, it } from "vitest";
import { applyPaste, undoPaste } from "./paste-undo";

describe("undoing a paste", () => {
  const before = { "e1/p1": { progress: "20" } };
  const writes = [
    { key: "e1/p1", col: "progress", value: "25" },
    { key: "e1/p1", col: "investment", value: "15" },
    { key: "e1/p2", col: "progress", value: "28" },
  ];

  it("puts back exactly the cells the paste wrote, and forgets rows it created", () => {
    const { drafts, record } = applyPaste(before, writes);
    expect(drafts).toEqual({
      "e1/p1": { progress: "25", investment: "15" },
      "e1/p2": { progress: "28" },
    });
    expect(record.keys).toEqual(["e1/p1", "e1/p2"]);
    expect(undoPaste(drafts, record)).toEqual(before);
  });

  it("keeps what was typed since in cells the paste did not touch", () => {
    const { drafts, record } = applyPaste(before, writes);
    const typed = { ...drafts, "e1/p1": { ...drafts["e1/p1"], vote: "满意" } };
    expect(undoPaste(typed, record)).toEqual({ "e1/p1": { progress: "20", vote: "满意" } });
  });
});
