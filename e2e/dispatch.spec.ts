import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInPage, test } from "./fixtures";

type AgendaProject = { id: string; name: string; light: string; reason: { zh: string } };
type Agenda = {
  projects: AgendaProject[];
  unreported: string[];
  reporting: { projectId: string; name: string }[];
  overdueProblems: unknown[];
};

async function agenda(page: Page, period: string): Promise<Agenda> {
  const res = await page.request.get(`/api/dispatch/${period}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Agenda;
}

const section = (page: Page, name: RegExp) =>
  page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name }) });

test.describe("the dispatch meeting", () => {
  test("lists red and yellow projects with their reasons, and who did not report", async ({
    page,
  }) => {
    await signInPage(page, "leader");
    const data = await agenda(page, "2023-02-3");
    await page.goto("/dispatch/2023-02-3");
    await expect(
      page.getByRole("heading", { level: 1, name: "调度会议程 · 2023年2月下旬" }),
    ).toBeVisible();

    const flagged = section(page, /红黄灯项目/);
    await expect(flagged.getByRole("listitem")).toHaveCount(data.projects.length);
    const reds = data.projects.filter((p) => p.light === "red");
    expect(reds.length).toBeGreaterThan(0);
    for (const p of data.projects) {
      const item = flagged.getByRole("listitem").filter({ hasText: p.name });
      await expect(item.getByRole("link", { name: p.name })).toHaveAttribute(
        "href",
        `/projects/${p.id}`,
      );
      await expect(item).toContainText(p.reason.zh);
      await expect(item).toContainText(p.light === "red" ? "红灯" : "黄灯");
    }
    // Red ones come first.
    await expect(flagged.getByRole("listitem").first()).toContainText("红灯");

    // 未报: the seed has every report, so the section says so with its count.
    const reporting = section(page, /旬报报送/);
    await expect(reporting.getByRole("heading", { level: 2 })).toContainText(
      `未报 ${data.unreported.length}`,
    );
    await expect(reporting.getByRole("heading", { name: /^未报（0）/ })).toBeVisible();
    await expect(reporting).toContainText("无未报项目");

    // Problems by unit: the overdue ones are listed with their days.
    const problems = section(page, /问题（按责任单位）/);
    await expect(problems.getByRole("heading", { level: 2 })).toContainText(
      `超期未办结 ${data.overdueProblems.length}`,
    );

    // The reason's project link opens the project page.
    const first = data.projects[0] as AgendaProject;
    await flagged.getByRole("link", { name: first.name }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${first.id}$`));
  });

  test("prints on A4 without the app's navigation", async ({ page }) => {
    await signInPage(page, "staff");
    await page.goto("/dispatch/2023-02-3");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".app-header")).toBeHidden();
    await expect(page.getByRole("button", { name: "打印（A4）" })).toBeHidden();
    await expect(section(page, /红黄灯项目/)).toBeVisible();
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  });
});

test.describe("refusals the dispatch page explains", () => {
  // The browser logs the API's refusals itself; the page's own words are what is checked.
  test.use({ allowedConsoleErrors: [/status of 40[14]/] });

  test("a malformed or unknown 旬 is explained", async ({ page }) => {
    await signInPage(page, "staff");
    await page.goto("/dispatch/2023-02-4");
    await expect(page.getByRole("alert")).toContainText("不是有效的旬");
    await page.goto("/dispatch/2030-01-1");
    await expect(page.getByRole("alert")).toContainText("2030-01-1 没有任何旬报");
  });

  test("the overview links to the latest 旬's agenda, and a visitor is asked to sign in", async ({
    page,
  }) => {
    await page.goto("/");
    const link = page.getByRole("link", { name: "2023年2月下旬调度会议程" });
    await expect(link).toHaveAttribute("href", "/dispatch/2023-02-3");
    // Opened as a fresh page, as a shared link would be.
    await page.goto("/dispatch/2023-02-3");
    await expect(page.getByText("调度会议程仅供工作人员和领导查看")).toBeVisible();
    await expect(page.getByRole("link", { name: "登录" }).last()).toHaveAttribute(
      "href",
      "/sign-in?next=%2Fdispatch%2F2023-02-3",
    );
  });
});

test("a project page's light timeline shows when it turned red, and why", async ({ page }) => {
  const id = "new-materials-park-upgrade";
  const lights = await (await page.request.get(`/api/projects/${id}/lights`)).json();
  const turnedRed = (lights.changes as { period: string; light: string; reason: { zh: string } }[])
    .filter((c) => c.light === "red")
    .at(-1);
  expect(turnedRed?.period).toBe("2022-05-2");

  await page.goto(`/projects/${id}`);
  const card = section(page, /状态灯历程/);
  const strip = card.getByRole("list", { name: /每旬末的状态灯/ });
  await expect(strip.getByRole("listitem")).toHaveCount(lights.lights.length);
  await expect(strip.getByText("2023年2月下旬：红灯")).toBeAttached();
  const change = card.locator('.light-timeline__changes li[data-period="2022-05-2"]');
  await expect(change).toContainText("2022年5月中旬：黄灯 → 红灯");
  await expect(change).toContainText(turnedRed?.reason.zh ?? "");
});

async function seriousViolations(page: Page) {
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test.describe("accessibility of the agenda and the timeline", () => {
  test("the agenda and a red project's timeline have no serious or critical violations", async ({
    page,
  }) => {
    await signInPage(page, "leader");
    await page.goto("/dispatch/2023-02-3");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto("/projects/new-materials-park-upgrade");
    await expect(page.locator(".light-timeline__strip")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test("the agenda needs no sideways scroll", async ({ page }) => {
      await signInPage(page, "staff");
      await page.goto("/dispatch/2023-02-3?lang=en");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});

// Screenshots for a person to look at: only when asked for, into the folder named.
test("screenshots of the agenda and the timeline", async ({ page }) => {
  const dir = process.env.DISPATCH_SHOTS;
  test.skip(!dir, "DISPATCH_SHOTS not set");
  mkdirSync(dir as string, { recursive: true });
  await signInPage(page, "leader");
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto("/dispatch/2023-02-3");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({ path: join(dir as string, `dispatch-${w}x${h}.png`), fullPage: true });
    await page.screenshot({ path: join(dir as string, `dispatch-${w}x${h}-screen.png`) });
    await page.goto("/projects/new-materials-park-upgrade");
    const card = section(page, /状态灯历程/);
    await expect(card.getByRole("list").first()).toBeVisible();
    await card.screenshot({ path: join(dir as string, `timeline-${w}x${h}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/dispatch/2023-02-3?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: join(dir as string, "dispatch-en-1440x900.png"), fullPage: true });
  await page.goto("/dispatch/2023-02-3?lang=zh");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(dir as string, "dispatch-print.png"), fullPage: true });
  await page.pdf({ path: join(dir as string, "dispatch-a4.pdf"), format: "A4" });
});
