import type { APIRequestContext, Page } from "@playwright/test";
import { expect, pauseClock, runClock, settle, test, untilStill } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";

test.use({ viewport: { width: 1920, height: 1080 } });

/** An admin's API session, to issue and revoke display tokens. */
async function adminApi(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  baseURL?: string,
) {
  const api = await playwright.request.newContext({ baseURL });
  const res = await api.post("/api/session", {
    data: { username: "admin", password: "demo-admin" },
  });
  const { csrfToken } = await res.json();
  const headers = { "x-csrf-token": csrfToken };
  return {
    api,
    headers,
    async issue(label: string): Promise<{ id: string; token: string }> {
      const created = await api.post("/api/display-tokens", { data: { label }, headers });
      expect(created.status()).toBe(201);
      return created.json();
    },
    async revoke(id: string) {
      expect((await api.delete(`/api/display-tokens/${id}`, { headers })).ok()).toBe(true);
    },
  };
}

/** How many requests for `path` (not page loads) the page makes from now on. */
function countRequests(page: Page, path: string) {
  let n = 0;
  page.on("request", (r) => {
    if (!r.isNavigationRequest() && new URL(r.url()).pathname === path) n++;
  });
  return () => n;
}

/** How many times the page starts loading a document from now on (a reload counts). */
function countNavigations(page: Page) {
  let n = 0;
  page.on("request", (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) n++;
  });
  return () => n;
}

const activePanel = (page: Page) => page.locator("main[data-active-panel]");

test.describe("wall screen", () => {
  test.use({
    // Deliberate failures below (aborted stream, 500s, a revoked token) are logged by the browser.
    allowedConsoleErrors: [/Failed to load resource|net::ERR_FAILED|EventSource/],
  });

  test("starts by itself and rotates the panels in order at the interval", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 轮播");
    await page.clock.install();
    await page.goto(`/display?token=${token}&panels=ranking,progress,spotlight&interval=2`);
    const main = activePanel(page);
    await expect(main).toHaveAttribute("data-active-panel", "ranking");
    await expect(page.getByRole("heading", { level: 2, name: "评分排名" })).toBeVisible();
    // From here the screen's time moves only when the test moves it, however busy the machine.
    await pauseClock(page);
    // However much of the first wait is left, run on to the first step, a tenth of a second at a time.
    for (let ms = 0; ms < 2500; ms += 100) {
      if ((await main.getAttribute("data-active-panel")) !== "ranking") break;
      await runClock(page, 100);
    }
    await expect(main).toHaveAttribute("data-active-panel", "progress");
    await expect(page.getByRole("heading", { level: 2, name: "计划与进度" })).toBeVisible();
    // A whole interval on the next panel (2 s, give or take that tenth): not less, not much more.
    await runClock(page, 1800);
    await expect(main).toHaveAttribute("data-active-panel", "progress");
    await runClock(page, 300);
    await expect(main).toHaveAttribute("data-active-panel", "spotlight");
    await expect(page.getByRole("heading", { level: 2, name: "项目聚焦" })).toBeVisible();
    await runClock(page, 2000);
    await expect(main).toHaveAttribute("data-active-panel", "ranking");
    // Each panel's header: the clock and when the data was fetched.
    await expect(page.locator(".wd-panel.is-active .wd-head__asof")).toContainText("数据截至");
    // Space pauses, the arrow steps by hand.
    await page.keyboard.press("Space");
    await expect(page.getByText("已暂停")).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect(main).toHaveAttribute("data-active-panel", "progress");
    await runClock(page, 2600);
    await expect(main).toHaveAttribute("data-active-panel", "progress");
    await admin.api.dispose();
  });

  test("during an open event the ranking counts sheets as they arrive, without a reload", async ({
    page,
    playwright,
    baseURL,
    evaluator,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 实时排名");
    // An open event is shown only when the link names it.
    await page.goto(
      `/display?token=${token}&panels=ranking&interval=600&event=demo-entry-practice`,
    );
    const count = page.locator(".wd-panel.is-active").getByText(/已提交 \d+\/\d+ 份/);
    await expect(count).toBeVisible();
    const submitted = async () =>
      Number(/已提交 (\d+)/.exec((await count.textContent()) ?? "")?.[1]);
    const before = await submitted();
    await page.evaluate(() => {
      (window as { sinceLoad?: boolean }).sinceLoad = true;
    });
    const { event } = await (await admin.api.get("/api/events/demo-entry-practice")).json();
    const put = await admin.api.put(
      `/api/events/demo-entry-practice/sheets/${evaluator.id}/${event.projectIds[1]}`,
      {
        headers: admin.headers,
        data: {
          scores: {
            progress: 28,
            investment: 18,
            technology: 18,
            site_management: 14,
            benefit: 13,
          },
          vote: "satisfied",
          reason: "e2e: wall live",
        },
      },
    );
    expect(put.ok()).toBe(true);
    // Others may write at the same time: "more", not "exactly one more".
    await expect.poll(submitted, { timeout: 5000 }).toBeGreaterThan(before);
    expect(await page.evaluate(() => (window as { sinceLoad?: boolean }).sinceLoad === true)).toBe(
      true,
    );
    await admin.api.dispose();
  });

  test("keeps rotating while sheets arrive faster than its interval", async ({
    page,
    playwright,
    baseURL,
    evaluator,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 评分高峰");
    await page.clock.install();
    await page.goto(
      `/display?token=${token}&panels=ranking,progress&interval=2&event=demo-entry-practice`,
    );
    const main = activePanel(page);
    await expect(main).toHaveAttribute("data-active-panel", "ranking");
    await pauseClock(page);
    const { event } = await (await admin.api.get("/api/events/demo-entry-practice")).json();
    // A sheet every 0.7 s of the screen's time for 7 s (from this journey's own evaluator): each one reaches
    // the screen and is refetched, and the 2-second rotation must go on regardless.
    const seen = new Set<string>();
    let changes = 0;
    let last = "ranking";
    for (let i = 0; i < 10; i++) {
      const put = await admin.api.put(
        `/api/events/demo-entry-practice/sheets/${evaluator.id}/${event.projectIds[2]}`,
        {
          headers: admin.headers,
          data: {
            scores: {
              progress: 20 + (i % 2),
              investment: 15,
              technology: 15,
              site_management: 12,
              benefit: 11,
            },
            vote: "satisfied",
            reason: "e2e: 评分高峰",
          },
        },
      );
      expect(put.ok()).toBe(true);
      await runClock(page, 700);
      const now = (await main.getAttribute("data-active-panel")) ?? "";
      if (now !== last) changes++;
      last = now;
      seen.add(now);
    }
    expect(seen).toEqual(new Set(["ranking", "progress"]));
    expect(changes).toBeGreaterThanOrEqual(2);
    await admin.api.dispose();
  });

  test("a panel whose data fails is skipped and the rotation goes on", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 故障面板");
    await page.route("**/api/events/*/results*", (route) =>
      route.fulfill({
        status: 500,
        contentType: "application/json",
        body: '{"error":{"code":"internal","message":"x"}}',
      }),
    );
    // The query gives up after its retries, which takes longer on a busy machine: wait for the
    // screen to mark the panel as skipped, then watch the rotation go on without it.
    await page.clock.install();
    await page.goto(`/display?token=${token}&panels=ranking,progress,map&interval=2`);
    const main = activePanel(page);
    await expect(main).toHaveAttribute("data-skipped-panels", /ranking/, { timeout: 25_000 });
    await pauseClock(page);
    await runClock(page, 2000);
    await expect(main).not.toHaveAttribute("data-active-panel", "ranking");
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push((await main.getAttribute("data-active-panel")) ?? "");
      await runClock(page, 2000);
    }
    expect(seen).not.toContain("ranking");
    expect(new Set(seen)).toEqual(new Set(["progress", "map"]));
    await admin.api.dispose();
  });

  test("says so when the live stream fails, keeps the data, and recovers by itself", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 断线");
    await page.route("**/api/live*", (route) => route.abort());
    await page.goto(`/display?token=${token}&panels=ranking&interval=600`);
    const badge = page.locator(".wd-panel.is-active .wd-badge");
    await expect(badge).toContainText("连接中断", { timeout: 10_000 });
    await expect(page.locator(".wd-panel.is-active .wd-table").first()).toBeVisible();
    await page.unroute("**/api/live*");
    await expect(badge).toHaveCount(0, { timeout: 15_000 });
    await admin.api.dispose();
  });

  test("reloads itself once a night at the set hour, and not before", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 夜间重载");
    // The browser's clock, in the screen's time zone (Asia/Shanghai), runs on from 02:58:30.
    await page.clock.install({ time: new Date("2023-02-24T02:58:30+08:00") });
    await page.goto(`/display?token=${token}&panels=ranking&interval=600&reload=03:00`);
    await expect(activePanel(page)).toHaveAttribute("data-active-panel", "ranking");
    const marked = () =>
      page.evaluate(() => (window as { sinceLoad?: boolean }).sinceLoad === true);
    await page.evaluate(() => {
      (window as { sinceLoad?: boolean }).sinceLoad = true;
    });
    // Due, the screen first asks the server whether it is up: no such request means no reload.
    const checks = countRequests(page, "/display");
    await page.clock.fastForward("01:00"); // 02:59:30: not yet
    await settle(page);
    expect(checks()).toBe(0);
    expect(await marked()).toBe(true);
    const reloaded = page.waitForEvent("load");
    await page.clock.fastForward("01:00"); // 03:00:30
    await reloaded;
    await expect(activePanel(page)).toHaveAttribute("data-active-panel", "ranking");
    expect(await marked()).toBe(false);
    await admin.api.dispose();
  });

  test("reloads itself when a new build is deployed, and not for the same build", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 新版本");
    await page.clock.install();
    await page.goto(`/display?token=${token}&panels=ranking&interval=600`);
    await expect(activePanel(page)).toHaveAttribute("data-active-panel", "ranking");
    const marked = () =>
      page.evaluate(() => (window as { sinceLoad?: boolean }).sinceLoad === true);
    await page.evaluate(() => {
      (window as { sinceLoad?: boolean }).sinceLoad = true;
    });
    // The screen asks for /display every 5 minutes; the same build changes nothing.
    const navigations = countNavigations(page);
    const sameBuild = page.waitForResponse((r) => new URL(r.url()).pathname === "/display");
    await page.clock.fastForward("05:30");
    await (await sameBuild).finished();
    await settle(page);
    expect(navigations()).toBe(0);
    expect(await marked()).toBe(true);
    // Now the server serves a page that names another entry script: a deployment.
    await page.route("**/display", async (route) => {
      const served = await route.fetch();
      const html = (await served.text()).replace(
        /(<script[^>]*type="module"[^>]*src=")([^"]+)"/,
        '$1/assets/index-next-build.js"',
      );
      await route.fulfill({ response: served, body: html });
    });
    const reloaded = page.waitForEvent("load");
    await page.clock.fastForward("05:30");
    await reloaded;
    await expect(activePanel(page)).toHaveAttribute("data-active-panel", "ranking");
    expect(await marked()).toBe(false);
    await admin.api.dispose();
  });

  test("outside its active hours the screen is blank, and inside them it shows", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 定时");
    // 03:00 in the screen's time zone (the context runs in Asia/Shanghai).
    await page.clock.setFixedTime(new Date("2023-02-24T03:00:00+08:00"));
    await page.goto(`/display?token=${token}&hours=07:30-20:00&panels=ranking`);
    await expect(page.locator("[data-blank]")).toBeVisible();
    await expect(page.locator("main[data-active-panel]")).toHaveCount(0);
    await page.clock.setFixedTime(new Date("2023-02-24T09:00:00+08:00"));
    await page.reload();
    await expect(page.locator("main[data-active-panel]")).toHaveAttribute(
      "data-active-panel",
      "ranking",
    );
    await expect(page.locator("[data-blank]")).toHaveCount(0);
    await admin.api.dispose();
  });

  test("a revoked or missing token shows what to do, never a sign-in form", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { id, token } = await admin.issue("e2e 撤销");
    await admin.revoke(id);
    await page.goto(`/display?token=${token}`);
    await expect(page.getByRole("heading", { name: "此大屏链接已失效" })).toBeVisible();
    await expect(page.getByText("请管理员")).toBeVisible();
    await expect(page.locator("input[type=password]")).toHaveCount(0);
    await page.goto("/display");
    await expect(page.getByRole("heading", { name: "此大屏链接缺少访问令牌" })).toBeVisible();
    await admin.api.dispose();
  });

  test("with many projects on yellow or red, the list shows the worst and counts the rest", async ({
    page,
    playwright,
    baseURL,
  }, testInfo) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 多项落后");
    // Every project late: the box must not overflow; it says how many more there are.
    await page.route("**/api/projects", async (route) => {
      const served = await route.fetch();
      const body = await served.json();
      for (const p of body.projects) p.status = p.status === "green" ? "yellow" : p.status;
      await route.fulfill({ response: served, json: body });
    });
    await page.goto(`/display?token=${token}&panels=progress&interval=600`);
    await expect(page.getByText("另有 12 个黄灯、红灯项目，见左侧进度条。")).toBeVisible();
    await expect(page.locator(".wd-behind__list > li")).toHaveCount(6);
    const overflow = await page.evaluate(() => {
      const box = document.querySelector(".wd-panel.is-active .wd-behind") as HTMLElement;
      return box.scrollHeight - box.clientHeight;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath("wall-progress-all-late.png") });
    await admin.api.dispose();
  });

  test("with no inspection at all, the ranking panel says so instead of loading forever", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 无活动");
    await page.route("**/api/events", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"events":[]}' }),
    );
    await page.goto(`/display?token=${token}&panels=ranking&interval=600`);
    await expect(page.getByText("尚无评议活动：评分开始后，这里显示实时排名。")).toBeVisible();
    await admin.api.dispose();
  });

  test("a screen that is showing learns within seconds that its token was revoked", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { id, token } = await admin.issue("e2e 放映中撤销");
    await page.goto(`/display?token=${token}&panels=ranking&interval=600`);
    await expect(page.locator(".wd-panel.is-active .wd-table").first()).toBeVisible();
    await admin.revoke(id);
    // No reload and no change of data: the server ends the stream and the screen asks again.
    await expect(page.getByRole("heading", { name: "此大屏链接已失效" })).toBeVisible({
      timeout: 15_000,
    });
    await admin.api.dispose();
  });

  test("a bad parameter falls back to its default and is noted in a strip", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 参数");
    await page.goto(
      `/display?token=${token}&panels=progress,bogus&interval=abc&lang=fr&event=no-such-event&reload=soon`,
    );
    await expect(
      page.getByText("参数 panels=progress,bogus 含无效项，已使用 progress"),
    ).toBeVisible();
    await expect(page.getByText("参数 interval=abc 无效，已使用默认值 20")).toBeVisible();
    await expect(page.getByText("参数 reload=soon 无效，已忽略")).toBeVisible();
    // The default is the dashboard's event, not the open practice one.
    await expect(
      page.getByText("参数 event=no-such-event 无效，已使用默认值 2023-02-24-inspection"),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "计划与进度" })).toBeVisible();
    await admin.api.dispose();
  });
});

// The tightest format (16:9) with the longest texts: every project's name, reason and figures fit.
test.describe("wall screen spotlight at 1920×1080", () => {
  for (const lang of ["zh", "en"] as const) {
    test(`every project fits the spotlight in ${lang}`, async ({ page, playwright, baseURL }) => {
      const admin = await adminApi(playwright, baseURL);
      const { token } = await admin.issue(`e2e 聚焦 ${lang}`);
      await page.goto(
        `/display?token=${token}&panels=spotlight,progress&interval=600&lang=${lang}`,
      );
      const overflowing: string[] = [];
      for (let n = 1; n <= 18; n++) {
        await expect(page.locator(".wd-panel.is-active .wd-spot__count")).toHaveText(
          lang === "zh" ? `${n} / 18` : `${n} of 18`,
        );
        overflowing.push(
          ...(await page.evaluate(() => {
            const panel = document.querySelector(".wd-panel.is-active") as HTMLElement;
            const bottom = panel.getBoundingClientRect().bottom;
            const name = panel.querySelector(".wd-spot__name") as HTMLElement;
            const parts = [name, ...panel.querySelectorAll<HTMLElement>(".wd-spot__why, .wd-fact")];
            // A line cut by the clamp would add a whole line to the scroll height; glyphs taller
            // than the line box add a few pixels only.
            const halfLine = (el: HTMLElement) =>
              Number.parseFloat(getComputedStyle(el).lineHeight) / 2;
            return parts
              .filter(
                (el) =>
                  el.getBoundingClientRect().bottom > bottom + 1 ||
                  el.scrollWidth > el.clientWidth + 1 ||
                  el.scrollHeight > el.clientHeight + halfLine(el),
              )
              .map((el) => `${name.textContent}: ${el.className} "${el.textContent}"`);
          })),
        );
        // Two steps: through the progress panel and back to the next project.
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
      }
      expect(overflowing).toEqual([]);
      // And the progress panel's list of projects behind plan stays inside its box.
      await page.keyboard.press("ArrowRight");
      const behind = await page.evaluate(() => {
        const box = document.querySelector(".wd-panel.is-active .wd-behind") as HTMLElement;
        return box.scrollWidth - box.clientWidth;
      });
      expect(behind).toBeLessThanOrEqual(0);
      await admin.api.dispose();
    });
  }
});

/**
 * A wall screen on a server of its own (the shared one must stay up for the others), showing the
 * ranking with a controllable clock: what the journeys below stop, freeze and restart.
 */
async function screenOnOwnServer(
  page: Page,
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  journey: "wallRestart" | "wallHang",
) {
  const server = ownServer(journey);
  try {
    await server.start();
    const admin = await adminApi(playwright, server.url);
    const { token } = await admin.issue(`e2e ${journey}`);
    await admin.api.dispose();
    await page.clock.install();
    await page.goto(`/display?token=${token}&panels=ranking&interval=600`);
    const table = page.locator(".wd-panel.is-active .wd-table").first();
    const badge = page.locator(".wd-panel.is-active .wd-badge");
    await expect(table).toBeVisible();
    await expect(badge).toHaveCount(0);
    return { server, table, badge };
  } catch (error) {
    await server.dispose(); // no server left holding the port for the next run
    throw error;
  }
}

const ownServerOptions = (journey: "wallRestart" | "wallHang") => ({
  baseURL: ownServerUrl(journey),
  allowedConsoleErrors: [/Failed to load resource|net::ERR_|EventSource/],
});

test.describe("wall screen when its server stops", () => {
  test.use(ownServerOptions("wallRestart"));

  test("keeps the last data with a stale badge, and recovers without a reload when the server returns", async ({
    page,
    playwright,
  }) => {
    test.setTimeout(120_000);
    const { server, table, badge } = await screenOnOwnServer(page, playwright, "wallRestart");
    try {
      await page.evaluate(() => {
        (window as { sinceLoad?: boolean }).sinceLoad = true;
      });
      await server.kill();
      await expect(badge).toContainText("连接中断", { timeout: 15_000 });
      await expect(table).toBeVisible();
      // Six minutes without the server: past the threshold, the badge says how old the data is,
      // and the build check and the polls that fail meanwhile change nothing on screen.
      await page.clock.fastForward("06:00");
      await expect(badge).toContainText(/数据已过期 \d+ 分钟/);
      await expect(table).toBeVisible();

      await server.start();
      await expect(badge).toHaveCount(0, { timeout: 30_000 });
      await expect(table).toBeVisible();
      // Recovered in place: the page was never reloaded.
      expect(
        await page.evaluate(() => (window as { sinceLoad?: boolean }).sinceLoad === true),
      ).toBe(true);
    } finally {
      await server.dispose();
    }
  });
});

test.describe("wall screen when its server hangs", () => {
  test.use(ownServerOptions("wallHang"));

  test("notices a server that hangs with the connection open, and recovers when it resumes", async ({
    page,
    playwright,
  }) => {
    test.setTimeout(120_000);
    const { server, table, badge } = await screenOnOwnServer(page, playwright, "wallHang");
    try {
      // Frozen: the stream stays open but its pings stop. No error ever comes from the browser;
      // the screen must notice the silence by itself.
      server.freeze();
      await page.clock.fastForward("01:00");
      await expect(badge).toContainText("连接中断");
      await expect(table).toBeVisible();

      server.thaw();
      await page.clock.fastForward("00:20");
      await expect(badge).toHaveCount(0, { timeout: 30_000 });
    } finally {
      await server.dispose();
    }
  });
});

// Laid out at the screen's native size: the title shows and nothing scrolls, at each wall format.
// The last: a 4K panel run at 200 % (common on wall PCs), drawn for two device pixels per CSS pixel.
for (const [width, height, scale] of [
  [1920, 1080, 1],
  [3840, 2160, 1],
  [2560, 1080, 1],
  [1920, 1200, 1],
  [1920, 1080, 2],
] as const) {
  test.describe(`wall screen at ${width}×${height}${scale > 1 ? ` @${scale}x` : ""}`, () => {
    test.use({ viewport: { width, height }, deviceScaleFactor: scale });

    test("shows the panel title without any scrolling, and is photographed", async ({
      page,
      playwright,
      baseURL,
    }, testInfo) => {
      const admin = await adminApi(playwright, baseURL);
      const { token } = await admin.issue(`e2e ${width}×${height}`);
      await page.goto(
        `/display?token=${token}&panels=overview,ranking,progress,map,spotlight&interval=600`,
      );
      // Photographed as the room sees it: the full-screen button goes once the mouse is idle.
      await expect(page.locator(".wd-fullscreen")).toHaveClass(/is-hidden/, { timeout: 6000 });
      for (const [panel, title] of [
        ["overview", "总览"],
        ["ranking", "评分排名"],
        ["progress", "计划与进度"],
        ["map", "项目分布"],
        ["spotlight", "项目聚焦"],
      ] as const) {
        await expect(activePanel(page)).toHaveAttribute("data-active-panel", panel);
        await expect(page.locator(".wd-panel.is-active h2")).toHaveText(title);
        await expect(page.locator(".wd-panel.is-active h2")).toBeInViewport();
        const scroll = await page.evaluate(() => {
          const e = document.scrollingElement ?? document.documentElement;
          return { x: e.scrollWidth - e.clientWidth, y: e.scrollHeight - e.clientHeight };
        });
        expect(scroll).toEqual({ x: 0, y: 0 });
        // Nothing of the panel's content runs past its box (the map's own layers aside).
        const outside = await page.evaluate(() => {
          const panel = document.querySelector(".wd-panel.is-active") as HTMLElement;
          const box = panel.getBoundingClientRect();
          return [...panel.querySelectorAll<HTMLElement>(".wd-panel__body *")]
            .filter((el) => !el.closest(".leaflet-container"))
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1);
            })
            .map((el) => `${el.className} "${el.textContent?.slice(0, 30)}"`);
        });
        expect(outside, panel).toEqual([]);
        // Let charts and the map settle before the picture.
        await untilStill(page, ".wd-panel.is-active");
        await page.screenshot({
          path: testInfo.outputPath(`wall-${panel}-${width}x${height}@${scale}x.png`),
        });
        await page.keyboard.press("ArrowRight");
      }
      await admin.api.dispose();
    });
  });
}

/** Whether two boxes share any area (touching edges do not count). */
type Rect = { x: number; y: number; width: number; height: number };
const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

test.describe("the wall as its viewers expect", () => {
  test("opened without an event, it shows the dashboard's event and the same score", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 同一活动");
    // The dashboard: 联东U谷 in the published 2023-02-24 inspection.
    await page.goto("/projects/liandong-u-valley-chaohai");
    const card = page.locator(".detail-score");
    await expect(card.locator(".detail-score__event")).toContainText("全区重点项目现场观摩会");
    const figures = card.locator(".detail-score__big dd");
    await expect(figures.nth(0)).toHaveText("78.73");
    await expect(figures.nth(1)).toContainText("第 12 名");

    // The wall, opened by a link that names no event, says the same in every panel with scores.
    await page.goto(`/display?token=${token}&panels=spotlight,ranking,overview&interval=600`);
    const panel = page.locator(".wd-panel.is-active");
    await expect(panel.locator(".wd-spot__name")).toHaveText("联东U谷即墨潮海智造港项目");
    await expect(panel.locator(".wd-score__value")).toHaveText("78.73");
    await expect(panel.locator(".wd-score__rank").first()).toHaveText("类内第 12 名");
    // The rate is named for what it counts, and the split beside it shows how much is only 基本满意.
    const { results } = await (
      await page.request.get("/api/events/2023-02-24-inspection/results")
    ).json();
    const votes = results.find(
      (r: { projectId: string }) => r.projectId === "liandong-u-valley-chaohai",
    ).steps.votes;
    await expect(panel.locator(".wd-score__rank").nth(1)).toContainText("满意及基本满意");
    await expect(panel.locator(".wd-score__votes")).toHaveText(
      `满意 ${votes.satisfied} · 基本满意 ${votes.basically_satisfied} · 不满意 ${votes.unsatisfied}`,
    );
    await expect(panel.locator(".wd-eventname")).toHaveAttribute(
      "data-event-id",
      "2023-02-24-inspection",
    );
    await page.keyboard.press("ArrowRight");
    const row = panel.locator("tr", { hasText: "联东U谷即墨潮海智造港项目" });
    await expect(row.locator(".wd-table__rank")).toHaveText("12");
    await expect(row.locator(".wd-table__score")).toHaveText("78.73");
    await expect(row.locator(".wd-table__votes")).toHaveText(
      `${votes.satisfied}/${votes.basically_satisfied}/${votes.unsatisfied}`,
    );
    await expect(panel.locator(".wd-head__sub .wd-eventname")).toHaveText(
      "评分：全区重点项目现场观摩会（2023年2月24日）",
    );
    await admin.api.dispose();
  });

  test("every panel that shows a score names its event, the default or the one the link names", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 面板活动");
    const scored = ["overview", "map", "ranking", "spotlight"];
    for (const [query, eventId, text] of [
      ["", "2023-02-24-inspection", "全区重点项目现场观摩会（2023年2月24日）"],
      [
        "&event=demo-entry-practice",
        "demo-entry-practice",
        "演示：评分录入练习（示意）（2023年3月10日，评分进行中）",
      ],
    ] as const) {
      await page.goto(`/display?token=${token}&panels=${scored.join(",")}&interval=600${query}`);
      for (const id of scored) {
        await expect(activePanel(page)).toHaveAttribute("data-active-panel", id);
        const name = page.locator(".wd-panel.is-active .wd-eventname").first();
        await expect(name, id).toBeVisible();
        await expect(name, id).toHaveAttribute("data-event-id", eventId);
        await expect(name, id).toContainText(text);
        await page.keyboard.press("ArrowRight");
      }
    }
    await admin.api.dispose();
  });

  test("the overview comes first and keeps the key figures, the lights and both ends of the ranking on screen", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 总览");
    const projects = (await (await admin.api.get("/api/projects")).json()).projects as {
      status: string;
    }[];
    const count = (light: string) => String(projects.filter((p) => p.status === light).length);
    // No panels named: the default rotation, which starts with the overview.
    await page.goto(`/display?token=${token}`);
    await expect(activePanel(page)).toHaveAttribute("data-active-panel", "overview");
    const panel = page.locator(".wd-panel.is-active");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("总览");
    await expect(panel.locator("[data-figure=projects] .wd-ov__value")).toHaveText("18");
    await expect(panel.locator("[data-figure=investment] dt")).toHaveText("总投资");
    await expect(panel.locator("[data-figure=ytd] .wd-ov__value")).toHaveText(/^\d+\.\d%$/);
    for (const light of ["green", "yellow", "red"])
      await expect(panel.locator(`[data-light=${light}] .wd-ov__count`)).toHaveText(count(light));
    // The top three and the bottom three of manufacturing; urban renewal's two in full.
    const manufacturing = panel.locator(".wd-ov__column--manufacturing .wd-ov__rank");
    await expect(manufacturing).toHaveText(["1", "2", "3", "14", "15", "16"]);
    await expect(panel.locator(".wd-ov__column--manufacturing .wd-ov__row").first()).toContainText(
      "奇瑞汽车青岛基地项目88.39",
    );
    await expect(panel.locator(".wd-ov__column--urban_renewal .wd-ov__rank")).toHaveText([
      "1",
      "2",
    ]);
    // All of it inside the screen at once.
    for (const part of await panel.locator(".wd-ov__figure, .wd-ov__row").all())
      await expect(part).toBeInViewport({ ratio: 1 });
    await admin.api.dispose();
  });

  test("map points carry their short names, red and yellow ones always, none over another", async ({
    page,
    playwright,
    baseURL,
  }, testInfo) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 地图标注");
    await page.goto(`/display?token=${token}&panels=map&interval=600`);
    const labels = page.locator(".wd-maplabel");
    await expect(labels).toHaveCount(18);
    await expect(page.locator(".wd-maplabel--red[data-placed=true]")).toHaveCount(2);
    await expect(page.locator(".wd-maplabel--yellow[data-placed=true]")).toHaveCount(4);
    await expect(page.locator(".wd-maplabel--red", { hasText: "新材料产业园新旧…" })).toBeVisible();
    await untilStill(page, ".wd-panel.is-active");
    const boxes = await page.evaluate(() => {
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      return {
        labels: [...document.querySelectorAll(".wd-maplabel[data-placed=true]")].map(rect),
        markers: [...document.querySelectorAll(".leaflet-marker-icon")].map(rect),
        legend: rect(document.querySelector(".wd-legend") as Element),
      };
    });
    expect(boxes.labels.length).toBeGreaterThanOrEqual(6);
    for (const [i, a] of boxes.labels.entries()) {
      for (const b of boxes.labels.slice(i + 1)) expect(intersects(a, b)).toBe(false);
      for (const m of boxes.markers) expect(intersects(a, m)).toBe(false);
      expect(intersects(a, boxes.legend)).toBe(false);
    }
    await page.screenshot({ path: testInfo.outputPath("wall-map-labels.png") });
    await admin.api.dispose();
  });

  test("a wall link opened on a phone reads down one column, with no sideways scroll", async ({
    page,
    playwright,
    baseURL,
  }, testInfo) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 手机");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/display?token=${token}&panels=map&interval=600`);
    const kpiLabels = page.locator(".wd-panel.is-active .wd-kpi dt");
    await expect(kpiLabels).toHaveCount(5);
    await untilStill(page, ".wd-panel.is-active");
    const layout = await page.evaluate(() => {
      // How many lines a piece of text is laid out on, and whether it is cut at its box's edge.
      const lines = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      return {
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
        title: lines(document.querySelector(".wd-panel.is-active .wd-head__title") as Element),
        labels: [...document.querySelectorAll(".wd-panel.is-active .wd-kpi dt")].map((dt) => ({
          text: dt.textContent,
          lines: lines(dt),
          cut: dt.scrollWidth > dt.clientWidth,
        })),
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    // The map keeps a readable height, and the figures follow below it.
    expect(layout.scrollHeight).toBeGreaterThan(844);
    expect(layout.title).toBe(1);
    for (const label of layout.labels)
      expect(label, label.text ?? "").toMatchObject({ lines: 1, cut: false });
    await kpiLabels.last().scrollIntoViewIfNeeded();
    await expect(kpiLabels.last()).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: testInfo.outputPath("wall-phone-map.png"), fullPage: true });
    await admin.api.dispose();
  });

  test("a note about a bad parameter covers no row of the ranking", async ({
    page,
    playwright,
    baseURL,
  }, testInfo) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 参数条");
    await page.goto(
      `/display?token=${token}&panels=ranking&interval=abc&lang=fr&reload=soon&event=no-such-event`,
    );
    const notes = page.locator(".wd-notes");
    await expect(notes.locator("li")).toHaveCount(4);
    await expect(page.locator(".wd-panel.is-active tbody tr")).toHaveCount(18);
    const note = await notes.boundingBox();
    expect(note).not.toBeNull();
    for (const row of await page.locator(".wd-panel.is-active tbody tr").all()) {
      const box = await row.boundingBox();
      expect(box && note && intersects(box, note)).toBe(false);
      await expect(row).toBeInViewport({ ratio: 1 });
    }
    await page.screenshot({ path: testInfo.outputPath("wall-ranking-with-notes.png") });
    await admin.api.dispose();
  });

  test("every bar is as long as its value from zero", async ({ page, playwright, baseURL }) => {
    const admin = await adminApi(playwright, baseURL);
    const { token } = await admin.issue("e2e 条形");
    // One project far past its year plan: its bar is full and marked cut, not longer.
    await page.route("**/api/projects", async (route) => {
      const served = await route.fetch();
      const body = await served.json();
      body.projects[0].statusExplanation.ytdCompletionPct = 140;
      await route.fulfill({ response: served, json: body });
    });
    await page.goto(`/display?token=${token}&panels=progress,ranking&interval=600`);
    await expect(page.locator(".wd-panel.is-active .wd-bars__track")).toHaveCount(18);
    const bars = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".wd-panel.is-active .wd-bars__track")].map(
        (track) => {
          const t = track.getBoundingClientRect();
          const f = (track.querySelector(".wd-bars__fill") as HTMLElement).getBoundingClientRect();
          return {
            value: Number(track.dataset.value),
            start: f.left - t.left,
            share: (f.width / t.width) * 100,
            cut: track.classList.contains("is-beyond"),
          };
        },
      ),
    );
    expect(bars).toHaveLength(18);
    for (const bar of bars) {
      expect(bar.start).toBeCloseTo(0, 0);
      expect(bar.share).toBeCloseTo(Math.min(100, bar.value), 0);
      expect(bar.cut).toBe(bar.value > 100);
    }
    // The ranking's one bar (sheets in) is a share of the expected count, from zero.
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".wd-panel.is-active .wd-event__count")).toBeVisible();
    const sheets = await page.evaluate(() => {
      const bar = document.querySelector(".wd-panel.is-active .wd-bar") as HTMLElement;
      const fill = bar.querySelector(".wd-bar__fill") as HTMLElement;
      const text = document.querySelector(".wd-panel.is-active .wd-event__count")?.textContent;
      const [n, m] = (/(\d+)\/(\d+)/.exec(text ?? "") ?? []).slice(1).map(Number);
      return {
        start: fill.getBoundingClientRect().left - bar.getBoundingClientRect().left,
        share: (fill.getBoundingClientRect().width / bar.getBoundingClientRect().width) * 100,
        expected: ((n ?? 0) / (m ?? 1)) * 100,
      };
    });
    expect(sheets.start).toBeCloseTo(0, 0);
    expect(Math.abs(sheets.share - sheets.expected)).toBeLessThan(1);
    await admin.api.dispose();
  });
});
