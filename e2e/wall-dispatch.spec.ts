import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { startTempServer } from "../scripts/lib/local-run";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 1920, height: 1080 } });

type Agenda = {
  period: string;
  lightCounts: { red: number; yellow: number };
  projects: { id: string; name: string; light: string }[];
  unreported: string[];
  overdueProblems: unknown[];
};

/** An API session for one demo account, with its CSRF token on every write. */
async function apiAs(request: APIRequestContext, username: string) {
  const res = await request.post("/api/session", {
    data: { username, password: `demo-${username}` },
  });
  expect(res.status()).toBe(200);
  const { csrfToken } = await res.json();
  return { headers: { "x-csrf-token": csrfToken } };
}

async function wallToken(page: Page): Promise<string> {
  const { headers } = await apiAs(page.request, "admin");
  const created = await page.request.post("/api/display-tokens", {
    data: { label: "调度会议室" },
    headers,
  });
  expect(created.status()).toBe(201);
  return (await created.json()).token;
}

const panel = (page: Page) => page.locator('[data-panel="dispatch"]');

test.describe("the wall's dispatch panel", () => {
  test("shows the latest 旬's red projects, counts and 未报, at 1920×1080", async ({ page }) => {
    const token = await wallToken(page);
    const agenda = (await (await page.request.get("/api/dispatch/2023-02-3")).json()) as Agenda;
    await page.goto(`/display?token=${token}&panels=overview,dispatch&interval=600`);
    // Not in the rotation unless asked for; asked for here, so step to it.
    await expect(page.locator("main[data-active-panel]")).toHaveAttribute(
      "data-active-panel",
      "overview",
    );
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("main")).toHaveAttribute("data-active-panel", "dispatch");
    const shown = panel(page);
    await expect(shown.getByRole("heading", { name: "调度会议程" })).toBeVisible();
    await expect(shown).toContainText("2023年2月下旬调度");
    const reds = agenda.projects.filter((p) => p.light === "red");
    expect(reds.length).toBeGreaterThan(0);
    for (const p of reds)
      await expect(shown.locator(`[data-project="${p.id}"][data-light="red"]`)).toContainText(
        p.name,
      );
    await expect(shown.locator('[data-figure="red"] dd')).toHaveText(
      String(agenda.lightCounts.red),
    );
    await expect(shown.locator('[data-figure="yellow"] dd')).toHaveText(
      String(agenda.lightCounts.yellow),
    );
    await expect(shown.locator('[data-figure="unreported"] dd')).toHaveText(
      String(agenda.unreported.length),
    );
    await expect(shown.locator('[data-figure="overdue"] dd')).toHaveText(
      String(agenda.overdueProblems.length),
    );
    // Every red project's name and reason fit: nothing cut by the panel's edge.
    const clipped = await shown
      .locator(".wd-dispatch__lists")
      .evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(clipped).toBeLessThanOrEqual(0);
  });

  test("is not in the rotation unless the link asks for it", async ({ page }) => {
    const token = await wallToken(page);
    await page.goto(`/display?token=${token}&interval=600`);
    await expect(page.locator("main[data-active-panel]")).toHaveAttribute(
      "data-active-panel",
      "overview",
    );
    await expect(page.locator(".wd-panel")).toHaveCount(5);
    await expect(page.locator(".wd-dispatch")).toHaveCount(0);
  });
});

// A server of its own, on a free port: accepting a report moves 数据截至 to the next 旬, which
// other journeys on the shared server read.
test("follows an accepted report live: the next 旬's agenda, with who has not reported yet", async ({
  browser,
  playwright,
}) => {
  test.setTimeout(90_000);
  const server = await startTempServer({ withClient: true });
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1920, height: 1080 },
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const token = await wallToken(page);
    await page.goto(`/display?token=${token}&panels=dispatch&interval=600`);
    const shown = page.locator(".wd-panel.is-active");
    await expect(shown).toContainText("2023年2月下旬调度");
    await expect(shown.locator('[data-figure="unreported"] dd')).toHaveText("0");

    // Staff open the next round and enter one project's report from paper: it counts at once.
    // Staff on a session of their own (the wall's context holds the admin's).
    const request = await playwright.request.newContext({ baseURL: server.url });
    const { headers } = await apiAs(request, "staff");
    expect(
      (
        await request.post("/api/rounds", {
          data: { period: "2023-03-1", deadline: "2023-03-13" },
          headers,
        })
      ).status(),
    ).toBe(201);
    const started = Date.now();
    const put = await request.put("/api/projects/liandong-u-valley-chaohai/reports/2023-03-1", {
      data: { investment: 0.2, progress: 71, note: "纸质报表录入" },
      headers,
    });
    expect(put.status()).toBe(201);
    // Within a second or so the wall shows the new 旬's agenda, where the others have not reported.
    await expect(shown).toContainText("2023年3月上旬调度", { timeout: 3_000 });
    const unreported = ((await (await request.get("/api/dispatch/2023-03-1")).json()) as Agenda)
      .unreported.length;
    expect(unreported).toBe(17);
    await expect(shown.locator('[data-figure="unreported"] dd')).toHaveText(String(unreported));
    console.log(`dispatch panel followed the accepted report in ${Date.now() - started} ms`);
    expect(errors).toEqual([]);
    await page.goto("about:blank");
    await request.dispose();
  } finally {
    await context.close();
    await server.close();
  }
});

// Screenshots for a person to look at: only when asked for, into the folder named.
test("screenshots of the dispatch panel", async ({ page }) => {
  const dir = process.env.REVIEW_SHOTS;
  test.skip(!dir, "REVIEW_SHOTS not set");
  mkdirSync(dir as string, { recursive: true });
  const token = await wallToken(page);
  for (const [w, h] of [
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`/display?token=${token}&panels=dispatch&interval=600`);
    await expect(page.locator(".wd-dispatch__list li").first()).toBeVisible();
    await page.screenshot({ path: join(dir as string, `wall-dispatch-${w}x${h}.png`) });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/display?token=${token}&panels=dispatch&interval=600&lang=en`);
  await expect(page.locator(".wd-dispatch__list li").first()).toBeVisible();
  await page.screenshot({ path: join(dir as string, "wall-dispatch-en-1920x1080.png") });
});
