import { expect, signInPage, test } from "./fixtures";

const EVENT = "demo-entry-practice";

test.describe("a leader at the desk", () => {
  test("reads who has not submitted, the change log and the quality signals, and can change nothing", async ({
    page,
  }) => {
    await signInPage(page, "leader");
    await page.goto("/");
    await page.getByRole("navigation").getByRole("link", { name: "评分录入" }).click();
    await expect(page).toHaveURL(/\/entry/);
    await page.goto(`/entry?event=${EVENT}`);
    await expect(page.getByRole("heading", { level: 1, name: "评分进度（只读）" })).toBeVisible();
    await expect(page.getByText(/^只读：领导账号/)).toBeVisible();

    // Who has not submitted.
    const matrix = page.getByRole("region", { name: "提交情况" });
    await expect(matrix.getByRole("table")).toBeVisible();
    await expect(matrix.getByText(/\d+\/18/).first()).toBeVisible();
    await matrix.getByRole("checkbox", { name: "只看未交" }).check();
    await expect(page.getByText(/已提交 \d+\/\d+ 份/)).toBeVisible();

    // The log and the quality signals.
    const log = page.locator("details.desk-details[open]").filter({ hasText: "修改记录" });
    await expect(log.getByText(/^(原因|还没有修改记录。)$/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "评分质量" })).toBeVisible();

    // Nothing that writes: no grid, no state moves, no links, no save.
    await expect(page.locator(".desk-grid")).toHaveCount(0);
    await expect(page.locator("[data-cell]")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^改为/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /保存|签发|打印|撤销|放弃/ })).toHaveCount(0);
    await expect(page.getByText("评委链接", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /打开评委\d+的评分表/ })).toHaveCount(0);

    // The same in English.
    await page.goto(`/entry?event=${EVENT}&lang=en`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Scoring progress (read-only)" }),
    ).toBeVisible();
  });

  test("visitors who are not signed in are still asked to sign in", async ({ page }) => {
    await page.goto("/entry");
    await expect(page.getByText("需要工作人员账号")).toBeVisible();
  });
});
