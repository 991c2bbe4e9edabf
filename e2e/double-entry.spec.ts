import { spawnSync } from "node:child_process";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { deskEvaluatorPicker, expect, test } from "./fixtures";

const EVENT = "demo-entry-practice";
const REVIEWER = { username: "desk-reviewer", password: "desk-reviewer-pw-2023" };

/**
 * The third look must come from an account that keyed neither pass, and demo mode has only two
 * staff-like accounts (staff, admin): add a third to the test server's store, as an operator would.
 */
test.beforeAll(() => {
  const dataDir = process.env.E2E_DATA_DIR;
  test.skip(!dataDir, "run through scripts/run-playwright.mjs (it shares the store's folder)");
  const add = (extra: string[]) =>
    spawnSync(
      "npx",
      ["tsx", "scripts/user-add.ts", "--username", REVIEWER.username, "--role", "staff", ...extra],
      { env: { ...process.env, DATA_DIR: dataDir, PASSWORD: REVIEWER.password }, stdio: "pipe" },
    ).status;
  if (add([]) !== 0) expect(add(["--reset"])).toBe(0);
});
test.describe.configure({ mode: "default" });

// The fixture guards only its own page: these desks collect their console errors here.
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  expect(consoleErrors.splice(0), "console errors on the extra desks").toEqual([]);
});

async function deskAs(browser: Browser, username: string, password: string, evaluatorId: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${username}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`${username}: ${e.message}`));
  const res = await page.request.post("/api/session", { data: { username, password } });
  expect(res.ok()).toBe(true);
  await page.goto(`/entry?event=${EVENT}`);
  await deskEvaluatorPicker(page).selectOption(evaluatorId);
  await page.getByRole("checkbox", { name: "双人背靠背录入" }).check();
  return page;
}

/** Keys the first row (the event's first project) and submits it as one pass. */
async function keyFirstRow(page: Page, scores: number[], vote: string) {
  for (const [c, value] of scores.entries())
    await page.locator(`[data-cell="0:${c}"]`).fill(String(value));
  await page.locator('[data-cell="0:6"]').fill(vote);
  await page.getByRole("button", { name: "提交本遍录入" }).click();
}

const firstRow = (page: Page) => page.locator("tr", { has: page.locator('[data-cell="0:0"]') });
const sheetsOf = async (page: Page, evaluatorId: string) =>
  (
    (await (await page.request.get(`/api/events/${EVENT}/sheets`)).json()).sheets as {
      evaluatorId: string;
      scores: Record<string, number>;
    }[]
  ).filter((s) => s.evaluatorId === evaluatorId);

test("two matching blind passes store the sheet once; the first desk sees it live", async ({
  browser,
  evaluator,
}) => {
  const first = await deskAs(browser, "staff", "demo-staff", evaluator.id);
  await keyFirstRow(first, [27, 18, 17.5, 13, 12], "1");
  await expect(firstRow(first)).toContainText("第一遍已录入");
  expect(await sheetsOf(first, evaluator.id)).toHaveLength(0);

  const second = await deskAs(browser, "admin", "demo-admin", evaluator.id);
  await expect(firstRow(second)).toContainText("第一遍已由 staff 录入，请录入第二遍");
  // Blind: the second keyer's grid is empty, not pre-filled with the first pass.
  await expect(second.locator('[data-cell="0:0"]')).toHaveValue("");
  await keyFirstRow(second, [27, 18, 17.5, 13, 12], "满意");
  await expect(firstRow(second)).toContainText("两遍一致，已入库");
  await expect.poll(async () => (await sheetsOf(second, evaluator.id)).length).toBe(1);
  // The first desk learns it without a reload (the live channel).
  await expect(firstRow(first)).toContainText("已入库");
  await expect(first.locator('[data-cell="0:0"]')).toBeDisabled();
});

test("differing passes wait for a third person, who sees both and stores the paper's values", async ({
  browser,
  evaluator,
}) => {
  const first = await deskAs(browser, "staff", "demo-staff", evaluator.id);
  await keyFirstRow(first, [27, 18, 17.5, 13, 12], "1");
  await expect(firstRow(first)).toContainText("第一遍已录入");
  // The same account cannot key the second pass: its row is locked and says why.
  await first.reload();
  await deskEvaluatorPicker(first).selectOption(evaluator.id);
  await first.getByRole("checkbox", { name: "双人背靠背录入" }).check();
  await expect(firstRow(first)).toContainText("第一遍由您录入，待另一人录入第二遍");
  await expect(first.locator('[data-cell="0:0"]')).toBeDisabled();

  const second = await deskAs(browser, "admin", "demo-admin", evaluator.id);
  await keyFirstRow(second, [21, 18, 17.5, 13, 12], "2");
  await expect(firstRow(second)).toContainText("两遍不一致，待复核");
  expect(await sheetsOf(second, evaluator.id)).toHaveLength(0);
  // Keyers see that a review is pending, never the other pass's values.
  const pending = second.getByRole("region", { name: "待复核（1）" });
  await expect(pending).toContainText("您录入了其中一遍");
  await expect(pending.getByRole("table")).toHaveCount(0);

  const reviewer = await deskAs(browser, REVIEWER.username, REVIEWER.password, evaluator.id);
  const panel = reviewer.getByRole("region", { name: "待复核（1）" });
  const progress = panel.getByRole("row", { name: /项目建设进度/ });
  await expect(progress).toContainText("≠ 不一致");
  await expect(progress).toContainText("27");
  await expect(progress).toContainText("21");
  await expect(panel.getByRole("row", { name: /投资完成/ })).toContainText("一致");
  await progress.getByRole("button", { name: /用第一遍/ }).click();
  await panel
    .getByRole("row", { name: /投票/ })
    .getByRole("button", { name: /用第二遍/ })
    .click();
  await panel.getByRole("button", { name: "确认并入库" }).click();
  await expect(panel.getByRole("alert")).toContainText("请填写复核理由");
  await panel.getByLabel(/复核理由/).fill("核对纸质表：进度 27 分，基本满意");
  await panel.getByRole("button", { name: "确认并入库" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "已复核并入库" })).toBeVisible();
  await expect.poll(async () => (await sheetsOf(reviewer, evaluator.id)).length).toBe(1);
  expect((await sheetsOf(reviewer, evaluator.id))[0]?.scores.progress).toBe(27);
  await expect(reviewer.getByRole("region", { name: /待复核/ })).toHaveCount(0);
  // Both keyers' desks drop the review live.
  await expect(second.getByRole("region", { name: /待复核/ })).toHaveCount(0);
});
