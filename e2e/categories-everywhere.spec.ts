import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";

// A server of its own: a third category and a project in it must not reach the shared server.
test.use({ baseURL: ownServerUrl("categoriesEverywhere") });

const shots = process.env.SHOTS_DIR ?? "/tmp/i11-cats-shots";
const infra = {
  id: "infrastructure",
  name: "基础设施",
  nameEn: "Infrastructure",
  colour: "#00838f",
};
const newProject = "即墨区环城路改造工程";

/** The category filter's options, as a person reads them. */
const categoryOptions = (page: Page) =>
  page.getByRole("region", { name: "筛选" }).getByLabel("类别").locator("option");

test("a category the district adds shows in the filters, the overview and the wall's ranking", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  mkdirSync(shots, { recursive: true });
  const server = ownServer("categoriesEverywhere");
  try {
    await server.start();
    const context = await browser.newContext({ baseURL: server.url });
    await context.request.post("/api/session", {
      data: { username: "admin", password: "demo-admin" },
    });
    const { csrfToken } = await (await context.request.get("/api/session")).json();
    const headers = { "x-csrf-token": csrfToken ?? "" };
    expect((await context.request.post("/api/categories", { headers, data: infra })).status()).toBe(
      201,
    );
    const seed = JSON.parse(readFileSync("data/projects.json", "utf8")).projects[1];
    const { milestones: _m, reports: _r, problems: _p, ...fields } = seed;
    const created = await context.request.post("/api/projects", {
      headers,
      data: {
        ...fields,
        id: "ring-road-renewal",
        name: newProject,
        nameEn: "Jimo Ring Road Renewal",
        category: infra.id,
      },
    });
    expect(created.status()).toBe(201);

    // /projects: the filter lists the new category after the seed's two, and filters by it.
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/projects");
    await expect(page.getByRole("row", { name: new RegExp(newProject) })).toBeVisible();
    await expect(categoryOptions(page)).toHaveText(["全部类别", "制造业", "城市更新", "基础设施"]);
    await page.getByRole("region", { name: "筛选" }).getByLabel("类别").selectOption(infra.id);
    await expect(page).toHaveURL(/cat=infrastructure/);
    await expect(page.getByText("显示 1 / 19 个项目")).toBeVisible();
    await page.screenshot({ path: `${shots}/projects-1440.png`, fullPage: true });
    // Typing the category's name finds its projects too, in either language.
    await page.goto("/projects?q=Infrastructure");
    await expect(page.getByText("显示 1 / 19 个项目")).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/projects?cat=infrastructure");
    await page.getByRole("button", { name: /^筛选/ }).click();
    await page.screenshot({ path: `${shots}/projects-390.png`, fullPage: true });

    // /map: the same filter, from the same list.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/map");
    await expect(categoryOptions(page)).toHaveText(["全部类别", "制造业", "城市更新", "基础设施"]);

    // The overview counts projects per category, every category.
    await page.goto("/");
    await expect(page.getByText("制造业 16 · 城市更新 2 · 基础设施 1")).toBeVisible();
    await page.screenshot({ path: `${shots}/overview-1440.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await expect(page.getByText("制造业 16 · 城市更新 2 · 基础设施 1")).toBeVisible();
    await page.screenshot({ path: `${shots}/overview-390.png`, fullPage: true });

    // The wall: its overview counts the new category, and its ranking lays out three categories.
    const issued = await context.request.post("/api/display-tokens", {
      headers,
      data: { label: "e2e 类别" },
    });
    const { token } = await issued.json();
    const wall = await context.newPage();
    // No inspection covers the new project yet, so the published results gain one ranked row for it.
    await wall.route(/\/api\/events\/[^/]+\/results/, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      const [first] = body.results;
      body.results.push({ ...first, projectId: "ring-road-renewal", category: infra.id, rank: 1 });
      await route.fulfill({ response, json: body });
    });
    for (const [width, height] of [
      [1920, 1080],
      [3840, 2160],
    ]) {
      await wall.setViewportSize({ width, height });
      await wall.goto(`/display?token=${token}&panels=ranking&interval=600`);
      const titles = wall.locator(".wd-rank__title");
      await expect(titles).toHaveText(["制造业", "城市更新", "基础设施"]);
      const infraTable = wall.locator('.wd-rank[data-category="infrastructure"]');
      await expect(infraTable).toContainText(newProject);
      // The swatch carries the category's own colour, from its record.
      await expect(infraTable.locator(".wd-rank__swatch")).toHaveCSS(
        "background-color",
        "rgb(0, 131, 143)",
      );
      // Every table whole on the screen: nothing runs past the bottom or the right edge.
      for (const table of await wall.locator(".wd-rank").all()) {
        const box = await table.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(height);
        expect(box && box.x + box.width).toBeLessThanOrEqual(width);
      }
      await wall.screenshot({ path: `${shots}/wall-ranking-${width}.png` });
    }
    await wall.setViewportSize({ width: 1920, height: 1080 });
    await wall.goto(`/display?token=${token}&panels=overview&interval=600`);
    await expect(wall.getByText("制造业 16 个 · 城市更新 2 个 · 基础设施 1 个")).toBeVisible();
    await expect(wall.locator(".wd-ov__category")).toHaveText([
      /^制造业/,
      /^城市更新/,
      /^基础设施/,
    ]);
    await wall.screenshot({ path: `${shots}/wall-overview-1920.png` });
    await context.close();
  } finally {
    await server.dispose();
  }
});
