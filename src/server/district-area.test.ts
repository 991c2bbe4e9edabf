import { describe, expect, it } from "vitest";
import projects from "../../data/projects.json";
import { outsideParts, pointInArea } from "../domain/district-boundary";
import { projectsFileSchema } from "../domain/project";
import { districtArea } from "./district-area";

describe("Jimo's boundary as the server reads it from the basemap", () => {
  const jimo = districtArea();

  it("is there", () => {
    expect(jimo?.length).toBeGreaterThan(0);
  });

  it("puts Jimo's own places inside and its neighbours' outside", () => {
    if (!jimo) throw new Error("no boundary");
    expect(pointInArea([120.447, 36.389], jimo)).toBe(true); // the old town
    expect(pointInArea([120.38, 36.07], jimo)).toBe(false); // 市南区
    expect(pointInArea([120.3, 36.68], jimo)).toBe(false); // 莱西, inside the old box
    expect(pointInArea([36.39, 120.45], jimo)).toBe(false); // lat and lng swapped
  });

  it("keeps every seed project inside", () => {
    if (!jimo) throw new Error("no boundary");
    for (const p of projectsFileSchema.parse(projects).projects)
      expect(outsideParts(p, jimo), p.id).toEqual([]);
  });
});
