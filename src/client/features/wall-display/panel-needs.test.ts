import { describe, expect, it } from "vitest";
import { panelReadiness, type SourceState, skippedPanels, sourceState } from "./panel-needs";

const all = (s: SourceState) => ({ projects: s, results: s, basemap: s, dispatch: s });

describe("a wall panel's data", () => {
  it("is ready when kept from before even if the latest refetch failed", () => {
    expect(sourceState({ hasData: true, failed: true })).toBe("ready");
    expect(sourceState({ hasData: false, failed: true })).toBe("failed");
    expect(sourceState({ hasData: false, failed: false })).toBe("loading");
    expect(sourceState({ hasData: false, failed: true, none: true })).toBe("none");
  });

  it("makes the panel as ready as the least ready thing it needs", () => {
    const sources = { ...all("ready"), basemap: "loading" as const };
    expect(panelReadiness(["projects"], sources)).toBe("ready");
    expect(panelReadiness(["projects", "basemap"], sources)).toBe("loading");
    expect(panelReadiness(["results"], { ...sources, results: "none" })).toBe("none");
    expect(panelReadiness(["results", "basemap"], { ...sources, results: "failed" })).toBe(
      "failed",
    );
    expect(panelReadiness([], all("failed"))).toBe("ready");
  });

  it("skips the panels whose data failed and those that threw, and no others", () => {
    const panels = [
      { id: "a", needs: ["projects"] },
      { id: "b", needs: ["projects", "basemap"] },
      { id: "c", needs: ["results"] },
      { id: "d", needs: [] },
    ] as const;
    const sources = { ...all("ready"), basemap: "failed" as const, results: "loading" as const };
    expect([...skippedPanels(panels, sources, new Set(["d" as const]))].sort()).toEqual(["b", "d"]);
  });
});
