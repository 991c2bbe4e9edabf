import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import Papa from "papaparse";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import { reviewShot } from "./review-shot";

// A city's list: 5,000 projects drawn by the seed's own rules, on a server of its own.
const COUNT = 5000;
test.use({ baseURL: ownServerUrl("tablesScale") });
test.describe.configure({ mode: "serial" });

let seedDir = "";
let server: ReturnType<typeof ownServer> | undefined;
type Listed = { id: string; name: string; street: string; totalInvestment: number };
let projects: Listed[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  seedDir = mkdtempSync(join(tmpdir(), "kp-e2e-scale-"));
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/generate-data.ts", "--projects", String(COUNT), "--out", seedDir],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (run.status) throw new Error("generating the projects failed");
  server = ownServer("tablesScale", { seedDir });
  await server.start();
  const listed = (await (await fetch(`${server.url}/api/projects`)).json()) as {
    projects: Listed[];
  };
  projects = listed.projects;
});

test.afterAll(async () => {
  await server?.dispose();
  if (seedDir) rmSync(seedDir, { recursive: true, force: true });
});

const table = (page: Page) => page.locator("table.project-table");
const drawnRows = (page: Page) => page.locator(".project-table tbody tr[aria-rowindex]");
const names = (page: Page) => page.locator(".project-table tbody .pt-name__link").allTextContents();
/**
 * Scrolls to the end as a person would: rows not yet drawn take an estimated height, so the end
 * may move a little once the last rows are measured.
 */
async function scrollToEnd(page: Page) {
  const last = page.locator(`.project-table tbody tr[aria-rowindex="${COUNT + 1}"]`);
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(last).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
}
const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName("*").length);

test("/projects counts all 5,000, draws a few, sorts, filters and exports every matching row", async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(projects).toHaveLength(COUNT);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/projects");
  await expect(table(page)).toHaveAttribute("aria-rowcount", String(COUNT + 1));
  await expect(drawnRows(page).first()).toHaveAttribute("aria-rowindex", "2");
  expect(await drawnRows(page).count()).toBeLessThan(100);
  expect(await domNodes(page)).toBeLessThan(6000);
  await reviewShot(page, "tables-scale-projects-1440");

  // One click sorts all 5,000 by total investment, largest first.
  const th = page.locator(".project-table thead th.pt-col-totalInvestment");
  await th.getByRole("button").click();
  await expect(th).toHaveAttribute("aria-sort", "descending");
  const largest = [...projects]
    .sort((a, b) => b.totalInvestment - a.totalInvestment)
    .slice(0, 3)
    .map((p) => p.totalInvestment);
  const firstThree = (await names(page)).slice(0, 3);
  const investmentOf = new Map(projects.map((p) => [p.name, p.totalInvestment]));
  expect(firstThree.map((name) => investmentOf.get(name))).toEqual(largest);

  // The keyboard walks on past the rows first drawn: each focused row brings the next ones in.
  await page.locator(".project-table tbody .pt-select").first().focus();
  for (let i = 0; i < 120; i++) await page.keyboard.press("Tab");
  const focusedRow = await page.evaluate(() =>
    Number(document.activeElement?.closest("tr")?.getAttribute("aria-rowindex") ?? 0),
  );
  expect(focusedRow).toBeGreaterThan(50);

  // The last row is reachable by scrolling, and says where it stands.
  await scrollToEnd(page);
  expect(await domNodes(page)).toBeLessThan(6000);

  // A street narrows the list; the export holds every row of it, not only the drawn ones.
  const street = projects[0]?.street ?? "";
  const inStreet = projects.filter((p) => p.street === street);
  expect(inStreet.length).toBeGreaterThan(150);
  await page.locator(".filter-bar").getByLabel("街道/镇").selectOption(street);
  await expect(table(page)).toHaveAttribute("aria-rowcount", String(inStreet.length + 1));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "导出 CSV" }).click(),
  ]);
  const text = await readFile(await download.path(), "utf8");
  const [head, ...body] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(head?.[0]).toBe("名称");
  expect(body).toHaveLength(inStreet.length);
  expect(new Set(body.map((row) => row[0]))).toEqual(new Set(inStreet.map((p) => p.name)));

  // Typing a project's name finds it among the 5,000.
  const wanted = inStreet[inStreet.length - 1]?.name ?? "";
  await page.getByLabel("搜索").fill(wanted);
  await expect(page.locator(".project-table tbody .pt-name__link").first()).toHaveText(wanted);
});

test("on a phone the 5,000 are cards, drawn a few at a time", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/projects");
  await expect(table(page)).toHaveAttribute("aria-rowcount", String(COUNT + 1));
  expect(await drawnRows(page).count()).toBeLessThan(60);
  expect(await domNodes(page)).toBeLessThan(6000);
  // Cards: no sideways scroll.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
  ).toBe(true);
  await reviewShot(page, "tables-scale-projects-390");
  await scrollToEnd(page);
  await reviewShot(page, "tables-scale-projects-390-end");
});

test("the overview shows the worst and the top few, each with a way to the rest", async ({
  page,
}) => {
  test.setTimeout(400_000);
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    const behind = page.locator(".behind-list__item");
    // Generous: the overview's map of 5,000 points is drawn on the same page.
    await expect(behind.first()).toBeVisible({ timeout: 90_000 });
    expect(await behind.count()).toBeLessThanOrEqual(5);
    // The inspection scored the district's 18; a ranking past 30 would show each category's top
    // ten and link to the rest.
    const ranking = page.locator(".ranking__row");
    await expect(ranking.first()).toBeVisible();
    expect(await ranking.count()).toBeLessThanOrEqual(30);
    // Plan completion: one bar per street or town, not per project.
    const streets = new Set(projects.map((p) => p.street)).size;
    await expect(page.locator(".plan-bars__row")).toHaveCount(streets);
    await reviewShot(page, `tables-scale-overview-${width}`, true);
  }
  await page.getByRole("link", { name: `在项目列表中按完成率查看全部 ${COUNT} 个项目` }).click();
  await expect(page).toHaveURL(/\/projects\?.*sort=planCompletion%3Aasc/);
  await expect(page.locator(".project-table thead th.pt-col-planCompletion")).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await page.goto("/");
  await page.getByRole("link", { name: "在项目列表中查看" }).click();
  await expect(page).toHaveURL(/\/projects\?.*status=yellow%2Cred/);
  await expect(table(page)).toHaveAttribute(
    "aria-rowcount",
    String(
      (await (await fetch(`${server?.url}/api/projects`)).json()).projects.filter(
        (p: { status: string }) => p.status !== "green",
      ).length + 1,
    ),
  );
});
