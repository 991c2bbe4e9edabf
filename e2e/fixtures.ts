import { test as base, expect, type Page } from "@playwright/test";

type Options = {
  /** Console errors a journey expects (e.g. the browser's own log line for a deliberate 404). */
  allowedConsoleErrors: RegExp[];
};

/**
 * Every journey fails on an unexpected console error or on a request that would leave the local
 * server: the app must work on an intranet with no internet.
 */
export const test = base.extend<Options & { guards: undefined }>({
  allowedConsoleErrors: [[], { option: true }],
  guards: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      const external: string[] = [];
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      await page.route(
        (url) => url.protocol.startsWith("http") && url.origin !== origin,
        async (route) => {
          external.push(route.request().url());
          await route.abort();
        },
      );
      await use(undefined);
      expect(external, "requests that left the local server").toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Signs the page's browser context in with a demo account (the password is "demo-" + its name). */
export async function signInPage(page: Page, username: "admin" | "staff" | "leader") {
  const res = await page.request.post("/api/session", {
    data: { username, password: `demo-${username}` },
  });
  expect(res.status()).toBe(200);
}

/**
 * The desk's evaluator picker. Its accessible name is its label and the chosen evaluator
 * ("评委评委01…"); a double-entry review's selects are named "评委64 · project…", so a digit
 * right after 评委 marks those instead.
 */
export const deskEvaluatorPicker = (page: Page) =>
  page.getByRole("combobox", { name: /^评委(?!\d)/ });
