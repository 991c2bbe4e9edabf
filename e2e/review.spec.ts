import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInPage, test } from "./fixtures";

type Review = {
  periods: string[];
  shares: { period: string; red: number; yellow: number; green: number; active: number }[];
  projects: {
    id: string;
    name: string;
    light: string | null;
    redCount: number;
    turnedRed: { period: string } | null;
  }[];
  inspections: { id: string; state: string }[];
};

async function review(page: Page): Promise<Review> {
  const res = await page.request.get("/api/review");
  expect(res.status()).toBe(200);
  return (await res.json()) as Review;
}

const section = (page: Page, name: RegExp) =>
  page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name }) });

test.describe("the review (动态复盘)", () => {
  test("shows the shares chart with its counts, the matrix, and when a red project turned red", async ({
    page,
  }) => {
    await signInPage(page, "leader");
    const data = await review(page);
    await page.goto("/");
    await page.getByRole("link", { name: "复盘" }).click();
    await expect(page).toHaveURL(/\/review$/);
    await expect(page.getByRole("heading", { level: 1, name: "动态复盘" })).toBeVisible();

    // The shares chart draws bars, and its numbers are a table: the last 旬 is today's lights.
    const shares = section(page, /每旬红黄绿灯占比/);
    await expect(shares.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await shares.getByRole("button", { name: "查看数据表" }).click();
    const last = data.shares.at(-1) as Review["shares"][number];
    const lastRow = shares.getByRole("row").filter({ hasText: "2023年2月下旬" });
    await expect(lastRow).toContainText(`（${last.red} 个）`);
    await expect(lastRow).toContainText(String(last.active));

    // The matrix: a row per project, a cell per 旬.
    const matrix = section(page, /各项目每旬状态灯/);
    const rows = matrix.locator("tbody tr");
    await expect(rows).toHaveCount(data.projects.length);
    const red = data.projects.find(
      (p) => p.light === "red" && p.turnedRed,
    ) as Review["projects"][number];
    expect(red).toBeTruthy();
    const row = matrix.locator(`tr[data-project="${red.id}"]`);
    await expect(row.locator(".review-strip__cell")).toHaveCount(data.periods.length);
    await expect(row).toContainText("起红灯");
    await expect(row.locator("[data-turned-red]")).toHaveAttribute(
      "data-turned-red",
      red.turnedRed?.period ?? "",
    );
    await expect(row.locator(`[data-period="${red.turnedRed?.period}"]`).first()).toHaveAttribute(
      "data-light",
      "red",
    );

    // Sorted by most 旬 in red: the heading says so, and the first row has the most.
    await matrix.getByRole("button", { name: /红灯旬数/ }).click();
    await expect(page).toHaveURL(/sort=red/);
    await expect(matrix.getByRole("columnheader", { name: /红灯旬数/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    const most = Math.max(...data.projects.map((p) => p.redCount));
    await expect(rows.first().locator("td.num").first()).toHaveText(String(most));

    // Filtered by category: only the two urban-renewal projects stay.
    await matrix.getByLabel("类别").selectOption("urban_renewal");
    await expect(rows).toHaveCount(2);
    await expect(matrix.getByRole("status")).toContainText("显示 2 / 18");

    // Plan against 序时进度, and the inspections side by side, saying which is final.
    await expect(
      section(page, /计划完成与序时进度/)
        .locator(".recharts-line")
        .first(),
    ).toBeVisible();
    const inspections = section(page, /历次观摩评议对比/);
    await expect(inspections).toContainText("只有一次已发布");
    await expect(inspections.getByRole("columnheader")).toHaveCount(1 + data.inspections.length);

    const axe = await new AxeBuilder({ page }).include("main").analyze();
    expect(axe.violations).toEqual([]);
  });

  test("on a phone each project is a card, and nothing scrolls sideways", async ({ page }) => {
    await signInPage(page, "staff");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/review");
    const matrix = section(page, /各项目每旬状态灯/);
    await expect(matrix.locator("tbody tr").first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const scroll = await matrix
      .locator(".review-matrix__scroll")
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
  });

  test.describe("signed out", () => {
    test.use({ allowedConsoleErrors: [/status of 401/] });
    test("is not for anyone signed out", async ({ page }) => {
      await page.goto("/review");
      await expect(page.getByText("请先登录")).toBeVisible();
    });
  });
});

// Screenshots for a person to look at: only when asked for, into the folder named.
test("screenshots of the review", async ({ page }) => {
  const dir = process.env.REVIEW_SHOTS;
  test.skip(!dir, "REVIEW_SHOTS not set");
  mkdirSync(dir as string, { recursive: true });
  await signInPage(page, "leader");
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto("/review");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({ path: join(dir as string, `review-${w}x${h}.png`), fullPage: true });
    await page.screenshot({ path: join(dir as string, `review-${w}x${h}-screen.png`) });
    if (w < 720)
      for (const [name, heading] of [
        ["matrix", /各项目每旬状态灯/],
        ["inspections", /历次观摩评议对比/],
      ] as const) {
        await section(page, heading).scrollIntoViewIfNeeded();
        await section(page, heading).evaluate((el) => el.scrollIntoView());
        await page.screenshot({ path: join(dir as string, `review-${w}x${h}-${name}.png`) });
      }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/review?lang=en&sort=red:desc");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: join(dir as string, "review-en-1440x900.png"), fullPage: true });
});
