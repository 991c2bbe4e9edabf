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
  // Each series is an SVG path: planned and actual lines, the progress line and its area.
  await expect(investment.locator("svg .period-chart__line")).toHaveCount(2);
  await expect(progress.locator("svg .period-chart__line")).toHaveCount(1);
  await expect(progress.locator("svg .period-chart__area")).toHaveCount(1);
  // Both value axes start at zero, and the legend names the two investment series.
  await expect(investment.locator(".period-chart__y-axis text").first()).toHaveText("0");
  await expect(progress.locator(".period-chart__y-axis text").first()).toHaveText("0%");
  await expect(investment.locator(".period-chart__legend")).toContainText("计划累计投资");
  await expect(investment.locator(".period-chart__legend")).toContainText("累计完成投资");

  const milestones = page.locator("section").filter({
    has: page.getByRole("heading", { level: 2, name: /节点计划/ }),
  });
  await expect(milestones.locator("tbody tr")).toHaveCount(project.milestones.length);
});

test("pointing at a chart names the 旬 and its values", async ({ page, request }) => {
  const project = await sampleProject(request);
  await page.goto(`/projects/${project.id}`);
  const investment = figure(page, "累计完成投资与计划累计投资");
  const svg = investment.locator("svg.period-chart__svg");
  const box = await svg.boundingBox();
  if (!box) throw new Error("the investment chart is not drawn");
  // The right end of the plot: the latest report.
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
  const tooltip = investment.locator(".period-chart__tooltip");
  await expect(tooltip).toBeVisible();
  const last = project.reports[project.reports.length - 1];
  const [year, month, part] = (last?.period ?? "").split("-");
  await expect(tooltip).toContainText(`${year}年${Number(month)}月${"上中下"[Number(part) - 1]}旬`);
  await expect(tooltip).toContainText(/计划累计投资.*[\d.]+(亿元|万元)/);
  await expect(tooltip).toContainText(/累计完成投资.*[\d.]+(亿元|万元)/);
  // The tooltip stays inside the chart, not cut at its edge.
  const tip = await tooltip.boundingBox();
  expect(tip && tip.x + tip.width).toBeLessThanOrEqual(box.x + box.width + 1);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
  await expect(tooltip).toBeHidden();
});

test("the score's charts draw when scrolled to, after the page has shown", async ({ page }) => {
  await page.goto("/projects/liandong-u-valley-chaohai");
  const criteria = figure(page, "各评分项平均得分与满分");
  const spread = figure(page, "评委总分分布");
  await criteria.scrollIntoViewIfNeeded();
  await expect(criteria.locator("svg .recharts-bar-rectangle").first()).toBeVisible();
  await spread.scrollIntoViewIfNeeded();
  await expect(spread.locator("svg .recharts-scatter-symbol").first()).toBeVisible();
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
