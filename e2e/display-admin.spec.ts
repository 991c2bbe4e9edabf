import AxeBuilder from "@axe-core/playwright";
import { expect, signInPage, test } from "./fixtures";

/** Names are unique per run: other journeys and earlier runs share the store. */
const uniqueLabel = (what: string) => `e2e ${what} ${Date.now().toString(36)}`;

test.describe("wall-screen administration", () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test("people who are not administrators are told so, with a way to sign in", async ({ page }) => {
    await page.goto("/entry/displays");
    await expect(page.getByText("只有管理员可以管理大屏链接。")).toBeVisible();
    await expect(page.locator("#content").getByRole("link", { name: "登录" })).toHaveAttribute(
      "href",
      "/sign-in?next=%2Fentry%2Fdisplays",
    );
    await expect(page.getByRole("button", { name: "创建链接" })).toHaveCount(0);
  });

  test("an admin creates a link, chooses its options, sees the screen alive, and revokes it", async ({
    page,
    context,
  }, testInfo) => {
    test.setTimeout(90_000);
    await signInPage(page, "admin");
    await page.goto("/entry/displays");
    await expect(page.getByRole("heading", { level: 1, name: "大屏管理" })).toBeVisible();

    // A name is required.
    await page.getByRole("button", { name: "创建链接" }).click();
    await expect(page.getByText("请填写名称（1–80 个字）。")).toBeVisible();
    const label = uniqueLabel("三楼会议室");
    await page.getByLabel("名称（如：三楼会议室）").fill(label);
    await page.getByRole("button", { name: "创建链接" }).click();
    const link = page.locator(".display-admin__url a");
    await expect(link).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/display\?token=[\w-]+$/);

    // Options by ticking and typing; the link carries only what differs from the defaults.
    await page.getByRole("checkbox", { name: "总览" }).uncheck();
    await page.getByRole("checkbox", { name: "项目分布" }).uncheck();
    await page.getByRole("checkbox", { name: "项目聚焦" }).uncheck();
    await page.getByLabel("每个面板停留（秒）").fill("30");
    await page.getByLabel("显示开始（可选）").fill("07:30");
    await page.getByLabel("显示结束（可选）").fill("20:00");
    await page.getByLabel("每晚自动刷新（可选）").fill("03:00");
    await expect(link).toHaveText(
      /&panels=ranking,progress&interval=30&hours=07:30-20:00&reload=03:00$/,
    );

    // Impossible choices are named, and no link is offered until they are fixed.
    await page.getByLabel("每个面板停留（秒）").fill("1");
    await expect(page.getByText("停留时间须为 2–3600 秒的整数。")).toBeVisible();
    await expect(link).toHaveCount(0);
    await page.getByLabel("每个面板停留（秒）").fill("30");
    await page.getByLabel("显示结束（可选）").fill("");
    await expect(page.getByText("显示时段须同时填写开始和结束，且两者不同。")).toBeVisible();
    await page.getByLabel("显示开始（可选）").fill("");
    await page.getByRole("checkbox", { name: "评分排名" }).uncheck();
    await page.getByRole("checkbox", { name: "计划与进度" }).uncheck();
    await expect(page.getByText("请至少选择一个面板。")).toBeVisible();
    await page.getByRole("checkbox", { name: "计划与进度" }).check();
    await page.getByRole("checkbox", { name: "评分排名" }).check();
    // Panels keep the screen's order whatever the order they were ticked in.
    await page.getByLabel("每晚自动刷新（可选）").fill("");
    await expect(link).toHaveText(/\?token=[\w-]+&panels=ranking,progress&interval=30$/);

    // The event: by default the one the dashboard shows (the link then names none and follows the
    // rule); an event still being scored only when chosen.
    const eventSelect = page.getByLabel("评分来自");
    await expect(eventSelect).toHaveValue("");
    await expect(eventSelect.locator("option:checked")).toHaveText("默认：最近结束的评议");
    await expect(page.getByText("默认现为：全区重点项目现场观摩会（2023年2月24日）")).toBeVisible();
    await eventSelect.selectOption("demo-entry-practice");
    await expect(link).toHaveText(
      /\?token=[\w-]+&panels=ranking,progress&interval=30&event=demo-entry-practice$/,
    );

    await page.screenshot({ path: testInfo.outputPath("display-admin-1440.png"), fullPage: true });
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);

    // The link works on a screen, which then reports itself.
    const screen = await context.newPage();
    await screen.goto((await link.textContent()) ?? "");
    await expect(screen.locator("main[data-active-panel]")).toHaveAttribute(
      "data-active-panel",
      "ranking",
    );
    await expect(screen.locator(".wd-panel.is-active .wd-head__sub")).toContainText(
      "评分：演示：评分录入练习（示意）（2023年3月10日，评分进行中）",
    );
    const row = page.locator("tr", { hasText: label });
    await expect(async () => {
      await page.reload();
      await expect(row.filter({ hasText: "在线" })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    const screenRow = page.locator("section", { hasText: "在线大屏" }).locator("tr", {
      hasText: label,
    });
    await expect(screenRow).toContainText("评分排名");
    const tokenRow = page.locator("section", { hasText: "大屏链接" }).locator("tr", {
      hasText: label,
    });
    await expect(tokenRow).toContainText("有效");
    await expect(tokenRow).not.toContainText("从未");

    // Revoked: the list says so, and the screen that is showing learns it by itself.
    page.once("dialog", (dialog) => dialog.accept());
    await tokenRow.getByRole("button", { name: `撤销 ${label}` }).click();
    await expect(tokenRow).toContainText("已撤销");
    await expect(screenRow).toContainText("失联");
    await expect(screen.getByRole("heading", { name: "此大屏链接已失效" })).toBeVisible({
      timeout: 15_000,
    });
    await screen.close();
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test("the page and its link builder fit the width", async ({ page }, testInfo) => {
      await signInPage(page, "admin");
      await page.goto("/entry/displays");
      await page.getByLabel("名称（如：三楼会议室）").fill(uniqueLabel("手机"));
      await page.getByRole("button", { name: "创建链接" }).click();
      await expect(page.locator(".display-admin__url a")).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath("display-admin-390.png"), fullPage: true });
    });
  });
});
