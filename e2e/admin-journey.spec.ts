import type { Browser, Page } from "@playwright/test";
import { deskEvaluatorPicker, expect, signInPage, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import { chooseListFile, listNames, projectListWorkbook } from "./project-list-workbook";
import { reviewShot } from "./review-shot";

// A server of its own: five projects and a second inspection join its store.
test.use({ baseURL: ownServerUrl("adminJourney") });

const seedEvent = "2023-02-24-inspection";
const eventId = "inspection-2026-05-20";
/** Two manufacturing projects and one urban renewal, all from the imported list. */
const [equipment, oldTown, battery] = listNames as [string, string, string];
const inspected = [equipment, oldTown, battery];
const labels = Array.from({ length: 8 }, (_, i) => `评委${String(i + 1).padStart(2, "0")}`);
const groupOf = (i: number) => (i < 3 ? "区领导" : i < 6 ? "部门负责人" : "镇街负责人");

/**
 * Each evaluator's four scores per project: the battery base ahead of the equipment park in
 * manufacturing, whatever the trim drops; a little spread between evaluators.
 */
const scoresFor = (project: string, evaluator: number) => {
  const base = {
    [battery]: [27, 18, 17, 28],
    [equipment]: [24, 15, 14, 25],
    [oldTown]: [26, 17, 16, 27],
  }[project] as number[];
  return base.map((s, c) => s - ((evaluator + c) % 3));
};

const section = (page: Page, name: string | RegExp) => page.getByRole("group", { name });

async function signedIn(browser: Browser, url: string, who: "admin" | "staff") {
  const context = await browser.newContext({ baseURL: url });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInPage(page, who);
  return page;
}

test("an admin sets up the year: imports a list, places a project, prepares and opens an inspection that staff score, and the results, map, table and wall follow", async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const server = ownServer("adminJourney");
  const open: Page[] = [];
  try {
    await server.start();
    const admin = await signedIn(browser, server.url, "admin");
    open.push(admin);
    admin.on("dialog", (dialog) => dialog.accept());
    const seedBefore = await (await admin.request.get(`/api/events/${seedEvent}/results`)).json();

    // 1. The year's list: one row refused with its reason, fixed in the file, then imported.
    await admin.goto("/projects");
    await admin.getByRole("button", { name: "导入项目清单" }).click();
    const importPanel = admin.getByRole("region", { name: "导入项目清单" });
    await chooseListFile(admin, await projectListWorkbook("十五亿"));
    const refused = importPanel.locator("tr.project-import__row--refused");
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText("“总投资（亿元）”（十五亿）：不是数字");
    await expect(importPanel.getByRole("button", { name: "确认导入" })).toBeDisabled();
    await chooseListFile(admin, await projectListWorkbook(15));
    await expect(
      importPanel.getByText("新增 5 个，更新 0 个，无变化 0 个，拒绝 0 行"),
    ).toBeVisible();
    await importPanel.getByRole("button", { name: "确认导入" }).click();
    await expect(importPanel.getByText("已导入：新增 5 个项目，更新 0 个项目。")).toBeVisible();

    // 2. The battery base placed on the map by a click: no longer the street's approximate centre.
    const table = admin.locator("table.project-table");
    await table.getByRole("link", { name: battery }).click();
    await admin.getByRole("button", { name: "编辑", exact: true }).click();
    const form = admin.getByRole("form", { name: "编辑项目" });
    await form.getByRole("radio", { name: "点" }).check();
    const picker = form.locator(".place-picker__leaflet");
    await picker.scrollIntoViewIfNeeded();
    const box = await picker.boundingBox();
    if (!box) throw new Error("no place picker");
    await admin.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 - 20);
    await expect(form.getByText("边界之外")).toHaveCount(0);
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "已保存修改" })).toBeVisible();
    const batteryId = admin.url().split("/projects/")[1]?.split("?")[0] ?? "";
    const placed = (await (await admin.request.get(`/api/projects/${batteryId}`)).json()).project;
    expect(placed.geometry.type).toBe("Point");
    expect(placed.provenance.locationApproximate).toBe(false);

    // 3. An inspection of three of them, eight evaluators and four criteria, then opened.
    await admin.goto("/admin/events");
    await admin.getByRole("button", { name: "新建观摩会" }).click();
    const details = section(admin, "基本信息");
    await details.getByLabel("名称").fill("2026年重点项目观摩会");
    await details.getByLabel("日期").fill("2026-05-20");
    await details.getByLabel("地点").fill("区政府第一会议室");
    const projects = section(admin, /观摩项目/);
    for (const name of inspected) {
      await projects.getByLabel("搜索项目名称或类别").fill(name);
      await projects.getByRole("checkbox", { name: new RegExp(name) }).check();
    }
    await expect(projects).toHaveAccessibleName("观摩项目（已选 3 个）");
    const scheme = section(admin, "评分方案");
    await scheme.getByRole("button", { name: "删除第 5 行" }).click();
    await scheme.getByLabel("满分").nth(3).fill("30");
    await expect(scheme).toContainText("满分合计 100");
    const roster = section(admin, /评委名单/);
    await roster
      .getByLabel("粘贴名单")
      .fill(labels.map((l, i) => `${l}\t评委姓名${i + 1}\t${groupOf(i)}\t`).join("\n"));
    await roster.getByRole("button", { name: "加入名单" }).click();
    await expect(roster).toHaveAccessibleName("评委名单（8 人）");
    await admin.getByRole("button", { name: "创建草稿" }).click();
    await expect(admin).toHaveURL(new RegExp(`edit=${eventId}`));
    await admin.getByRole("button", { name: "开启评分" }).click();
    await expect(admin.getByText("已开启评分。")).toBeVisible();

    // 4. Staff enter every sheet at the desk, evaluator by evaluator.
    const staff = await signedIn(browser, server.url, "staff");
    open.push(staff);
    await staff.goto(`/entry?event=${eventId}`);
    const rows = staff.locator(".desk-grid tbody tr");
    for (const [i, label] of labels.entries()) {
      await deskEvaluatorPicker(staff).selectOption({ label: `${label}（${groupOf(i)}）` });
      await expect(rows).toHaveCount(3);
      for (let r = 0; r < 3; r++) {
        const text = (await rows.nth(r).textContent()) ?? "";
        const which = inspected.find((n) => text.includes(n)) as string;
        for (const [c, score] of scoresFor(which, i).entries())
          await staff.locator(`[data-cell="${r}:${c}"]`).fill(String(score));
        await staff.locator(`[data-cell="${r}:5"]`).fill("1");
      }
      await staff.getByRole("button", { name: "保存修改" }).click();
      await expect(staff.getByText("已保存 3 行，失败 0 行。")).toBeVisible({ timeout: 30_000 });
    }
    await expect(staff.getByText("已提交 24/24 份")).toBeVisible();
    await staff.getByRole("button", { name: "改为“已截止”" }).click();
    await expect(staff.getByText("状态已改为“已截止”。")).toBeVisible();

    // 5. The admin publishes; the results rank the three within their categories.
    await admin.goto(`/entry?event=${eventId}`);
    await admin.getByRole("button", { name: "改为“已发布”" }).click();
    await expect(admin.locator(".event-state--published")).toBeVisible();
    await admin.goto(`/results?event=${eventId}`);
    const ranking = admin.locator("table.results-ranking");
    await expect(ranking).toHaveCount(2);
    const manufacturing = ranking.filter({ hasText: battery });
    await expect(manufacturing.locator("tbody tr")).toHaveCount(2);
    await expect(manufacturing.locator("tbody tr").nth(0)).toContainText(battery);
    await expect(manufacturing.locator("tbody tr").nth(1)).toContainText(equipment);
    await expect(ranking.filter({ hasText: oldTown }).locator("tbody tr")).toHaveCount(1);
    await reviewShot(admin, "admin-journey-results-1440", true);

    // 6. The new projects are on the map, in the table and on the wall.
    await admin.goto("/map");
    const markers = admin.locator(".leaflet-marker-pane");
    for (const name of listNames)
      await expect(markers.getByRole("button", { name: new RegExp(name) })).toHaveCount(1);
    await admin.goto("/projects");
    for (const name of listNames)
      await expect(
        admin.locator("table.project-table").getByText(name, { exact: true }),
      ).toHaveCount(1);
    const csrf = (await (await admin.request.get("/api/session")).json()).csrfToken;
    const issued = await admin.request.post("/api/display-tokens", {
      data: { label: "会议室大屏" },
      headers: { "x-csrf-token": csrf },
    });
    const { token } = await issued.json();
    const wall = await browser.newPage({
      baseURL: server.url,
      viewport: { width: 1920, height: 1080 },
    });
    await wall.goto(`/display?token=${token}&panels=ranking&interval=600`);
    for (const name of inspected) await expect(wall.getByText(name).first()).toBeVisible();
    await reviewShot(wall, "admin-journey-wall-1920");
    await wall.close();

    // The seed's inspection is as it was.
    const seedAfter = await (await admin.request.get(`/api/events/${seedEvent}/results`)).json();
    expect(seedAfter).toEqual(seedBefore);
  } finally {
    await server.dispose(...open);
  }
});
