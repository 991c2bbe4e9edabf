import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

type ApiProject = { id: string; name: string; category: string };

const markers = (page: Page) => page.locator(".leaflet-marker-pane").getByRole("button");

/** What a screen reader would announce for the focused element (aria-label, then title, then text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.closest(".leaflet-container")) return null;
    return el.getAttribute("aria-label") ?? el.getAttribute("title") ?? el.textContent ?? "";
  });

test.describe("map", () => {
  test("every project is reachable by keyboard, named, and opens its details with Enter", async ({
    page,
    request,
  }) => {
    const api = (await (await request.get("/api/projects")).json()) as { projects: ApiProject[] };
    const names = api.projects.map((p) => p.name);
    expect(names).toHaveLength(18);

    await page.goto("/map");
    await expect(page.getByRole("heading", { level: 1, name: "项目地图" })).toBeVisible();
    await expect(markers(page)).toHaveCount(18);
    await expect(page.getByText("示意位置").first()).toBeVisible();

    // Tab from the map itself through its markers, and collect whose names they carry.
    await page.locator(".leaflet-container").focus();
    const reached = new Set<string>();
    for (let i = 0; i < 40 && reached.size < names.length; i++) {
      await page.keyboard.press("Tab");
      const label = await focusedName(page);
      if (label === null) continue;
      // The longest name contained in the label, so no name is mistaken for another.
      const match = names.filter((n) => label.includes(n)).sort((a, b) => b.length - a.length)[0];
      if (match) reached.add(match);
    }
    expect([...reached].sort()).toEqual([...names].sort());

    // Enter on one marker selects it: the popup shows its facts and links to its detail page.
    const target = api.projects.find((p) => p.name === "奇瑞汽车青岛基地项目") ?? api.projects[0];
    const marker = page.locator(".leaflet-marker-pane").getByRole("button", { name: target.name });
    await marker.focus();
    await page.keyboard.press("Enter");
    const popup = page.locator(".leaflet-popup");
    await expect(popup).toBeVisible();
    await expect(popup.getByRole("heading", { name: target.name })).toBeVisible();
    await expect(popup).toContainText(/序时进度|节点|问题/);
    const link = popup.getByRole("link", { name: "查看项目详情" });
    await expect(link).toHaveAttribute("href", new RegExp(`^/projects/${target.id}(\\?|$)`));
    await expect(page).toHaveURL(new RegExp(`sel=${target.id}`));
    await expect(marker).toHaveAttribute("aria-current", "true");

    // Escape closes the popup and gives the focus back to the marker.
    await page.keyboard.press("Escape");
    await expect(popup).toHaveCount(0);
    await expect(marker).toBeFocused();

    // The link keeps the view's search parameters and leads to the detail page.
    await marker.press("Enter");
    await popup.getByRole("link", { name: "查看项目详情" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${target.id}\\?.*sel=${target.id}`));
  });

  test("colouring by score changes the legend and the URL", async ({ page }) => {
    await page.goto("/map");
    await expect(markers(page)).toHaveCount(18);
    const legend = page.locator(".pm-legend");
    await expect(legend).toContainText("绿灯");
    await page.getByRole("button", { name: "按评分" }).click();
    await expect(page).toHaveURL(/colour=score/);
    await expect(page.getByRole("button", { name: "按评分" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(legend).toContainText("圆内数字为类别内排名");
    await expect(legend).toContainText(/\d+(\.\d)? 分/);
    await expect(legend).not.toContainText("绿灯");
    // The accessible names carry the score now that colour shows it.
    await expect(markers(page).first()).toHaveAttribute("aria-label", /综合得分 \d+\.\d\d/);
    await page.getByRole("button", { name: "按状态" }).click();
    await expect(page).not.toHaveURL(/colour=/);
  });

  test("a filter leaves only its projects on the map, and the list selects", async ({ page }) => {
    await page.goto("/map?cat=urban_renewal");
    await expect(markers(page)).toHaveCount(2);
    await expect(markers(page).filter({ visible: true })).toHaveCount(2);
    await expect(
      markers(page).and(page.getByRole("button", { name: /地铁7号线二期/ })),
    ).toHaveCount(1);
    await expect(markers(page).and(page.getByRole("button", { name: /营流片区改造/ }))).toHaveCount(
      1,
    );
    // The line and the area are drawn as well as their markers.
    expect(await page.locator(".leaflet-overlay-pane path.leaflet-interactive").count()).toBe(2);

    const list = page.getByRole("list", { name: "地图上的项目" });
    await expect(list.getByRole("button")).toHaveCount(2);
    await list.getByRole("button", { name: /营流片区改造/ }).click();
    await expect(page).toHaveURL(/sel=/);
    await expect(page.locator(".leaflet-popup")).toContainText("营流片区改造");
    await expect(list.getByRole("button", { name: /营流片区改造/ })).toHaveAttribute(
      "aria-current",
      "true",
    );
  });
});
