import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, signInPage, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";

// A server of its own: the reports it accepts move projects' progress and 数据截至.
test.use({ baseURL: ownServerUrl("reportGrid") });

const shots = process.env.SHOTS_DIR;

/** Pastes text at the focused cell the way a browser does after Ctrl+V from Excel. */
async function paste(page: Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

// The seed's first five projects, in the round's order, and their progress before the round.
const five = [
  ["liandong-u-valley-chaohai", "1200", "72", "厂房主体施工"],
  ["chery-qingdao-base", "0.3亿元", "71.5", "总装车间设备调试"],
  ["bonded-zone-smart-manufacturing-park", "８００", "30", "二期厂房基础施工"],
  ["dayi-jingcheng-pharmaceutical", "1,500", "63", "洁净车间装修"],
  ["yunlu-green-energy-equipment-park", "950万元", "38%", "设备进场"],
] as const;

test("staff paste five projects' 旬报 into the grid and import the sheet units send", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const server = ownServer("reportGrid");
  try {
    await server.start();
    await signInPage(page, "staff");
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/reports");
    await page.getByRole("button", { name: "开启下一轮" }).click();
    const grid = page.locator(".report-grid");
    await expect(grid.getByRole("heading", { name: "批量录入2023年3月上旬旬报" })).toBeVisible();
    await expect(grid.locator("tbody[data-project]")).toHaveCount(18);
    const row = (id: string) => grid.locator(`tbody[data-project="${id}"]`);
    await expect(row("chery-qingdao-base").getByText("69.8%（2023年2月下旬）")).toBeVisible();

    // A block as Excel copies it, pasted into the first cell: five rows, four columns.
    await grid.getByLabel("联东U谷即墨潮海智造港项目：本旬完成投资（万元）").focus();
    await paste(page, `${five.map(([, ...cells]) => [...cells, ""].join("\t")).join("\r\n")}\r\n`);
    await expect(grid.getByText("已粘贴 5 行 × 4 列。")).toBeVisible();
    await expect(grid.getByLabel("奇瑞汽车青岛基地项目：本旬完成投资（万元）")).toHaveValue(
      "0.3亿元",
    );

    // Checked as typed, with the server's rule: progress below the last accepted needs a reason.
    const bonded = row("bonded-zone-smart-manufacturing-park");
    await expect(
      bonded.getByText(/形象进度 30\.0% 低于上次采纳的 33\.8%，请填写原因/),
    ).toBeVisible();
    // Keyboard: Tab from the note moves to the reason, as in a spreadsheet.
    await bonded.getByLabel(/进展情况$/).focus();
    await page.keyboard.press("Tab");
    await expect(bonded.getByLabel(/理由$/)).toBeFocused();
    await page.keyboard.type("设计变更，按新图纸重新核定");
    await expect(bonded.getByText(/低于上次采纳/)).toHaveCount(0);
    // Enter moves down a row, the same column.
    await page.keyboard.press("Enter");
    await expect(row("dayi-jingcheng-pharmaceutical").getByLabel(/理由$/)).toBeFocused();
    // A typo shows at its cell in the reader's language.
    await grid.getByLabel("奇瑞汽车青岛基地项目：形象进度（%）").fill("七十");
    await expect(row("chery-qingdao-base").getByText(/请输入数字/)).toBeVisible();
    await grid.getByLabel("奇瑞汽车青岛基地项目：形象进度（%）").fill("71.5");
    await expect(grid.getByText("5 行已修改，0 行有误")).toBeVisible();
    const axe = await new AxeBuilder({ page })
      .include(".report-grid")
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
      [],
    );

    if (shots) {
      await grid.screenshot({ path: `${shots}/report-grid-1440.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${shots}/report-grid-390.png`, fullPage: true });
      // The viewport as a phone shows it: the grid's first cards, and its save bar.
      await grid.getByRole("heading").scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -60));
      await page.screenshot({ path: `${shots}/report-grid-390-top.png` });
      await bonded.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/report-grid-390-card.png` });
      await grid.getByRole("button", { name: "全部保存" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/report-grid-390-save.png` });
      await page.setViewportSize({ width: 1440, height: 900 });
    }

    await grid.getByRole("button", { name: "全部保存" }).click();
    await expect(grid.getByText("保存完成：5 行已采纳。")).toBeVisible();
    for (const [id] of five) await expect(row(id).getByText("已保存并采纳")).toBeVisible();
    const table = page.locator(".reports__table");
    for (const [id] of five)
      await expect(table.locator(`tr[data-project="${id}"]`)).toHaveAttribute(
        "data-state",
        "accepted",
      );

    // The project page shows the new progress.
    await page.goto("/projects/chery-qingdao-base");
    await expect(page.getByText("71.5%").first()).toBeVisible();

    // The sheet units send: downloaded, filled with one bad row, refused with its row; fixed, imported.
    const template = await page.request.get("/api/rounds/2023-03-1/template.xlsx");
    expect(template.status()).toBe(200);
    const fill = async (unit: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(await template.body()).buffer);
      const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
      sheet.eachRow((r) => {
        const id = r.getCell(1).value;
        if (id === "metro-line-7-phase-2") {
          r.getCell(3).value = unit;
          r.getCell(6).value = "0.25亿元";
          r.getCell(7).value = 38;
          r.getCell(8).value = "盾构区间掘进";
        }
        if (id === "yingliu-area-renewal") {
          r.getCell(6).value = 600;
          r.getCell(7).value = 26;
          r.getCell(8).value = "安置房主体施工";
        }
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    let metroRow = 0;
    {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(await template.body()).buffer);
      workbook.worksheets[0]?.eachRow((r, n) => {
        if (r.getCell(1).value === "metro-line-7-phase-2") metroRow = n;
      });
    }
    await page.goto("/reports");
    const card = page.locator(".report-import");
    const choose = async (buffer: Buffer) =>
      card.getByLabel("选择文件").setInputFiles({
        name: "旬报.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer,
      });
    await choose(await fill("区商务局"));
    await card.getByRole("button", { name: "检查" }).click();
    const refused = card.locator(`[data-row="${metroRow}"]`);
    await expect(refused).toContainText("拒绝");
    await expect(refused).toContainText(
      "项目“地铁7号线二期”的责任单位是“区交通运输局”，不是“区商务局”",
    );
    await expect(card.getByRole("button", { name: /导入/ })).toHaveCount(0);
    if (shots) await card.screenshot({ path: `${shots}/report-import-1440.png` });

    await choose(await fill("区交通运输局"));
    await card.getByRole("button", { name: "检查" }).click();
    await card.getByRole("button", { name: "导入 2 行" }).click();
    await expect(card.getByText("已导入并采纳 2 行旬报。")).toBeVisible();
    await page.goto("/projects/metro-line-7-phase-2");
    await expect(page.getByText("38.0%").first()).toBeVisible();

    // In English, the grid and its per-cell messages are in English.
    await page.goto("/reports?lang=en");
    const en = page.locator(".report-grid");
    await expect(en.getByRole("heading", { name: /reports in bulk/ })).toBeVisible();
    await en.getByLabel("Guanggu Electromagnetic Technology: Progress (%)").fill("seventy");
    await expect(en.getByText(/Enter a number/)).toBeVisible();
    if (shots) await en.screenshot({ path: `${shots}/report-grid-en-1440.png` });
  } finally {
    await server.dispose(page);
  }
});
