import { describe, expect, it } from "vitest";
import { appRoutes } from "./app-routes";
import { type PageKey, pageTitle } from "./page-title";

describe("page titles", () => {
  it.each<[PageKey, string, string]>([
    ["overview", "总览 · 即墨区重点项目观摩", "Overview · Jimo Key-Project Inspection"],
    ["projects", "项目列表 · 即墨区重点项目观摩", "Projects · Jimo Key-Project Inspection"],
    ["results", "评议结果 · 即墨区重点项目观摩", "Results · Jimo Key-Project Inspection"],
    [
      "import",
      "导入评分表 · 即墨区重点项目观摩",
      "Import score sheets · Jimo Key-Project Inspection",
    ],
    ["score", "评议打分 · 即墨区重点项目观摩", "Scoring · Jimo Key-Project Inspection"],
    ["notFound", "页面不存在 · 即墨区重点项目观摩", "Page not found · Jimo Key-Project Inspection"],
  ])("%s", (page, zh, en) => {
    expect(pageTitle(page, "zh")).toBe(zh);
    expect(pageTitle(page, "en")).toBe(en);
  });

  it("leads with the project's name on its page, once it is known", () => {
    expect(pageTitle("project", "zh")).toBe("项目详情 · 即墨区重点项目观摩");
    expect(pageTitle("project", "zh", "奇瑞汽车青岛基地项目")).toBe(
      "奇瑞汽车青岛基地项目 · 即墨区重点项目观摩",
    );
  });

  it("names every route of the app with a title of its own", () => {
    const pages = appRoutes.map((route) => route.page);
    expect(new Set(pages).size).toBe(pages.length);
    for (const page of pages) expect(pageTitle(page, "en")).not.toMatch(/not found/i);
  });
});
