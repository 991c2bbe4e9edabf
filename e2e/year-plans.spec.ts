import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import { reviewShot } from "./review-shot";

// A server of its own: a seed project gets a new year, milestones and a replan here.
test.use({ baseURL: ownServerUrl("yearPlans") });

type SeedProject = { id: string; name: string };
const seed = JSON.parse(readFileSync("data/projects.json", "utf8")) as { projects: SeedProject[] };
// Its milestones run to 2023 (the year 数据截至 falls in): 2024 is new.
const project = seed.projects[6] as SeedProject;

const card = (page: Page) => page.getByRole("region", { name: "年度计划" });
const year2024 = (page: Page) => card(page).getByRole("region", { name: "2024年" });

/** Nothing wider than the screen: the page never scrolls sideways. */
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("staff plan next year on a project's page: its investment and milestones, a replan needs a reason, the change log follows", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const server = ownServer("yearPlans");
  try {
    await server.start();
    const context = await browser.newContext({ baseURL: server.url });
    await context.request.post("/api/session", {
      data: { username: "staff", password: "demo-staff" },
    });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/projects/${project.id}`);

    // 1. Next year's plan: a first plan for a year needs no reason.
    await expect(card(page).getByRole("region", { name: "2023年（本年）" })).toBeVisible();
    await card(page).getByRole("button", { name: "添加年度" }).click();
    const addYear = card(page).getByRole("form", { name: "添加年度" });
    await expect(addYear.getByLabel("年度", { exact: true })).toHaveValue("2024");
    await addYear.getByLabel("年度计划投资（亿元）").fill("6.5");
    await addYear.getByRole("button", { name: "保存" }).click();
    await expect(year2024(page)).toContainText("6.5");

    // 2. Two milestones planned in 2024.
    for (const [name, date] of [
      ["三期厂房开工", "2024-03-15"],
      ["三期设备进场", "2024-09-30"],
    ] as const) {
      await year2024(page).getByRole("button", { name: "添加节点：2024年" }).click();
      const form = year2024(page).getByRole("form", { name: "添加节点：2024年" });
      await form.getByLabel("节点名称").fill(name);
      await form.getByLabel("计划日期").fill(date);
      await form.getByRole("button", { name: "保存" }).click();
      await expect(year2024(page).getByRole("rowheader", { name })).toBeVisible();
    }
    await reviewShot(card(page), "year-plans-card-1440");

    // 3. Replanning one: refused without a reason, kept with one, the first plan shown.
    await year2024(page).getByRole("button", { name: "修改：三期厂房开工" }).click();
    const edit = year2024(page).getByRole("form", { name: "修改：三期厂房开工" });
    await edit.getByLabel("计划日期").fill("2024-05-20");
    await edit.getByRole("button", { name: "保存" }).click();
    await expect(edit.getByRole("alert")).toHaveText("调整节点计划须填写理由。");
    await reviewShot(card(page), "year-plans-replan-refused-1440");
    await edit.getByLabel("调整理由（改计划日期时必填）").fill("厂房设计变更");
    await edit.getByRole("button", { name: "保存" }).click();
    await expect(edit).toHaveCount(0);
    const replanned = year2024(page).getByRole("row", { name: /三期厂房开工/ });
    await expect(replanned).toContainText("原计划");
    await expect(replanned).toContainText("5月");

    // 4. Removing the other (never reached), with its reason.
    await year2024(page).getByRole("button", { name: "删除：三期设备进场" }).click();
    const remove = year2024(page).getByRole("form", { name: "删除：三期设备进场" });
    await remove.getByLabel("删除理由").fill("并入厂房开工节点");
    await remove.getByRole("button", { name: "确认删除" }).click();
    await expect(year2024(page).getByRole("rowheader", { name: "三期设备进场" })).toHaveCount(0);

    // 5. The change log shows each change with its reason; the milestones card follows too.
    const log = page.getByRole("region", { name: "修改记录" });
    await expect(log).toContainText("年度计划投资");
    await expect(log).toContainText("2024: — → 6.5");
    await expect(log).toContainText("添加节点");
    await expect(log).toContainText("厂房设计变更");
    await expect(log).toContainText("删除节点");
    await expect(log).toContainText("并入厂房开工节点");
    await expect(page.getByRole("region", { name: "节点计划" })).toContainText("三期厂房开工");
    await reviewShot(log, "year-plans-history-1440");

    // 6. On a phone: rows become cards, nothing scrolls sideways, forms fit.
    await page.setViewportSize({ width: 390, height: 844 });
    await card(page).scrollIntoViewIfNeeded();
    expect(await noSidewaysScroll(page)).toBe(true);
    await year2024(page).getByRole("button", { name: "修改：三期厂房开工" }).click();
    expect(await noSidewaysScroll(page)).toBe(true);
    await reviewShot(card(page), "year-plans-card-390");

    // 7. In English: the card, and the server's refusal of a change without its reason.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/projects/${project.id}?lang=en`);
    const en = page.getByRole("region", { name: "Plan by year" }).getByRole("region", {
      name: "2024",
    });
    await en.getByRole("button", { name: "Change plan" }).click();
    const change = en.getByRole("form", { name: "2024 Change plan" });
    await change.getByLabel("Planned investment (¥100m)").fill("7");
    await change.getByRole("button", { name: "Save" }).click();
    await expect(change.getByRole("alert")).toContainText("needs a reason");
    await reviewShot(en, "year-plans-en-1440");
    const axe = await new AxeBuilder({ page }).include(".year-plans").analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);

    // 8. A leader reads the same plan and changes nothing.
    const leader = await browser.newContext({ baseURL: server.url });
    await leader.request.post("/api/session", {
      data: { username: "leader", password: "demo-leader" },
    });
    const leaderPage = await leader.newPage();
    await leaderPage.setViewportSize({ width: 1440, height: 900 });
    await leaderPage.goto(`/projects/${project.id}`);
    await expect(year2024(leaderPage)).toContainText("三期厂房开工");
    await expect(card(leaderPage).getByRole("button")).toHaveCount(0);
    await reviewShot(card(leaderPage), "year-plans-leader-1440");
    await leader.close();
    await context.close();
  } finally {
    await server.dispose();
  }
});
