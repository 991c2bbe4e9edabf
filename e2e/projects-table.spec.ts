import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import Papa from "papaparse";
import { isId } from "../src/domain/ids";
import { expect, test } from "./fixtures";
import { reviewShot } from "./review-shot";

const rows = (page: Page) => page.locator(".project-table tbody tr");
/** A column header by its exact label ("类别" must not also find "类别内排名"). */
const header = (page: Page, label: string) =>
  page
    .locator(".project-table thead th")
    .filter({ has: page.getByRole("button", { name: label, exact: true }) });
const names = (page: Page) => page.locator(".project-table tbody .pt-name__link").allTextContents();

/** The numbers of one column, in row order; cells without a number ("—") come back as null. */
async function columnNumbers(page: Page, columnClass: string): Promise<(number | null)[]> {
  const texts = await page.locator(`.project-table tbody td.${columnClass}`).allTextContents();
  return texts.map((text) => {
    const match = text.replace(/,/g, "").match(/\d+(\.\d+)?/);
    if (!match) return null;
    // Money: 万元 below 1亿, 亿元 above.
    return text.includes("万元") ? Number(match[0]) / 10_000 : Number(match[0]);
  });
}

function expectOrdered(values: (number | null)[], direction: "asc" | "desc") {
  const numbers = values.filter((v): v is number => v !== null);
  const sorted = [...numbers].sort((a, b) => (direction === "asc" ? a - b : b - a));
  expect(numbers).toEqual(sorted);
  // Missing values go last whichever way the column is sorted.
  expect(values.slice(0, numbers.length).every((v) => v !== null)).toBe(true);
}

async function sortBy(th: Locator, expected: "ascending" | "descending") {
  await th.getByRole("button").click();
  await expect(th).toHaveAttribute("aria-sort", expected);
}

test.beforeEach(async ({ page }) => {
  await page.goto("/projects");
  await expect(rows(page)).toHaveCount(18);
});

test("sorting by investment reorders rows and sets aria-sort", async ({ page }) => {
  const investment = header(page, "总投资");
  await expect(investment).toHaveAttribute("aria-sort", "none");
  await sortBy(investment, "descending");
  await expect(page).toHaveURL(/sort=totalInvestment%3Adesc|sort=totalInvestment:desc/);
  expectOrdered(await columnNumbers(page, "pt-col-totalInvestment"), "desc");
  await expect(investment.getByText("▼")).toBeVisible();

  await sortBy(investment, "ascending");
  expectOrdered(await columnNumbers(page, "pt-col-totalInvestment"), "asc");
  // Only one column is sorted at a time.
  await expect(page.locator('.project-table thead th[aria-sort="descending"]')).toHaveCount(0);
});

test("sorting by score reorders rows and survives a reload", async ({ page }) => {
  await expect(page.locator(".project-table tbody td.pt-col-score").first()).not.toHaveText("…");
  const score = header(page, "综合得分");
  await sortBy(score, "descending");
  expectOrdered(await columnNumbers(page, "pt-col-score"), "desc");
  await sortBy(score, "ascending");
  expectOrdered(await columnNumbers(page, "pt-col-score"), "asc");

  const before = await names(page);
  await page.reload();
  await expect(header(page, "综合得分")).toHaveAttribute("aria-sort", "ascending");
  await expect(page.locator(".project-table tbody td.pt-col-score").first()).not.toHaveText("…");
  expect(await names(page)).toEqual(before);
});

test("names sort in pinyin order", async ({ page }) => {
  await sortBy(header(page, "名称"), "ascending");
  const shown = await names(page);
  expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, "zh-CN")));
});

test("category and status filters reduce rows, survive reload, and clear back to 18", async ({
  page,
}) => {
  const filters = page.locator(".filter-bar");
  await filters.getByLabel("类别").selectOption("urban_renewal");
  await expect(rows(page)).toHaveCount(2);
  await page.reload();
  await expect(rows(page)).toHaveCount(2);
  await expect(filters.getByLabel("类别")).toHaveValue("urban_renewal");

  await filters.getByRole("button", { name: "清除筛选" }).click();
  await expect(rows(page)).toHaveCount(18);

  const red = filters.getByRole("button", { name: "红灯" });
  await red.click();
  await expect(red).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/status=red/);
  const count = await rows(page).count();
  expect(count).toBeLessThan(18);
  if (count > 0) {
    await expect(page.locator(".project-table tbody td.pt-col-status .status--red")).toHaveCount(
      count,
    );
  } else {
    await expect(page.getByText("没有符合筛选条件的项目。")).toBeVisible();
  }
  await page.reload();
  await expect(rows(page)).toHaveCount(count);
  await filters.getByRole("button", { name: "清除筛选" }).click();
  await expect(rows(page)).toHaveCount(18);
});

test("search text filters the rows", async ({ page }) => {
  await page.locator(".filter-bar").getByLabel("搜索").fill("奇瑞");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("奇瑞汽车青岛基地项目");
  await expect(page).toHaveURL(/q=/);
});

test("a filter that matches nothing shows an empty state that can clear it", async ({ page }) => {
  await page.goto("/projects?q=zzzz-no-such-project");
  await expect(page.getByText("没有符合筛选条件的项目。")).toBeVisible();
  await page.locator(".state--empty").getByRole("button", { name: "清除筛选" }).click();
  await expect(rows(page)).toHaveCount(18);
});

test("the column chooser hides a column, and that survives reload", async ({ page }) => {
  const chooser = page.getByRole("button", { name: "显示列" });
  await chooser.click();
  await expect(chooser).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("checkbox", { name: "街道/镇" }).uncheck();
  await expect(header(page, "街道/镇")).toHaveCount(0);
  await expect(page).toHaveURL(/cols=/);
  await page.keyboard.press("Escape");
  await expect(chooser).toHaveAttribute("aria-expanded", "false");

  await page.reload();
  await expect(rows(page)).toHaveCount(18);
  await expect(header(page, "街道/镇")).toHaveCount(0);
  await expect(header(page, "类别")).toHaveCount(1);
});

test("a row can be selected without leaving, and its name opens the project", async ({ page }) => {
  const first = rows(page).first();
  await first.locator(".pt-select").click();
  await expect(first).toHaveClass(/is-selected/);
  await expect(page).toHaveURL(/sel=/);
  await expect(page).toHaveURL(/\/projects\?/);

  await page.goto("/projects?cat=manufacturing");
  const link = rows(page).first().locator(".pt-name__link");
  await link.click();
  await expect(page).toHaveURL((url) => {
    const [, section, id, ...rest] = url.pathname.split("/");
    return (
      section === "projects" &&
      isId(id ?? "") &&
      !rest.length &&
      url.searchParams.get("cat") === "manufacturing"
    );
  });
});

test("CSV export downloads exactly the shown rows and columns", async ({ page }) => {
  await page.locator(".filter-bar").getByLabel("类别").selectOption("manufacturing");
  await expect(rows(page)).toHaveCount(16);
  await expect(page.locator(".project-table tbody td.pt-col-score").first()).not.toHaveText("…");
  await sortBy(header(page, "综合得分"), "descending");
  await page.getByRole("button", { name: "显示列" }).click();
  await page.getByRole("checkbox", { name: "街道/镇" }).uncheck();
  await page.keyboard.press("Escape");

  const shownNames = await names(page);
  const shownColumns = await page.locator(".project-table thead th").count();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "导出 CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^重点项目_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  const [head, ...body] = parsed.data;
  expect(head).toHaveLength(shownColumns);
  expect(head).toContain("总投资（亿元）");
  expect(head).not.toContain("街道/镇");
  expect(body.map((row) => row[0])).toEqual(shownNames);
  // Scores come out as plain numbers, in the same (descending) order as on screen.
  const scores = body.map((row) => Number(row[head.indexOf("综合得分")]));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("every row shows its project, light, score and rank without sideways scrolling", async ({
    page,
  }) => {
    for (const lang of ["zh", "en"]) {
      await page.goto(`/projects?lang=${lang}`);
      await expect(rows(page)).toHaveCount(18);
      await expect(page.locator(".project-table tbody td.pt-col-score").first()).toHaveText(
        /\d+\.\d+/,
      );
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        table: Math.max(
          0,
          ...[...document.querySelectorAll(".table-scroll, .project-table")].map(
            (el) => el.scrollWidth - el.clientWidth,
          ),
        ),
      }));
      expect(overflow).toEqual({ page: 0, table: 0 });
      const viewport = 390;
      for (const row of await rows(page).all()) {
        for (const selector of [
          ".pt-name__link",
          ".pt-col-status",
          ".pt-col-score",
          ".pt-col-rank",
        ]) {
          const cell = row.locator(selector);
          await expect(cell).toBeVisible();
          const box = await cell.boundingBox();
          expect(box, selector).not.toBeNull();
          expect((box?.x ?? 0) + (box?.width ?? 0), selector).toBeLessThanOrEqual(viewport);
          expect(box?.x ?? -1, selector).toBeGreaterThanOrEqual(0);
        }
      }
    }
    await reviewShot(page, "projects-390");
  });

  test("the columns still sort from the phone's header bar", async ({ page }) => {
    await page.goto("/projects");
    const score = header(page, "综合得分");
    await sortBy(score, "descending");
    expectOrdered(await columnNumbers(page, "pt-col-score"), "desc");
  });
});
