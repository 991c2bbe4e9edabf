import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import {
  chooseListFile as choose,
  listNames as names,
  projectListWorkbook as workbook,
} from "./project-list-workbook";
import { reviewShot } from "./review-shot";

// A server of its own: five new projects must not change the 18 other journeys count.
test.use({ baseURL: ownServerUrl("projectImport") });

test("staff import the year's project list: a refused row with its reason, fixed, imported once, and again changes nothing", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const server = ownServer("projectImport");
  try {
    await server.start();
    const context = await browser.newContext({ baseURL: server.url });
    await context.request.post("/api/session", {
      data: { username: "staff", password: "demo-staff" },
    });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/projects");
    await page.getByRole("button", { name: "导入项目清单" }).click();
    const panel = page.getByRole("region", { name: "导入项目清单" });
    await expect(panel.getByRole("link", { name: "下载2023年模板" })).toHaveAttribute(
      "href",
      /import-template\.xlsx\?year=2023/,
    );

    // 总投资 typed as words: the row is refused, with the cell and the reason.
    await choose(page, await workbook("十五亿"));
    await expect(panel.getByText("新增 4 个，更新 0 个，无变化 0 个，拒绝 1 行")).toBeVisible();
    const refused = panel.locator("tr.project-import__row--refused");
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText(names[2] as string);
    await expect(refused).toContainText("“总投资（亿元）”（十五亿）：不是数字");
    await expect(panel.getByRole("button", { name: "确认导入" })).toBeDisabled();
    await reviewShot(panel, "import-refused-1440");
    await page.setViewportSize({ width: 390, height: 844 });
    await reviewShot(panel, "import-refused-390");
    await page.setViewportSize({ width: 1440, height: 900 });
    const axe = await new AxeBuilder({ page }).include(".project-import").analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.id),
    ).toEqual([]);

    // Fixed in the file and chosen again: every row green, then imported.
    await choose(page, await workbook(15));
    await expect(panel.getByText("新增 5 个，更新 0 个，无变化 0 个，拒绝 0 行")).toBeVisible();
    await expect(panel.locator("tr.project-import__row--refused")).toHaveCount(0);
    await reviewShot(panel, "import-green-1440");
    await panel.getByRole("button", { name: "确认导入" }).click();
    await expect(panel.getByText("已导入：新增 5 个项目，更新 0 个项目。")).toBeVisible();
    const table = page.locator("table.project-table");
    for (const name of names) await expect(table.getByText(name, { exact: true })).toHaveCount(1);

    // Its plan for the year, on the project's own page.
    await table.getByRole("link", { name: names[0] }).click();
    const plans = page.getByRole("region", { name: "年度计划" });
    await expect(plans.getByRole("region", { name: "2023年（本年）" })).toContainText("3");
    await reviewShot(plans, "year-plans-1440");
    await page.goto("/projects");
    await page.getByRole("button", { name: "导入项目清单" }).click();

    // The same file again: nothing to do, nothing duplicated.
    await choose(page, await workbook(15));
    await expect(panel.getByText("新增 0 个，更新 0 个，无变化 5 个，拒绝 0 行")).toBeVisible();
    await expect(panel.getByRole("button", { name: "确认导入" })).toBeDisabled();
    const listed = await (await context.request.get("/api/projects")).json();
    expect(listed.projects).toHaveLength(23);
    await page.setViewportSize({ width: 390, height: 844 });
    await reviewShot(panel, "import-unchanged-390");
    await context.close();
  } finally {
    await server.dispose();
  }
});
