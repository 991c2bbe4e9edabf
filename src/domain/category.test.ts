import { describe, expect, it } from "vitest";
import {
  categoriesPresent,
  categoryBook,
  lightConfusedWith,
  seedCategoryRecords,
  unlistedCategoryColour,
} from "./category";

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

describe("the category book: names, colours and order from the district's list", () => {
  const infra = {
    id: "infrastructure",
    name: "基础设施",
    nameEn: "Infrastructure",
    order: 2,
    colour: "#00838f",
  };
  const book = categoryBook([infra, ...seedCategoryRecords]);

  it("orders the list by each category's order", () => {
    expect(book.order).toEqual(["manufacturing", "urban_renewal", "infrastructure"]);
  });
  it("names and colours an added category from its record, in both languages", () => {
    expect(book.name("infrastructure", "zh")).toBe("基础设施");
    expect(book.name("infrastructure", "en")).toBe("Infrastructure");
    expect(book.colour("infrastructure")).toBe("#00838f");
    expect(book.colour("manufacturing")).toBe("#1d5fa8");
  });
  it("lists only the categories that have items, in order; an unlisted one by its id, in grey", () => {
    const present = book.present([
      { category: "mystery" },
      { category: "infrastructure" },
      { category: "manufacturing" },
    ]);
    expect(present.map((c) => c.id)).toEqual(["manufacturing", "infrastructure", "mystery"]);
    expect(present[2]).toMatchObject({ name: "mystery", colour: unlistedCategoryColour });
  });
});
