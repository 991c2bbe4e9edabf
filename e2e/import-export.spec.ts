import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signInPage, test } from "./fixtures";

// The practice event is open for entry; e55/e56 are this spec's own evaluators in the shared store.
const eventId = "demo-entry-practice";
const header =
  "evaluatorId,projectId,项目建设进度 (30),投资完成情况 (20),科技含量与产业带动 (20),现场管理与安全文明 (15),综合效益 (15),满意度,备注";

type Sheet = { evaluatorId: string; projectId: string; version: number };
const sheetsOf = async (request: APIRequestContext, evaluatorId: string) =>
  ((await (await request.get(`/api/events/${eventId}/sheets`)).json()).sheets as Sheet[]).filter(
    (s) => s.evaluatorId === evaluatorId,
  );

async function freeProjects(request: APIRequestContext, evaluatorId: string) {
  const { event } = await (await request.get(`/api/events/${eventId}`)).json();
  const taken = new Set((await sheetsOf(request, evaluatorId)).map((s) => s.projectId));
  return (event.projectIds as string[]).filter((p) => !taken.has(p));
}

const chooseCsv = (page: Page, name: string, csv: string) =>
  page
    .getByLabel(/评分文件/)
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });

test("a CSV with one bad row is reported row by row, and nothing is stored", async ({ page }) => {
  await signInPage(page, "staff");
  const [p1, p2] = await freeProjects(page.request, "e55");
  const before = await sheetsOf(page.request, "e55");
  await page.goto(`/entry/import?event=${eventId}`);
  await expect(page.getByRole("heading", { level: 1, name: "导入评分表" })).toBeVisible();
  await chooseCsv(
    page,
    "bad.csv",
    `${header}\ne55,${p1},25,18,16,12,12,满意,\ne55,${p2},99,18,16,12,12,满意,`,
  );
  await page.getByRole("button", { name: "检查文件" }).click();

  await expect(page.getByTestId("import-outcome")).toContainText("检查未通过：1 行有误");
  // Only the bad row is listed at first, with its row number in the file and the reason.
  const rejected = page.locator("tr.import-row--rejected");
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText("3");
  await expect(rejected).toContainText("超出 0–30");
  await page.getByLabel(/只看有误的行/).uncheck();
  await expect(page.locator("tr.import-row--new")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /^导入/ })).toHaveCount(0);
  expect(await sheetsOf(page.request, "e55")).toEqual(before);
});

test("a file without the template's header row names what is missing, not '0 行有误'", async ({
  page,
}) => {
  await signInPage(page, "staff");
  const [p1] = await freeProjects(page.request, "e55");
  await page.goto(`/entry/import?event=${eventId}`);
  await chooseCsv(page, "no-header.csv", `e55,${p1},25,18,16,12,12,满意,`);
  await page.getByRole("button", { name: "检查文件" }).click();
  const outcome = page.getByTestId("import-outcome");
  await expect(outcome).toContainText("检查未通过：找不到模板的表头行");
  await expect(outcome).toContainText("“evaluatorId”");
  await expect(outcome).not.toContainText("0 行有误");
});

test.describe("a damaged workbook", () => {
  // The server's 400 answer is logged by the browser itself; the page's words are what count.
  test.use({ allowedConsoleErrors: [/status of 400/] });

  test("a damaged .xlsx is reported in our words, never the library's", async ({ page }) => {
    await signInPage(page, "staff");
    await page.goto(`/entry/import?event=${eventId}`);
    // The first bytes of a real workbook (a zip), cut off: what a failed download leaves behind.
    const truncated = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(400, 7)]);
    await page.getByLabel(/评分文件/).setInputFiles({
      name: "cut.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: truncated,
    });
    await page.getByRole("button", { name: "检查文件" }).click();
    const said = page.locator("[role=status]");
    await expect(said).toContainText("文件已损坏或不完整");
    await expect(said).not.toContainText(/[A-Za-z]{4,} [A-Za-z]{3,} [A-Za-z]{3,}/);
  });
});

test("a good CSV is checked, then imported, and its sheets are stored", async ({ page }) => {
  await signInPage(page, "staff");
  const [p1, p2] = await freeProjects(page.request, "e56");
  await page.goto(`/entry/import?event=${eventId}`);
  await chooseCsv(
    page,
    "good.csv",
    `${header}\ne56,${p1},25,18,16,12,12,满意,\ne56,${p2},20,15,14.5,11,10,基本满意,纸质表`,
  );
  await page.getByRole("button", { name: "检查文件" }).click();
  await expect(page.getByTestId("import-outcome")).toContainText("检查通过：新增 2 份");
  await page.getByRole("button", { name: "导入 2 份评分表" }).click();
  await expect(page.getByTestId("import-outcome")).toContainText("导入成功：新增 2 份");
  const stored = (await sheetsOf(page.request, "e56")).map((s) => s.projectId);
  expect(stored).toEqual(expect.arrayContaining([p1, p2]));
});

test("the template and the results export download as files", async ({ page }) => {
  await signInPage(page, "staff");
  await page.goto(`/entry/import?event=${eventId}`);
  const template = page.waitForEvent("download");
  await page.getByRole("link", { name: /下载 Excel 模板/ }).click();
  expect((await template).suggestedFilename()).toMatch(/评分录入模板\.xlsx$/);

  await page.goto(`/results?event=${eventId}&cat=manufacturing`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Excel (.xlsx) · 下载评议结果" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("2023-03-10-评议结果.xlsx");
  const csv = await page.request.get(`/api/events/${eventId}/results.csv?cat=manufacturing`);
  expect((await csv.text()).startsWith("\uFEFF")).toBe(true);
});
