import type { Page } from "@playwright/test";
import { deskEvaluatorPicker, expect, signInPage, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import { reviewShot } from "./review-shot";

// A server of its own: the inspection created and opened here must not join the shared server's.
test.use({
  baseURL: ownServerUrl("eventsAdmin"),
  // The refusal below is an answer the page shows; the browser also logs its status.
  allowedConsoleErrors: [/status of 400/],
});

const projects = ["奇瑞汽车青岛基地项目", "营流片区改造", "地铁7号线二期"];
const labels = Array.from({ length: 8 }, (_, i) => `评委${String(i + 1).padStart(2, "0")}`);
const groups = [
  "区领导",
  "区领导",
  "区领导",
  "部门负责人",
  "部门负责人",
  "部门负责人",
  "镇街负责人",
  "镇街负责人",
];
const rosterRows = labels.map((l, i) => `${l}\t评委姓名${i + 1}\t${groups[i]}\t`);

const section = (page: Page, name: string | RegExp) => page.getByRole("group", { name });

test("an admin prepares an inspection of three projects with eight evaluators and four criteria, opens it, and the desk scores exactly those", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const server = ownServer("eventsAdmin");
  try {
    await server.start();
    page.on("dialog", (dialog) => dialog.accept());
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInPage(page, "admin");
    await page.goto("/");
    await page.getByRole("link", { name: "观摩会", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/events/);
    await expect(page).toHaveTitle(/^观摩会筹备/);
    await expect(page.getByRole("row", { name: /全区重点项目现场观摩会/ })).toContainText("已发布");

    await page.getByRole("button", { name: "新建观摩会" }).click();
    await expect(page.getByText(/已从“全区重点项目现场观摩会”复制/)).toBeVisible();
    const details = section(page, "基本信息");
    await details.getByLabel("名称").fill("2026年春季重点项目观摩会");
    await details.getByLabel("日期").fill("2026-04-16");
    await details.getByLabel("地点").fill("区政府第一会议室");

    // Three projects of two categories, found by search.
    const picker = section(page, /观摩项目/);
    for (const name of projects) {
      await picker.getByLabel("搜索项目名称或类别").fill(name.slice(0, 4));
      await picker.getByRole("checkbox", { name: new RegExp(name) }).check();
    }
    await expect(picker).toHaveAccessibleName("观摩项目（已选 3 个）");

    // Four criteria: the template's fifth goes, the maxima change to add up to 100.
    const scheme = section(page, "评分方案");
    await scheme.getByRole("button", { name: "删除第 5 行" }).click();
    await scheme.getByLabel("满分").nth(3).fill("30");
    await expect(scheme).toContainText("满分合计 100");

    // The roster, pasted: a row naming a group that does not exist is refused with its number.
    const roster = section(page, /评委名单/);
    const paste = roster.getByLabel("粘贴名单");
    await paste.fill([...rosterRows.slice(0, 7), "评委08\t评委姓名8\t专家组\t"].join("\n"));
    await roster.getByRole("button", { name: "加入名单" }).click();
    await expect(roster.getByRole("alert")).toContainText("第 8 行：没有“专家组”这个评委组");
    await expect(roster.getByTestId("roster-row")).toHaveCount(0);
    await paste.fill(rosterRows.join("\n"));
    await roster.getByRole("button", { name: "加入名单" }).click();
    await expect(roster.getByTestId("roster-row")).toHaveCount(8);
    await expect(roster).toHaveAccessibleName("评委名单（8 人）");

    // A refusal keeps what was typed, and says which field is wrong.
    await details.getByLabel("名称").fill("");
    await page.getByRole("button", { name: "创建草稿" }).click();
    await expect(details.getByRole("alert")).toContainText("不能为空");
    await expect(roster.getByTestId("roster-row")).toHaveCount(8);
    await expect(picker).toHaveAccessibleName("观摩项目（已选 3 个）");
    await details.getByLabel("名称").fill("2026年春季重点项目观摩会");
    await page.getByRole("button", { name: "创建草稿" }).click();
    await expect(page).toHaveURL(/edit=inspection-2026-04-16/);
    await expect(page.getByRole("heading", { name: /编辑草稿：2026年春季/ })).toBeVisible();
    await expect(section(page, /评委名单/).getByTestId("roster-row")).toHaveCount(8);

    // In English the page and the server's refusals are in English too; what was typed stays.
    await page.getByRole("button", { name: /^English/ }).click();
    const enDetails = section(page, "Details");
    await enDetails.getByLabel("Name").fill("");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(enDetails.getByRole("alert")).toContainText("must not be empty");
    await expect(section(page, /^Roster/).getByTestId("roster-row")).toHaveCount(8);
    await enDetails.getByLabel("Name").fill("2026年春季重点项目观摩会");
    await page.getByRole("button", { name: /^中文/ }).click();

    // A recusal, now that the roster is saved.
    const recusals = section(page, "回避");
    await recusals
      .getByLabel("评委", { exact: true })
      .selectOption({ label: "评委08（评委姓名8）" });
    await recusals.getByLabel("项目", { exact: true }).selectOption({ label: projects[1] ?? "" });
    await recusals.getByLabel("回避理由").fill("曾参与该项目设计");
    await recusals.getByRole("button", { name: "登记回避" }).click();
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByText("已保存（第 2 版）。")).toBeVisible();

    await reviewShot(page, `editor-desktop`, true);
    await page.setViewportSize({ width: 390, height: 844 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(390);
    await reviewShot(page, `editor-phone`, true);
    for (const part of ["评分方案", "评委名单", "回避"]) {
      await section(page, new RegExp(`^${part}`)).scrollIntoViewIfNeeded();
      await reviewShot(page, `editor-phone-${part}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole("button", { name: "开启评分" }).click();
    await expect(page.getByText("已开启评分。")).toBeVisible();

    // The desk, with that event chosen, lists exactly its eight evaluators and three projects.
    await page.goto("/entry?event=inspection-2026-04-16");
    const evaluatorPicker = deskEvaluatorPicker(page);
    await expect(evaluatorPicker.locator("option")).toHaveText(
      labels.map((l, i) => `${l}（${groups[i]}）`),
    );
    await evaluatorPicker.selectOption({ label: "评委01（区领导）" });
    const rows = page.locator(".desk-grid tbody tr");
    await expect(rows).toHaveCount(3);
    for (const [i, name] of projects.entries()) await expect(rows.nth(i)).toContainText(name);

    // One sheet: four scores and a vote.
    for (const [c, value] of ["28", "18", "17", "30"].entries())
      await page.locator(`[data-cell="0:${c}"]`).fill(value);
    await page.locator('[data-cell="0:5"]').fill("1");
    await page.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByText("已保存 1 行，失败 0 行。")).toBeVisible({ timeout: 30_000 });
    const sheets = await (
      await page.request.get("/api/events/inspection-2026-04-16/sheets")
    ).json();
    expect(sheets.sheets).toHaveLength(1);
    expect(sheets.sheets[0].total).toBe(93);

    // The list shows it open, beside the seed's published one; on a phone its rows are cards.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/admin/events");
    await expect(page.getByRole("row", { name: /2026年春季/ })).toContainText("评分中");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await reviewShot(page, `list-phone`, true);

    // The seed's inspection is as it was: published, with its own evaluators.
    const seed = await (await page.request.get("/api/events/2023-02-24-inspection")).json();
    expect(seed.event.state).toBe("published");
    expect(seed.evaluators.some((e: { label: string }) => e.label === "评委01")).toBe(true);
    expect(seed.evaluators.every((e: { eventId?: string }) => !e.eventId)).toBe(true);
  } finally {
    await server.dispose(page);
  }
});
