import { expect, test } from "./fixtures";

const zhApp = "即墨区重点项目观摩";
const enApp = "Jimo Key-Project Inspection";

test.describe("page titles", () => {
  for (const [path, zh, en] of [
    ["/", "总览", "Overview"],
    ["/map", "项目地图", "Project map"],
    ["/projects", "项目列表", "Projects"],
    ["/results", "评议结果", "Results"],
    ["/problems", "问题清单", "Problem list"],
    ["/entry", "评分录入", "Score entry"],
    ["/sign-in", "登录", "Sign in"],
  ] as const)
    test(`${path} is titled in both languages`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(`${zh} · ${zhApp}`);
      await page.goto(`${path}?lang=en`);
      await expect(page).toHaveTitle(`${en} · ${enApp}`);
    });

  test("follow navigation, the language toggle and a project's own name", async ({ page }) => {
    await page.goto("/projects");
    await expect(page).toHaveTitle(`项目列表 · ${zhApp}`);
    await page
      .getByRole("navigation", { name: zhApp })
      .getByRole("link", { name: "评议结果" })
      .click();
    await expect(page).toHaveTitle(`评议结果 · ${zhApp}`);
    await page.getByRole("button", { name: /English/ }).click();
    await expect(page).toHaveTitle(`Results · ${enApp}`);
    await page.goto("/projects/chery-qingdao-base?lang=en");
    await expect(page).toHaveTitle(`Chery Automobile Qingdao Base · ${enApp}`);
    await page.goto("/projects/chery-qingdao-base?lang=zh");
    await expect(page).toHaveTitle(`奇瑞汽车青岛基地项目 · ${zhApp}`);
  });
});
