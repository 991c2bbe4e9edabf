import { describe, expect, it } from "vitest";
import { parseDashboardSearch } from "./dashboard-search";

describe("parseDashboardSearch: the category", () => {
  it("keeps any category id, so a link to an added category survives a reload", () => {
    const { search, errors } = parseDashboardSearch(new URLSearchParams("cat=infrastructure"));
    expect(search.cat).toBe("infrastructure");
    expect(errors).toEqual([]);
  });
  it("drops and reports a category the district does not have, once its list is known", () => {
    const known = ["manufacturing", "urban_renewal", "infrastructure"];
    expect(parseDashboardSearch(new URLSearchParams("cat=infrastructure"), known).search.cat).toBe(
      "infrastructure",
    );
    const { search, errors } = parseDashboardSearch(new URLSearchParams("cat=factories"), known);
    expect(search.cat).toBeUndefined();
    expect(errors).toEqual([{ param: "cat", value: "factories" }]);
  });
  it("drops and reports a value that cannot be a category id", () => {
    const { search, errors } = parseDashboardSearch(new URLSearchParams("cat=Not%20One"));
    expect(search.cat).toBeUndefined();
    expect(errors).toEqual([{ param: "cat", value: "Not One" }]);
  });
});
