import { expect, test } from "./fixtures";

test.describe("overview", () => {
  test("shows the key figures, the map, the ranking and what lags, without console errors", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "总览" })).toBeVisible();
    const kpis = page.getByRole("list", { name: "总览" });
    await expect(kpis.getByText("18 个", { exact: true })).toBeVisible();
    await expect(kpis.getByText("制造业 16 · 城市更新 2")).toBeVisible();
    await expect(page.getByText("示意数据").first()).toBeVisible();
    // Every project in the ranking, both categories.
    const ranking = page.locator(".ranking__row");
    await expect(ranking).toHaveCount(18);
    // The behind-plan list gives a reason for each light.
    const behind = page.locator(".behind-list__item");
    expect(await behind.count()).toBeGreaterThan(0);
    await expect(behind.first().locator(".behind-list__reason")).toContainText(
      /序时进度|节点|问题/,
    );
    // The map arrives lazily, with all 18 projects.
    await expect(page.locator(".leaflet-container")).toBeVisible();
  });

  test("a filter narrows the figures and survives a reload", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: /^类别/ }).selectOption("urban_renewal");
    await expect(page).toHaveURL(/cat=urban_renewal/);
    const kpis = page.getByRole("list", { name: "总览" });
    await expect(kpis.getByText("2 个", { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("combobox", { name: /^类别/ })).toHaveValue("urban_renewal");
    await expect(kpis.getByText("2 个", { exact: true })).toBeVisible();
    await expect(page.locator(".ranking__row")).toHaveCount(2);
  });

  test("a bad link parameter is reported and ignored, not fatal", async ({ page }) => {
    await page.goto("/?status=purple&cat=factories");
    await expect(page.getByRole("alert")).toContainText("status=purple");
    await expect(page.getByRole("alert")).toContainText("cat=factories");
    await expect(page.locator(".ranking__row")).toHaveCount(18);
  });
});

test.describe("language", () => {
  test("switches to English and back, and remembers the choice", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await page.getByRole("button", { name: /切换到英文界面/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/projects");
    await expect(page.getByRole("link", { name: "Projects", exact: true })).toBeVisible();
    await page.getByRole("button", { name: /Switch to Chinese/ }).click();
    await expect(page.getByRole("link", { name: "项目", exact: true })).toBeVisible();
  });

  test("?lang=en in a link wins", async ({ page }) => {
    await page.goto("/results?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Overview" })).toBeVisible();
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the filters fold behind one button that says how many are set", async ({ page }) => {
    await page.goto("/?cat=manufacturing");
    const toggle = page.getByRole("button", { name: /^筛选/ });
    await expect(toggle).toHaveText(/（1 项）/);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("combobox", { name: /^类别/ })).toBeHidden();
    await toggle.click();
    await expect(page.getByRole("combobox", { name: /^类别/ })).toHaveValue("manufacturing");
    await page.getByRole("combobox", { name: /^类别/ }).selectOption("");
    await expect(toggle).not.toHaveText(/项）/);
    await expect(page.locator(".ranking__row")).toHaveCount(18);
  });
});
