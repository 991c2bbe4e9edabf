import { describe, expect, it } from "vitest";
import { chooseEvent, defaultEvent, entryEvent } from "./default-event";
import type { EventState } from "./scoring-schemas";

const ev = (id: string, date: string, state: EventState) => ({ id, date, state });
// As in the seed: the published inspection, and a later practice event still open.
const seed = [
  ev("demo-entry-practice", "2023-03-10", "open"),
  ev("2023-02-24-inspection", "2023-02-24", "published"),
];

describe("defaultEvent", () => {
  it("prefers the latest finished event over a later open one", () => {
    expect(defaultEvent(seed)?.id).toBe("2023-02-24-inspection");
  });

  it("takes a closed event as finished too, and the latest of the finished ones", () => {
    const events = [
      ev("old", "2022-09-01", "published"),
      ev("draft", "2024-01-01", "draft"),
      ev("closed", "2023-06-01", "closed"),
      ev("open", "2023-07-01", "open"),
    ];
    expect(defaultEvent(events)?.id).toBe("closed");
  });

  it("does not depend on the order the events come in", () => {
    expect(defaultEvent([...seed].reverse())?.id).toBe("2023-02-24-inspection");
  });

  it("with nothing finished, takes the latest open event before a later draft", () => {
    const events = [ev("draft", "2024-01-01", "draft"), ev("open", "2023-07-01", "open")];
    expect(defaultEvent(events)?.id).toBe("open");
  });

  it("with only drafts, takes the latest; with none, nothing", () => {
    expect(defaultEvent([ev("a", "2023-01-01", "draft"), ev("b", "2023-02-01", "draft")])?.id).toBe(
      "b",
    );
    expect(defaultEvent([])).toBeUndefined();
  });
});

describe("chooseEvent", () => {
  it("shows an open event when the link names it", () => {
    expect(chooseEvent(seed, "demo-entry-practice")).toEqual({ event: seed[0], named: true });
  });

  it("falls back to the default for an unknown or missing id, and says it did", () => {
    expect(chooseEvent(seed, "no-such-event")).toEqual({ event: seed[1], named: false });
    expect(chooseEvent(seed, null)).toEqual({ event: seed[1], named: false });
    expect(chooseEvent(seed, "")).toEqual({ event: seed[1], named: false });
  });
});

describe("entryEvent", () => {
  it("takes the latest open event, whatever order they come in, else the default", () => {
    const events = [
      ev("spring", "2026-04-16", "open"),
      ...seed,
      ev("autumn-draft", "2026-10-01", "draft"),
    ];
    expect(entryEvent(events)?.id).toBe("spring");
    expect(entryEvent([...events].reverse())?.id).toBe("spring");
    expect(entryEvent([ev("2023-02-24-inspection", "2023-02-24", "published")])?.id).toBe(
      "2023-02-24-inspection",
    );
  });
});
