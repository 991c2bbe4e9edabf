import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, signInPage, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import { reviewShot } from "./review-shot";

// A city's list of 5,000 projects on a server of its own: the pages beyond the overview, map and
// project table stay small (a few thousand DOM nodes) and answer.
const COUNT = 5000;
test.use({ baseURL: ownServerUrl("pagesScale") });
test.describe.configure({ mode: "serial" });

let seedDir = "";
let server: ReturnType<typeof ownServer> | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  seedDir = mkdtempSync(join(tmpdir(), "kp-e2e-pages-"));
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/generate-data.ts", "--projects", String(COUNT), "--out", seedDir],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (run.status) throw new Error("generating the projects failed");
  server = ownServer("pagesScale", { seedDir });
  await server.start();
});

test.afterAll(async () => {
  await server?.dispose();
  if (seedDir) rmSync(seedDir, { recursive: true, force: true });
});

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName("*").length);

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

test("the bulk-entry grid draws a screenful of 5,000 rows; keys, paste and the last row work", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInPage(page, "staff");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/reports");
  await page.getByRole("button", { name: "开启下一轮" }).click();
  const grid = page.locator(".report-grid");
  await expect(grid.getByRole("heading", { name: "批量录入2023年3月上旬旬报" })).toBeVisible({
    timeout: 60_000,
  });
  const drawn = grid.locator("tbody[data-project]");
  await expect(drawn.first()).toBeVisible();
  expect(await drawn.count()).toBeLessThan(100);
  expect(await domNodes(page)).toBeLessThan(6000);
  await reviewShot(page, "pages-scale-report-grid-1440");

  // Enter moves down a row; a block pasted there fills three rows.
  const first = grid.locator('[data-cell="0:0"]');
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(grid.locator('[data-cell="1:0"]')).toBeFocused();
  await paste(page, "100\t50\n200\t51\n300\t52\n");
  await expect(grid.getByText("已粘贴 3 行 × 2 列。")).toBeVisible();
  await expect(grid.locator('[data-cell="3:0"]')).toHaveValue("300");

  // The last project is there at the end of the page, and typed into like any other.
  const last = grid.locator(`[data-cell="${COUNT - 1}:0"]`);
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(last).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await last.fill("123");
  await expect(last).toHaveValue("123");
  await page.keyboard.press("ArrowUp");
  await expect(grid.locator(`[data-cell="${COUNT - 2}:0"]`)).toBeFocused();
  expect(await domNodes(page)).toBeLessThan(6000);
  await expect(grid.getByText(/^4 行已修改/)).toBeVisible();
});

test("the review stays small and its filters answer", async ({ page }) => {
  test.setTimeout(180_000);
  await signInPage(page, "leader");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/review");
  const shown = page.locator(".review-controls__count");
  await expect(shown).toContainText("5000", { timeout: 90_000 });
  expect(await domNodes(page)).toBeLessThan(6000);
  // Only the inspected projects are compared, not 5,000 rows of "not scored".
  expect(await page.locator(".review-inspections tbody tr").count()).toBeLessThan(100);
  await reviewShot(page, "pages-scale-review-1440");
  await page.getByLabel("类别").selectOption({ index: 1 });
  await expect(shown).not.toContainText(`${COUNT} / ${COUNT}`);
  expect(await domNodes(page)).toBeLessThan(6000);
});

test("the draft editor's picker lists the matches that fit and narrows as one types", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInPage(page, "admin");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/admin/events");
  await page.getByRole("button", { name: "新建观摩会" }).click();
  const picker = page.locator(".events-admin__projects");
  await expect(picker).toBeVisible();
  // The chosen ones are listed and ticked, with the first matches; the rest are counted.
  const group = page.getByRole("group", { name: /^观摩项目（已选 \d+ 个）$/ });
  const chosen = Number(/\d+/.exec((await group.locator("legend").textContent()) ?? "")?.[0] ?? 0);
  expect(await picker.locator("li").count()).toBeLessThanOrEqual(chosen + 50);
  await expect(page.getByText(/另有 \d+ 个符合的项目未列出/)).toBeVisible();
  expect(await domNodes(page)).toBeLessThan(6000);
  await reviewShot(page, "pages-scale-events-picker-1440");
  await page.getByLabel("搜索项目名称或类别").fill("00027号");
  await expect(picker.getByRole("checkbox")).toHaveCount(1);
  await picker.getByRole("checkbox").check();
  await expect(
    page.getByRole("group", { name: `观摩项目（已选 ${chosen + 1} 个）` }),
  ).toBeVisible();
});

test("the wall's progress panel draws a bar per street, not per project", async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL: ownServerUrl("pagesScale") });
  const session = await api.post("/api/session", {
    data: { username: "admin", password: "demo-admin" },
  });
  const { csrfToken } = await session.json();
  const created = await api.post("/api/display-tokens", {
    data: { label: "pages at scale" },
    headers: { "x-csrf-token": csrfToken },
  });
  const { token } = await created.json();
  await api.dispose();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/display?token=${token}&panels=progress&interval=600`);
  const bars = page.locator('.wd-bars[data-by="street"] .wd-bars__row');
  await expect(bars.first()).toBeVisible({ timeout: 60_000 });
  expect(await bars.count()).toBeLessThanOrEqual(15);
  expect(await domNodes(page)).toBeLessThan(6000);
  await reviewShot(page, "pages-scale-wall-progress");
});
