import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

type Report = { period: string; cumulativeInvestment: number };
type Detail = { id: string; name: string; reports: Report[]; milestones: { id: string }[] };

/** A project with reports and milestones, read from the API the page itself uses. */
async function sampleProject(request: APIRequestContext): Promise<Detail> {
  const list = await (await request.get("/api/projects")).json();
  for (const { id } of list.projects as { id: string }[]) {
    const { project } = await (await request.get(`/api/projects/${id}`)).json();
    if (project.reports.length > 0 && project.milestones.length > 0) return project as Detail;
  }
  throw new Error("no project with reports and milestones in the seed data");
}

const figure = (page: Page, caption: string) =>
  page.locator("figure.chart-figure").filter({ hasText: caption });

test("a project's detail page shows both charts and its milestones", async ({ page, request }) => {
  const project = await sampleProject(request);
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole("heading", { level: 1, name: project.name })).toBeVisible();

  const investment = figure(page, "累计完成投资与计划累计投资");
  const progress = figure(page, "形象进度变化");
  // recharts draws each series as an SVG path: planned and actual lines, the progress area.
  await expect(investment.locator("svg .recharts-line path.recharts-curve")).toHaveCount(2);
  await expect(progress.locator("svg .recharts-area path").first()).toBeAttached();
  expect(await progress.locator("svg .recharts-area path").count()).toBeGreaterThan(0);

  const milestones = page.locator("section").filter({
    has: page.getByRole("heading", { level: 2, name: /节点计划/ }),
  });
  await expect(milestones.locator("tbody tr")).toHaveCount(project.milestones.length);
});

test("a chart's data table shows its numbers", async ({ page, request }) => {
  const project = await sampleProject(request);
  await page.goto(`/projects/${project.id}`);
  const investment = figure(page, "累计完成投资与计划累计投资");
  const table = investment.locator("table");
  await expect(table).toBeHidden();
  await investment.getByRole("button", { name: "查看数据表" }).click();
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(project.reports.length);
  const last = project.reports[project.reports.length - 1];
  await expect(table.locator("tbody tr").last()).toContainText(
    last.cumulativeInvestment.toLocaleString("zh-CN", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }),
  );
  await investment.getByRole("button", { name: "隐藏数据表" }).click();
  await expect(table).toBeHidden();
});

test.describe("ids that do not name a project", () => {
  // The browser logs the API's deliberate 404 as a console error.
  test.use({ allowedConsoleErrors: [/404|Not Found/i] });

  test("an unknown id shows a not-found message and the way back", async ({ page }) => {
    await page.goto("/projects/no-such-project?cat=manufacturing");
    await expect(
      page.getByRole("heading", { name: "没有找到编号为“no-such-project”的项目。" }),
    ).toBeVisible();
    const back = page.getByRole("link", { name: "返回项目列表" });
    await expect(back).toHaveAttribute("href", "/projects?cat=manufacturing");
  });

  test("a malformed id is refused without asking the server", async ({ page }) => {
    await page.goto("/projects/Not_A_Valid_Id");
    await expect(page.getByRole("heading", { name: /格式不正确/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "返回项目列表" })).toBeVisible();
  });
});
