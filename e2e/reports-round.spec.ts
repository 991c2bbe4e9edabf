import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInPage, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";

// A server of its own: opening a round and accepting a report move 数据截至 and the lights, which
// other journeys on the shared server read.
test.use({ baseURL: ownServerUrl("reportsRound") });

const project = "dayi-jingcheng-pharmaceutical"; // 区工业和信息化局, 形象进度 61.7% in the seed
const shots = process.env.SHOTS_DIR;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("staff open the next round, a unit reports on a phone, staff accept, and the project page follows live", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const server = ownServer("reportsRound");
  try {
    await server.start();

    // Staff open 2023-03-1 with the suggested deadline.
    await signInPage(page, "staff");
    await page.goto("/reports");
    await expect(page.getByRole("heading", { level: 1, name: "旬报填报" })).toBeVisible();
    await expect(page.getByText("当前没有开放的填报轮次。")).toBeVisible();
    await expect(page.getByLabel("截止日期")).toHaveValue("2023-03-13");
    await page.getByRole("button", { name: "开启下一轮" }).click();
    await expect(page.getByText("2023年3月上旬填报中，2023年3月13日截止。")).toBeVisible();
    const row = page.locator(`tr[data-project="${project}"]`);
    await expect(row).toHaveAttribute("data-state", "missing");
    await expect(row.getByText("未报")).toBeVisible();

    // The project page, open in another tab, before anything is accepted.
    const projectPage = await page.context().newPage();
    await projectPage.goto(`/projects/${project}`);
    await expect(projectPage.getByText("61.7%").first()).toBeVisible();

    // The unit signs in on a phone and lands on its reports.
    const phone = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
    const unit = await phone.newPage();
    await unit.goto("/sign-in");
    await unit.getByLabel("用户名").fill("unit");
    await unit.getByLabel("密码").fill("demo-unit");
    await unit.getByRole("button", { name: "登录" }).click();
    await expect(unit).toHaveURL(/\/reports$/);
    await expect(unit.getByRole("heading", { level: 1, name: "本单位旬报" })).toBeVisible();
    const items = unit.locator(".reports__unit-item");
    await expect(items).toHaveCount(5);
    const item = unit.locator(`.reports__unit-item[data-project="${project}"]`);
    await item.getByRole("button", { name: "填报" }).click();

    // Typed in 万元; a progress lower than the last accepted is explained before it is sent.
    await item.getByLabel("本旬完成投资（万元）").fill("1200");
    await item.getByLabel("旬末形象进度（%）").fill("60");
    await expect(item.getByText(/形象进度 60\.0% 低于上次采纳的 61\.7%，请填写原因/)).toBeVisible();
    // What is typed survives a reload.
    await unit.reload();
    await item.getByRole("button", { name: "填报" }).click();
    await expect(item.getByLabel("本旬完成投资（万元）")).toHaveValue("1200");
    await item.getByLabel("旬末形象进度（%）").fill("63.5");
    await expect(item.getByText(/低于上次采纳/)).toHaveCount(0);
    await item.getByLabel("进展情况").fill("设备基础完成，开始安装调试");
    expect(await seriousViolations(unit)).toEqual([]);
    if (shots)
      await unit.screenshot({ path: `${shots}/reports-unit-form-390.png`, fullPage: true });
    // Nothing on the phone is wider than the screen.
    expect(await unit.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await item.getByRole("button", { name: "报送" }).click();
    await expect(unit.getByText("已报送，等待审核。")).toBeVisible();
    await expect(item.getByText("待审核")).toBeVisible();
    if (shots) await unit.screenshot({ path: `${shots}/reports-unit-390.png`, fullPage: true });

    // Staff see it arrive without reloading, and accept it.
    await expect(row).toHaveAttribute("data-state", "submitted");
    await expect(row.getByText("待审核")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/reports-staff-1440.png`, fullPage: true });
    await row.getByRole("button", { name: "采纳" }).click();
    await expect(row).toHaveAttribute("data-state", "accepted");
    await expect(page.getByText("已采纳。")).toBeVisible();

    // The project page moves on by itself: progress and 数据截至.
    await expect(projectPage.getByText("63.5%").first()).toBeVisible({ timeout: 5_000 });
    await expect(item.getByText("已采纳")).toBeVisible();

    if (shots) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${shots}/reports-staff-390.png`, fullPage: true });
      await unit.setViewportSize({ width: 1440, height: 900 });
      await unit.screenshot({ path: `${shots}/reports-unit-1440.png`, fullPage: true });
    }
    // 数据截至 follows the accepted report, and says so.
    await page.goto("/");
    await expect(
      page.getByText("数据截至 2023年3月10日（据本旬已采纳的旬报，本轮尚未关闭）"),
    ).toBeVisible();
    await phone.close();
    // Leave the live streams before the server goes, so its end is no error on the page.
    await projectPage.close();
    await page.goto("about:blank");
  } finally {
    await server.dispose();
  }
});
