import { describe, expect, it } from "vitest";
import { checkTransition, nextStates, openingProblems } from "./event-states";

describe("event state transitions", () => {
  it("go forward draft → open → closed → published", () => {
    expect(checkTransition("draft", "open", "staff")).toEqual({ ok: true, needsReason: false });
    expect(checkTransition("open", "closed", "staff")).toEqual({ ok: true, needsReason: false });
    expect(checkTransition("closed", "published", "admin")).toEqual({
      ok: true,
      needsReason: false,
    });
  });

  it("let only an admin publish or reopen, and reopening needs a reason", () => {
    expect(checkTransition("closed", "published", "staff")).toEqual({
      ok: false,
      why: "forbidden",
    });
    expect(checkTransition("published", "open", "staff")).toEqual({ ok: false, why: "forbidden" });
    expect(checkTransition("published", "open", "admin")).toEqual({ ok: true, needsReason: true });
  });

  it("refuse skipping a step", () => {
    expect(checkTransition("draft", "published", "admin")).toEqual({
      ok: false,
      why: "invalid_transition",
    });
    expect(checkTransition("open", "open", "admin").ok).toBe(false);
  });

  it("list what a role may do next", () => {
    expect(nextStates("closed", "staff")).toEqual([{ to: "open", needsReason: true }]);
    expect(nextStates("closed", "admin").map((s) => s.to)).toEqual(["open", "published"]);
  });
});

describe("opening a draft for scoring", () => {
  const event = { groups: [{ id: "leaders" }, { id: "heads" }] };
  it("needs somebody on the roster", () => {
    expect(openingProblems(event, [])).toEqual(["roster_empty"]);
  });
  it("needs every evaluator in one of the event's groups", () => {
    expect(openingProblems(event, [{ groupId: "leaders" }, { groupId: "experts" }])).toEqual([
      "evaluator_without_group",
    ]);
    expect(openingProblems(event, [{ groupId: "leaders" }, { groupId: "heads" }])).toEqual([]);
  });
});
