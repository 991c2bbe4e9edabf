import { describe, expect, it } from "vitest";
import { pageTitle } from "./page-title";

describe("page titles", () => {
  it.each([
    ["/", "总览 · 即墨区重点项目观摩", "Overview · Jimo Key-Project Inspection"],
    ["/projects", "项目列表 · 即墨区重点项目观摩", "Projects · Jimo Key-Project Inspection"],
    ["/results", "评议结果 · 即墨区重点项目观摩", "Results · Jimo Key-Project Inspection"],
    [
      "/entry/import",
      "导入评分表 · 即墨区重点项目观摩",
      "Import score sheets · Jimo Key-Project Inspection",
    ],
    ["/score/abc", "评议打分 · 即墨区重点项目观摩", "Scoring · Jimo Key-Project Inspection"],
    ["/nowhere", "页面不存在 · 即墨区重点项目观摩", "Page not found · Jimo Key-Project Inspection"],
  ])("%s", (path, zh, en) => {
    expect(pageTitle(path, "zh")).toBe(zh);
    expect(pageTitle(path, "en")).toBe(en);
  });

  it("leads with the project's name on its page, once it is known", () => {
    expect(pageTitle("/projects/x", "zh")).toBe("项目详情 · 即墨区重点项目观摩");
    expect(pageTitle("/projects/x", "zh", "奇瑞汽车青岛基地项目")).toBe(
      "奇瑞汽车青岛基地项目 · 即墨区重点项目观摩",
    );
  });
});
