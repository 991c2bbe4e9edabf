import { expect, signInPage, test } from "./fixtures";

const eventId = "2023-02-24-inspection";

test("a leader opens the bulletin from the results and it says the scores the results page shows", async ({
  page,
}) => {
  await signInPage(page, "leader");
  await page.goto(`/results?event=${eventId}`);
  const firstRow = page.locator("table").first().locator("tbody tr").first();
  await expect(firstRow).toBeVisible();
  const [name, score] = [
    (await firstRow.locator("a").first().textContent())?.trim() ?? "",
    (await firstRow.locator("td.num").first().textContent())?.trim() ?? "",
  ];
  await page.getByRole("link", { name: "查看与打印" }).click();
  await expect(page).toHaveURL(/\/results\/bulletin\?event=/);
  await expect(page).toHaveTitle(/^评议通报/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(
    "关于全区重点项目现场观摩会评议情况的通报",
  );
  const row = page.getByRole("row", { name: new RegExp(name) }).first();
  await expect(row).toContainText(score);
  await expect(page.getByText(/位列第一/).first()).toContainText(name);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /下载 Word/ }).click();
  expect((await download).suggestedFilename()).toBe(
    "2023-02-24-关于全区重点项目现场观摩会评议情况的通报.docx",
  );
});

test("visitors who are not signed in are asked to sign in, not shown a blank page", async ({
  page,
}) => {
  await page.goto(`/results/bulletin?event=${eventId}`);
  await expect(page.getByRole("alert")).toContainText("请先登录");
});

test("on a phone each ranked project is a card, with nothing off screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInPage(page, "staff");
  await page.goto(`/results/bulletin?event=${eventId}`);
  await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("bulletin-390.png"), fullPage: true });
});

test("after the dispatch meeting, staff draft its bulletin from the agenda, with the same projects behind", async ({
  page,
}) => {
  await signInPage(page, "staff");
  await page.goto("/dispatch/2023-02-3");
  const agenda = await (await page.request.get("/api/dispatch/2023-02-3")).json();
  await page.getByRole("link", { name: "起草通报" }).click();
  await expect(page).toHaveURL(/\/dispatch\/2023-02-3\/bulletin$/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(
    "关于2023年2月下旬重点项目推进情况的通报",
  );
  for (const p of agenda.projects as { name: string; reason: { zh: string } }[]) {
    const row = page.getByRole("row", { name: new RegExp(p.name) }).first();
    await expect(row).toContainText(p.reason.zh);
  }
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /下载 Word/ }).click();
  expect((await download).suggestedFilename()).toBe(
    "2023-02-3-关于2023年2月下旬重点项目推进情况的通报.docx",
  );
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({
    path: test.info().outputPath("dispatch-bulletin-390.png"),
    fullPage: true,
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({
    path: test.info().outputPath("dispatch-bulletin-1440.png"),
    fullPage: true,
  });
});
