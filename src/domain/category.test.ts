import { describe, expect, it } from "vitest";
import { categoriesPresent, lightConfusedWith, seedCategoryRecords } from "./category";

describe("category colours keep apart from the lights", () => {
  it("accepts the seed's colours, blues, violets and greys", () => {
    for (const c of seedCategoryRecords) expect(lightConfusedWith(c.colour)).toBeNull();
    for (const colour of ["#0f3d6e", "#7a3e9d", "#555555", "#00838f"])
      expect(lightConfusedWith(colour), colour).toBeNull();
  });
  it("refuses reds, ambers and greens, naming the light", () => {
    expect(lightConfusedWith("#d62728")).toBe("red");
    expect(lightConfusedWith("#ff9900")).toBe("yellow");
    expect(lightConfusedWith("#f5b700")).toBe("yellow");
    expect(lightConfusedWith("#2ca02c")).toBe("green");
  });
});

describe("categories present, in order", () => {
  it("lists the seed's first, then others as they appear, and only those with projects", () => {
    const items = [
      { category: "infrastructure" },
      { category: "urban_renewal" },
      { category: "manufacturing" },
      { category: "livelihood" },
      { category: "infrastructure" },
    ];
    expect(categoriesPresent(items)).toEqual([
      "manufacturing",
      "urban_renewal",
      "infrastructure",
      "livelihood",
    ]);
    expect(categoriesPresent([{ category: "urban_renewal" }])).toEqual(["urban_renewal"]);
    expect(categoriesPresent(items, ["livelihood", "manufacturing"])[0]).toBe("livelihood");
  });
});
