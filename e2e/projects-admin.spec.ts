import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";

// A server of its own: a new project and category must not change the 18 other journeys count.
test.use({ baseURL: ownServerUrl("projectsAdmin") });

const shots = process.env.SHOTS_DIR;

test("an admin adds a category and a project from /projects; each bad field is named under its input", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const server = ownServer("projectsAdmin");
  try {
    await server.start();
    const context = await browser.newContext({ baseURL: server.url });
    await context.request.post("/api/session", {
      data: { username: "admin", password: "demo-admin" },
    });
    const session = await (await context.request.get("/api/session")).json();
    const added = await context.request.post("/api/categories", {
      headers: { "x-csrf-token": session.csrfToken ?? "" },
      data: { id: "infrastructure", name: "基础设施", nameEn: "Infrastructure", colour: "#0e7c86" },
    });
    expect(added.status()).toBe(201);

    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/projects");
    await page.getByRole("button", { name: "新建项目" }).click();
    const form = page.getByRole("form", { name: "新建项目" });
    await form.getByLabel("项目名称").fill("即墨区新建道路工程");
    await form.getByLabel("类别").selectOption("infrastructure");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("alert")).toHaveText("请按各项下方的提示修改后再保存。");
    await expect(form.getByLabel("所在街道/镇")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("请填写所在街道/镇。")).toBeVisible();

    await form.getByLabel("所在街道/镇").fill("通济街道");
    await form.getByLabel("建设主体").fill("即墨区城市建设集团");
    await form.getByLabel("责任单位").fill("区住房城乡建设局");
    await form.getByLabel("包联领导").fill("区领导B");
    await form.getByLabel("总投资（亿元）").fill("-2");
    await form.getByLabel("年度计划投资（亿元）").fill("1.5");
    await form.getByLabel("开工时间").fill("2023-04-01");
    await form.getByLabel("计划竣工时间").fill("2024-10-31");
    await form.getByLabel("纬度").fill("36.40");
    await form.getByLabel("经度").fill("120.47");
    await form.getByRole("button", { name: "保存" }).click();
    // The server's refusal, under the field it is about.
    const total = form.getByLabel("总投资（亿元）");
    await expect(total).toHaveAttribute("aria-invalid", "true");
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: `${shots}/new-project-errors-1440.png`, fullPage: true });
    }
    const axe = await new AxeBuilder({ page }).include(".new-project").analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.id),
    ).toEqual([]);

    await total.fill("8");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status")).toContainText("已新建“即墨区新建道路工程”");
    const row = page.locator("tr", { hasText: "即墨区新建道路工程" });
    await expect(row).toContainText("基础设施");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("button", { name: "新建项目" }).click();
    if (shots) await page.screenshot({ path: `${shots}/new-project-390.png`, fullPage: true });
    await context.close();
  } finally {
    await server.dispose();
  }
});
