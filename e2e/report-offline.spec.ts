import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";

// A server of its own: the round opened here must not move 数据截至 for other journeys.
test.use({ baseURL: ownServerUrl("reportOffline") });

const project = "dayi-jingcheng-pharmaceutical"; // 区工业和信息化局

test("a unit's report sent with the network down is kept, and delivered once when it comes back", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const server = ownServer("reportOffline");
  try {
    await server.start();
    const staff = await browser.newContext({ baseURL: server.url });
    const { csrfToken } = await (
      await staff.request.post("/api/session", {
        data: { username: "staff", password: "demo-staff" },
      })
    ).json();
    const opened = await staff.request.post("/api/rounds", {
      data: { period: "2023-03-1", deadline: "2023-03-13" },
      headers: { "x-csrf-token": csrfToken },
    });
    expect(opened.status()).toBe(201);

    const phone = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const unit = await phone.newPage();
    await unit.goto("/sign-in");
    await unit.getByLabel("用户名").fill("unit");
    await unit.getByLabel("密码").fill("demo-unit");
    await unit.getByRole("button", { name: "登录" }).click();
    await expect(unit).toHaveURL(/\/reports$/);
    const item = unit.locator(`.reports__unit-item[data-project="${project}"]`);
    await item.getByRole("button", { name: "填报" }).click();
    await item.getByLabel("本旬完成投资（万元）").fill("800");
    await item.getByLabel("旬末形象进度（%）").fill("62.5");
    await item.getByLabel("进展情况").fill("设备基础施工");

    await phone.setOffline(true);
    await item.getByRole("button", { name: "报送" }).click();
    await expect(
      unit.getByText("网络已断开：内容已保存在本机，恢复网络后将自动报送。"),
    ).toBeVisible();
    await phone.setOffline(false);
    await expect(item.getByText("待审核")).toBeVisible({ timeout: 10_000 });

    // Stored once: one report waiting for review, with what was typed.
    const rows = (await (await staff.request.get("/api/rounds/2023-03-1/reports")).json())
      .reports as { projectId: string; state: string }[];
    const mine = rows.filter((r) => r.projectId === project);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.state).toBe("submitted");
    await unit.goto("about:blank");
  } finally {
    await server.dispose();
  }
});
