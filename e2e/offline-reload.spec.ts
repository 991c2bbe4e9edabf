import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";

// A server of its own, stopped while the phone is on the page: the shared one must stay up.
test.use({
  baseURL: ownServerUrl("offlineReload"),
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  allowedConsoleErrors: [/Failed to load resource|net::ERR_|EventSource/],
});

test("a phone that reloads the scoring page with no server still gets it, and its sheet arrives later", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const server = ownServer("offlineReload");
  try {
    await server.start();
    const api = await playwrightRequest.newContext({ baseURL: server.url });
    const session = await api.post("/api/session", {
      data: { username: "staff", password: "demo-staff" },
    });
    const headers = { "X-CSRF-Token": (await session.json()).csrfToken };
    const eventId = "demo-entry-practice";
    const link = await api.post(`/api/events/${eventId}/links/e62`, { headers });
    const { token } = await link.json();
    const { event } = await (await api.get(`/api/events/${eventId}`)).json();

    await page.goto(`/score/${token}`);
    await expect(page.getByRole("heading", { name: "评委62" })).toBeVisible();
    // The page says when it is kept for opening offline.
    await expect(page.getByText("本页断网也能打开")).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: testInfo.outputPath("score-offline-ready-390.png") });

    // The server goes away; the phone reloads the page anyway.
    await server.kill();
    await page.reload();
    await expect(page.getByRole("heading", { name: "评委62" })).toBeVisible();
    const list = page.getByRole("navigation", { name: "观摩项目（按观摩顺序）" });
    await expect(list.getByRole("button")).toHaveCount(18);

    // It scores on: the sheet waits on the phone…
    await list.getByRole("button").nth(4).click();
    const inputs = page.locator(".sheet-form__score");
    for (const [i, v] of ["19", "14", "13", "12", "10"].entries()) await inputs.nth(i).fill(v);
    await page.getByRole("radio", { name: "满意", exact: true }).check();
    await page.getByRole("button", { name: /^提交/ }).click();
    await expect(page.getByText("1 份待发送")).toBeVisible();

    // …and arrives once the server is back.
    await server.start();
    // The phone retries by itself; "send now" saves waiting for its next try, unless the retry
    // has just sent it (then the button is gone).
    await page
      .getByRole("button", { name: "立即发送" })
      .click({ timeout: 2000 })
      .catch(() => {});
    await expect(page.getByText(/份待发送/)).toHaveCount(0, { timeout: 30_000 });
    const { sheets } = await (await api.get(`/api/events/${eventId}/sheets`)).json();
    const stored = sheets.find(
      (s: { evaluatorId: string; projectId: string }) =>
        s.evaluatorId === "e62" && s.projectId === event.projectIds[4],
    );
    expect(stored?.total).toBe(68);
    await api.dispose();
  } finally {
    await server.dispose();
  }
});
