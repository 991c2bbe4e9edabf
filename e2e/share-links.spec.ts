import type { Page } from "@playwright/test";
import { expect, signInPage, test } from "./fixtures";

const EVENT = "demo-entry-practice";
const PUBLIC = "http://192.168.1.20:8080";

/**
 * Issuing every card's link for real would revoke the links other journeys are using on the shared
 * server; what is checked here is only where the cards point, so the issue calls are answered here.
 */
async function fakeIssuedLinks(page: Page) {
  await page.route("**/api/events/*/links/*", async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    const evaluatorId = route.request().url().split("/").pop() ?? "";
    const token = `card-${evaluatorId}`;
    await route.fulfill({
      status: 201,
      json: { evaluatorId, token, path: `/score/${token}` },
    });
  });
}

/** As if the server had been started with PUBLIC_URL set. */
async function withPublicUrl(page: Page) {
  await page.route("**/api/settings", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), publicUrl: PUBLIC } });
  });
}

async function printCards(page: Page) {
  await page.goto(`/entry/links/print?event=${EVENT}`);
  await page.getByRole("button", { name: /签发并生成卡片|Issue links and make cards/ }).click();
  await expect(page.locator(".link-card").first()).toBeVisible();
}

test.describe("shareable links", () => {
  test("QR cards made at a loopback address carry a large warning, on screen and on paper", async ({
    page,
  }, testInfo) => {
    await signInPage(page, "staff");
    await fakeIssuedLinks(page);
    await printCards(page);
    await expect(page.locator(".link-card__url").first()).toHaveText(
      /^http:\/\/127\.0\.0\.1:\d+\/score\/card-/,
    );
    const warning = page.getByRole("alert").filter({ hasText: "这些链接只能在本机打开" });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("PUBLIC_URL");
    const titleSize = await warning
      .locator(".loopback-warning__title")
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(titleSize).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: testInfo.outputPath("cards-loopback.png"), fullPage: true });

    await page.emulateMedia({ media: "print" });
    await expect(warning).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // Said before any card is made, in English too.
    await page.goto(`/entry/links/print?event=${EVENT}&lang=en`);
    await expect(page.getByText("These links open only on this computer")).toBeVisible();
  });

  test("with PUBLIC_URL every shareable link is built on it, and no warning is shown", async ({
    page,
    evaluator,
  }) => {
    await withPublicUrl(page);
    await signInPage(page, "staff");
    await fakeIssuedLinks(page);
    await printCards(page);
    const urls = await page.locator(".link-card__url").allTextContents();
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^http:\/\/192\.168\.1\.20:8080\/score\/card-/);
    await expect(page.getByText("这些链接只能在本机打开")).toHaveCount(0);

    // The desk's single personal link.
    await page.goto(`/entry?event=${EVENT}`);
    await page.getByText("评委链接", { exact: true }).click();
    await page
      .getByRole("button", { name: new RegExp(`^(签发|重新签发) · ${evaluator.label}$`) })
      .click();
    await expect(page.locator(".desk-links__url")).toHaveText(
      `${PUBLIC}/score/card-${evaluator.id}`,
    );

    // The wall screen's link.
    await page.context().clearCookies();
    await signInPage(page, "admin");
    await page.goto("/entry/displays");
    await page.getByLabel("名称（如：三楼会议室）").fill(`公网地址 ${Date.now()}`);
    await page.getByRole("button", { name: "创建链接" }).click();
    await expect(page.locator(".display-admin__url a")).toHaveText(
      /^http:\/\/192\.168\.1\.20:8080\/display\?token=[\w-]+$/,
    );
    await expect(page.getByText("这些链接只能在本机打开")).toHaveCount(0);
  });

  test("a wall link made at a loopback address is warned about", async ({ page }) => {
    await signInPage(page, "admin");
    await page.goto("/entry/displays");
    await page.getByLabel("名称（如：三楼会议室）").fill(`本机地址 ${Date.now()}`);
    await page.getByRole("button", { name: "创建链接" }).click();
    await expect(page.locator(".display-admin__url a")).toHaveText(/^http:\/\/127\.0\.0\.1:/);
    await expect(page.getByText("这些链接只能在本机打开")).toBeVisible();
  });
});
