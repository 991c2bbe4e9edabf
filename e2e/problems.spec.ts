import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";

// A server of its own: closing the seed's problems here must not move the lights other journeys read.
test.use({ baseURL: ownServerUrl("problemsJourney") });

const projectId = "new-materials-park-upgrade";
const overdueProblem = `${projectId}-q2`; // 39 days overdue at 数据截至: red, and escalated (督办)

test("staff replan a milestone, raise a problem, resolve and close it; closing an overdue one moves the light on an open page", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const server = ownServer("problemsJourney");
  try {
    await server.start();
    const staffContext = await browser.newContext({ baseURL: server.url });
    const readerContext = await browser.newContext({ baseURL: server.url });
    await staffContext.request.post("/api/session", {
      data: { username: "staff", password: "demo-staff" },
    });

    // A leader's page stays open on the project, never reloaded.
    const reader = await readerContext.newPage();
    await reader.goto(`/projects/${projectId}`);
    const light = reader.locator(".detail-header .status");
    await expect(light).toContainText("红灯");

    // Staff replan its overdue milestone (a reason is required); the first plan stays in view,
    // and the overdue problem alone now holds the light red.
    const staff = await staffContext.newPage();
    await staff.goto(`/projects/${projectId}`);
    const milestones = staff.getByRole("region", { name: /节点/ });
    const mainStart = milestones.locator("tr", { hasText: "主体开工" });
    await mainStart.getByRole("button", { name: /^调整计划/ }).click();
    await mainStart.getByLabel("新的计划日期").fill("2023-06-30");
    await mainStart.getByRole("button", { name: "确认调整" }).click();
    await expect(mainStart.getByRole("alert")).toHaveText("调整节点计划须填写理由。");
    await mainStart.getByLabel("调整理由（必填）").fill("主体开工推迟至二季度");
    await mainStart.getByRole("button", { name: "确认调整" }).click();
    await expect(mainStart).toContainText("原计划 2022年12月10日");
    await expect(mainStart).toContainText("2023年6月30日");
    await expect(light).toContainText("红灯");

    // Staff raise a problem on the project page.
    const section = staff.getByRole("region", { name: /问题清单/ });
    await section.getByRole("button", { name: "交办问题" }).click();
    await section.getByLabel("问题描述").fill("施工临时道路未接通");
    await section.getByLabel("问题类型").selectOption("construction");
    await section.getByLabel("办结时限").fill("2023-03-31");
    await section.getByRole("button", { name: "交办", exact: true }).click();
    await expect(section.getByRole("status")).toContainText("已交办：施工临时道路未接通");
    const row = section.locator("tr", { hasText: "施工临时道路未接通" });
    await expect(row).toContainText("办理中");

    // Applying to close needs a note: refused on the page before anything is sent.
    await row.getByRole("button", { name: /^申请销号/ }).click();
    await row.getByRole("button", { name: "确认申请销号" }).click();
    await expect(row.getByRole("alert")).toContainText("请填写办理情况");
    await row.getByLabel("办理情况（必填）").fill("临时道路已铺设完成");
    await row.getByRole("button", { name: "确认申请销号" }).click();
    await expect(row).toContainText("待销号");
    await row.getByRole("button", { name: /^销号/ }).click();
    await row.getByRole("button", { name: "确认销号" }).click();
    await expect(row).toContainText("已销号（2023年2月28日）");
    await row.getByText(/办理记录（3）/).click();
    await expect(row.getByRole("listitem")).toHaveText([
      /staff · 交办$/,
      /staff · 申请销号：临时道路已铺设完成$/,
      /staff · 销号$/,
    ]);
    await expect(light).toContainText("红灯"); // a new problem, not yet due, moves nothing

    // The problem list: overdue ones, the 督办 marker, and closing the one that holds the light.
    await staff.goto("/problems?state=overdue");
    const overdue = staff.locator(`tr[data-problem-id="${overdueProblem}"]`);
    await expect(overdue).toContainText("督办");
    await expect(overdue).toContainText("39 天");
    await expect(staff.locator("th[aria-sort='descending']")).toHaveText(/超期天数/);
    await overdue.getByRole("button", { name: /^申请销号/ }).click();
    await overdue.getByLabel("办理情况（必填）").fill("财政资金已拨付到位");
    await overdue.getByRole("button", { name: "确认申请销号" }).click();
    await expect(overdue).toContainText("待销号");
    await overdue.getByRole("button", { name: /^销号/ }).click();
    await overdue.getByRole("button", { name: "确认销号" }).click();
    // Closed, it leaves the overdue list.
    await expect(overdue).toHaveCount(0);

    // The open page follows within moments, without a reload: the light leaves red.
    await expect(light).toContainText("黄灯", { timeout: 5000 });
    await expect(reader.locator(`tr[data-problem-id="${overdueProblem}"]`)).toContainText("已销号");
    await reader.screenshot({ path: testInfo.outputPath("project-after-close-1440.png") });

    // What staff see (steps, notes, the raise form) is as usable by keyboard and screen reader.
    await staff.goto(`/projects/${projectId}`);
    await section.getByRole("button", { name: "交办问题" }).click();
    await section
      .getByRole("button", { name: /^申请销号/ })
      .first()
      .click();
    const results = await new AxeBuilder({ page: staff })
      .include(".detail__tables")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);

    await staffContext.close();
    await readerContext.close();
  } finally {
    await server.dispose();
  }
});
