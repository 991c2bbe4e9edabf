import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import { reviewShot } from "./review-shot";

/** A city's list: 5,000 projects by the seed's own rules, on a server of its own. */
const seedDir = mkdtempSync(join(tmpdir(), "kp-e2e-map-scale-"));
const server = ownServer("mapScale", { seedDir });
test.use({ baseURL: ownServerUrl("mapScale") });

test.describe("the map at 5,000 projects", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const run = spawnSync(
      "npx",
      ["tsx", "scripts/generate-data.ts", "--projects", "5000", "--out", seedDir],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    if (run.status) throw new Error("generating 5,000 projects failed");
    await server.start();
  });
  test.afterAll(async () => {
    await server.dispose();
    rmSync(seedDir, { recursive: true, force: true });
  });

  test("clusters open by keyboard, the list finds a project and opens its popup, the page stays small", async ({
    page,
  }) => {
    await page.goto("/map");
    await expect(page.getByRole("heading", { level: 1, name: "项目地图" })).toBeVisible({
      timeout: 60_000,
    });
    const pane = page.locator(".leaflet-marker-pane");
    const clusters = pane.locator(".pm-cluster");
    await expect(clusters.first()).toBeVisible({ timeout: 60_000 });

    // Clusters, not one element per project: the page's size does not follow the list's length.
    const domNodes = () => page.evaluate(() => document.getElementsByTagName("*").length);
    expect(await domNodes()).toBeLessThan(6000);
    expect(await pane.getByRole("button").count()).toBeLessThan(300);

    // A cluster says where, how many and which lights, and Enter zooms in on it.
    const first = clusters.first();
    await expect(first).toHaveAttribute(
      "aria-label",
      /^\S+ [\d,]+ 个项目：红灯 \d+，黄灯 \d+，绿灯 \d+。按回车放大$/,
    );
    const count = Number((await first.getAttribute("aria-label"))?.match(/ ([\d,]+) 个项目/)?.[1]);
    const zoomBefore = await page.evaluate(() =>
      Number(
        document
          .querySelector(".leaflet-proxy")
          ?.getAttribute("style")
          ?.match(/scale\(([\d.]+)/)?.[1],
      ),
    );
    await first.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() =>
        page.evaluate(() =>
          Number(
            document
              .querySelector(".leaflet-proxy")
              ?.getAttribute("style")
              ?.match(/scale\(([\d.]+)/)?.[1],
          ),
        ),
      )
      .toBeGreaterThan(zoomBefore);
    // The focus stays on the map, on what the cluster fell apart into.
    await expect
      .poll(() =>
        page.evaluate(() => Boolean(document.activeElement?.closest(".leaflet-marker-pane"))),
      )
      .toBe(true);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(focused).toBeTruthy();
    if (focused?.includes("个项目")) {
      const inner = Number(focused.match(/ ([\d,]+) 个项目/)?.[1].replace(/,/g, ""));
      expect(inner).toBeLessThan(count || Number.POSITIVE_INFINITY);
    }
    expect(await domNodes()).toBeLessThan(6000);

    // The list is searched and paged, never 5,000 rows.
    const list = page.getByRole("list", { name: "地图上的项目" });
    await expect(list.getByRole("button")).toHaveCount(50);
    await expect(page.getByText(/第 1–50 个，共 5,000 个/)).toBeVisible();
    const api = (await (await page.request.get("/api/projects")).json()) as {
      projects: { id: string; name: string }[];
    };
    const target = api.projects[4321];
    await page.getByRole("searchbox", { name: "查找项目" }).fill(target.name);
    const row = list.getByRole("button", { name: new RegExp(`^${target.name}`) });
    await expect(row).toBeVisible();
    await row.click();

    // Selecting it there opens its popup on the map and marks its marker, as on the small map.
    const popup = page.locator(".leaflet-popup");
    await expect(popup.getByRole("heading", { name: target.name })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`sel=${target.id}`));
    await expect(
      pane.getByRole("button", { name: new RegExp(`^${target.name}，`) }),
    ).toHaveAttribute("aria-current", "true");
    expect(await domNodes()).toBeLessThan(6000);
    await page.waitForTimeout(1000);
    await reviewShot(page, "map-scale-desktop");
  });

  test("on a phone the map clusters too and the list stays short", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/map");
    await expect(page.locator(".pm-cluster").first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("list", { name: "地图上的项目" }).getByRole("button")).toHaveCount(
      50,
    );
    expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThan(6000);
    await reviewShot(page, "map-scale-phone");
  });

  test("the overview's map clusters as well", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(".pm-cluster").first()).toBeVisible({ timeout: 60_000 });
    await reviewShot(page, "overview-scale-desktop");
  });

  test("the wall's map draws every project as a dot and names only the first red and yellow ones", async ({
    page,
    playwright,
  }) => {
    const api = await playwright.request.newContext({ baseURL: ownServerUrl("mapScale") });
    const session = await api.post("/api/session", {
      data: { username: "admin", password: "demo-admin" },
    });
    const { csrfToken } = await session.json();
    const created = await api.post("/api/display-tokens", {
      data: { label: "map at scale" },
      headers: { "x-csrf-token": csrfToken },
    });
    const { token } = await created.json();
    await api.dispose();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/display?token=${token}&panels=map&interval=600`);
    await expect(page.locator(".wd-map canvas")).toBeVisible({ timeout: 60_000 });
    const labels = page.locator(".wd-maplabel");
    await expect(labels.first()).toBeAttached();
    expect(await labels.count()).toBeLessThanOrEqual(24);
    expect(await page.locator(".wd-maplabel--green").count()).toBe(0);
    expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThan(6000);
    await page.waitForTimeout(1000);
    await reviewShot(page, "wall-map-scale");
  });
});
