import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import { reviewShot } from "./review-shot";

// A server of its own: seed projects are renamed, moved and archived here.
test.use({ baseURL: ownServerUrl("projectEdit") });

type SeedProject = { id: string; name: string };
const seed = JSON.parse(readFileSync("data/projects.json", "utf8")) as { projects: SeedProject[] };
const edited = seed.projects[2] as SeedProject;
const archived = seed.projects[3] as SeedProject;

const editForm = (page: Page) => page.getByRole("form", { name: "编辑项目" });

/** Clicks the picker's map at an offset (px) from its centre: the map opens on central Jimo. */
async function clickMap(page: Page, dx: number, dy: number) {
  const map = editForm(page).locator(".place-picker__leaflet");
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error("no picker map");
  await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
}

/** The edit form alone (the page around it is other journeys' to look at). */
const shot = (page: Page, name: string) => reviewShot(editForm(page), name);

test("staff edit, place and archive a project from its page; plans need a reason, moves outside need confirming", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const server = ownServer("projectEdit");
  try {
    await server.start();
    const context = await browser.newContext({ baseURL: server.url });
    await context.request.post("/api/session", {
      data: { username: "staff", password: "demo-staff" },
    });
    const { csrfToken } = await (await context.request.get("/api/session")).json();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });

    // 1. Name and plan: the reason is asked for as soon as the plan changes.
    await page.goto(`/projects/${edited.id}`);
    await page.getByRole("button", { name: "编辑", exact: true }).click();
    const form = editForm(page);
    await expect(form.getByLabel("项目名称", { exact: true })).toHaveValue(edited.name);
    await expect(form.getByLabel("调整计划的理由")).toHaveCount(0);
    await form.getByLabel("项目名称", { exact: true }).fill("即墨综保区智能制造产业园（更名）");
    await form.getByLabel("总投资（亿元）").fill("31.5");
    await expect(form.getByLabel("调整计划的理由")).toBeVisible();
    await shot(page, "edit-form-1440");
    const axe = await new AxeBuilder({ page }).include(".project-form").analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(form.getByText("请填写调整计划的理由。")).toBeVisible();
    await form.getByLabel("调整计划的理由").fill("二期追加设备投资");
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存修改" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "即墨综保区智能制造产业园（更名）",
    );
    const log = page.getByRole("region", { name: "修改记录" });
    await expect(log).toContainText("二期追加设备投资");
    await expect(log).toContainText("totalInvestment: 25 → 31.5");

    // 2. Someone else saves in between: said plainly, and what was typed survives the reload.
    await page.getByRole("button", { name: "编辑", exact: true }).click();
    await form.getByLabel("包联领导", { exact: true }).fill("区领导Z");
    const version = (await (await context.request.get(`/api/projects/${edited.id}`)).json())
      .version;
    const other = await context.request.put(`/api/projects/${edited.id}`, {
      headers: { "x-csrf-token": csrfToken, "if-match": `"v${version}"` },
      data: { developer: "另一位同事改的建设主体" },
    });
    expect(other.status()).toBe(200);
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(form.getByRole("alert")).toContainText("已被他人修改");
    await form.getByRole("button", { name: /载入最新版本/ }).click();
    await expect(form.getByRole("status")).toContainText("已载入最新版本");
    await expect(form.getByLabel("包联领导", { exact: true })).toHaveValue("区领导Z");
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存修改" })).toBeVisible();
    const after = (await (await context.request.get(`/api/projects/${edited.id}`)).json()).project;
    expect(after).toMatchObject({ leaderInCharge: "区领导Z", developer: "另一位同事改的建设主体" });

    await page.goto("/projects");
    await expect(page.locator("tr", { hasText: "即墨综保区智能制造产业园（更名）" })).toBeVisible();

    // 3. Place by clicking the map, then by drawing an area.
    await page.goto(`/projects/${edited.id}`);
    await page.getByRole("button", { name: "编辑", exact: true }).click();
    await clickMap(page, 0, 0);
    const lat = await form.getByLabel("纬度").inputValue();
    expect(Number(lat)).toBeGreaterThan(36.3);
    await expect(form.getByText("边界之外")).toHaveCount(0);
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存修改" })).toBeVisible();
    let placed = (await (await context.request.get(`/api/projects/${edited.id}`)).json()).project;
    expect(placed.geometry.type).toBe("Point");
    expect(placed.location.lat).toBeCloseTo(Number(lat), 5);

    await page.getByRole("button", { name: "编辑", exact: true }).click();
    await form.getByRole("radio", { name: "范围" }).check();
    await clickMap(page, -30, -20);
    await clickMap(page, 30, -20);
    await clickMap(page, 30, 25);
    await clickMap(page, -30, 25);
    await expect(form.getByLabel(/各拐点坐标/)).toHaveValue(/\n.*\n.*\n/);
    await expect(form.getByText(/代表点：/)).toBeVisible();
    await shot(page, "map-picker-area-1440");
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存修改" })).toBeVisible();
    placed = (await (await context.request.get(`/api/projects/${edited.id}`)).json()).project;
    expect(placed.geometry.type).toBe("Polygon");
    expect(placed.geometry.coordinates[0]).toHaveLength(5);

    // 4. A point outside the boundary: warned at once, refused until confirmed.
    await page.getByRole("button", { name: "编辑", exact: true }).click();
    await form.getByRole("radio", { name: "点" }).check();
    await form.getByLabel("纬度").fill("36.07");
    await form.getByLabel("经度").fill("120.38");
    await expect(form.getByRole("alert").filter({ hasText: "边界之外" })).toBeVisible();
    await shot(page, "map-picker-outside-1440");
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(form.getByText(/确认位置在区外.*后再保存/)).toBeVisible();
    await form.getByLabel("确认位置在区外").check();
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存修改" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "即墨区范围之外" })).toBeVisible();

    // Phone: the form and the picker fit.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("button", { name: "编辑", exact: true }).click();
    await form.getByRole("radio", { name: "线" }).check();
    await shot(page, "edit-form-390");
    await reviewShot(form.locator(".place-picker"), "map-picker-390");
    await form.getByRole("button", { name: "取消" }).click();
    await page.setViewportSize({ width: 1440, height: 900 });

    // 5. Archive: it leaves /projects and /map, and comes back when restored.
    await page.goto(`/projects/${archived.id}`);
    await page.getByRole("button", { name: "归档" }).click();
    await page.getByRole("button", { name: "确认归档" }).click();
    await expect(page.getByText("请填写归档理由。")).toBeVisible();
    await page.getByLabel("归档理由").fill("项目已拆分，不再单列");
    await page.getByRole("button", { name: "确认归档" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已于" })).toBeVisible();

    await page.goto("/projects");
    await expect(page.locator("tr", { hasText: seed.projects[0]?.name ?? "" })).toBeVisible();
    await expect(page.locator("tr", { hasText: archived.name })).toHaveCount(0);
    await page.goto("/map");
    const markers = page.locator(".leaflet-marker-pane").getByRole("button");
    await expect(markers.first()).toBeVisible();
    await expect(
      page.locator(".leaflet-marker-pane").getByRole("button", { name: archived.name }),
    ).toHaveCount(0);

    await page.goto("/projects");
    await page.getByRole("button", { name: "已归档项目" }).click();
    await page.getByRole("button", { name: `恢复“${archived.name}”` }).click();
    await expect(page.locator("tr", { hasText: archived.name })).toBeVisible();
    await page.goto("/map");
    await expect(
      page.locator(".leaflet-marker-pane").getByRole("button", { name: archived.name }),
    ).toBeVisible();
    await context.close();
  } finally {
    await server.dispose();
  }
});
