import { describe, expect, it } from "vitest";
import { landingFor, safeNext } from "./safe-next";

describe("safeNext", () => {
  it.each([
    "/",
    "/results?event=x",
    "/projects/liandong-u-valley-chaohai#milestones",
    "/projects?q=联东",
    "/entry/",
  ])("keeps the path on this site %j", (path) => {
    expect(safeNext(path)).toBe(path);
  });

  // As `?next=` arrives after URLSearchParams has decoded it: "%09" is already a tab here.
  it.each([
    ["another host", "//evil.example"],
    ["a tab browsers drop", "/\t/evil.example"],
    ["a line break browsers drop", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a backslash read as a slash", "/\\evil.example"],
    ["a backslash later on", "/\\/evil.example"],
    ["a leading space", " /results"],
    ["a non-breaking control", "/\u0085/evil.example"],
    ["a full URL", "https://evil.example/"],
    ["a scheme-relative URL", "///evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["a relative path", "results"],
    ["empty", ""],
    ["missing", null],
    ["undefined", undefined],
  ])("refuses %s", (_, bad) => {
    expect(safeNext(bad)).toBeNull();
  });

  it("does not loop back to the sign-in page", () => {
    for (const loop of ["/sign-in", "/sign-in?next=/", "/sign-in/", "/SIGN-IN"])
      expect(safeNext(loop)).toBeNull();
  });
});

describe("landingFor", () => {
  it("sends staff and admins to entry, leaders to the overview, units to their reports", () => {
    expect(landingFor("unit")).toBe("/reports");
    expect(landingFor("staff")).toBe("/entry");
    expect(landingFor("admin")).toBe("/entry");
    expect(landingFor("leader")).toBe("/");
  });
});
