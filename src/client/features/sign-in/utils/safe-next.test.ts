import { describe, expect, it } from "vitest";
import { landingFor, safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps a path on this site", () => {
    expect(safeNext("/results?event=x")).toBe("/results?event=x");
  });
  it("refuses other hosts and odd values", () => {
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "", null])
      expect(safeNext(bad)).toBeNull();
  });
  it("does not loop back to the sign-in page", () => {
    expect(safeNext("/sign-in?next=/")).toBeNull();
  });
});

describe("landingFor", () => {
  it("sends staff and admins to entry, leaders to the overview", () => {
    expect(landingFor("staff")).toBe("/entry");
    expect(landingFor("admin")).toBe("/entry");
    expect(landingFor("leader")).toBe("/");
  });
});
