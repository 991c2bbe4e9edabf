import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import { reviewShot } from "./review-shot";

// A server of its own: accounts added and disabled here must not touch the shared demo accounts.
test.use({
  baseURL: ownServerUrl("accountsAdmin"),
  // The refusals below are answers the page shows; the browser also logs their status.
  allowedConsoleErrors: [/status of 40[139]/],
});

async function signInWith(page: Page, username: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByLabel("密码").press("Enter");
}

test("an admin adds a staff account that signs in with its one-time password; disabling it ends its session; the last admin cannot be disabled", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const server = ownServer("accountsAdmin");
  try {
    await server.start();
    page.on("dialog", (dialog) => dialog.accept());
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInWith(page, "admin", "demo-admin");
    await expect(page).not.toHaveURL(/sign-in/);
    await page.getByRole("link", { name: "账号", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/accounts/);
    await expect(page).toHaveTitle(/^账号管理/);

    // Add a staff account: its one-time password is shown once, with the warning and a copy button.
    const form = page.getByRole("region", { name: "添加账号" });
    await form.getByLabel(/账号名/).fill("zhao.min");
    await form.getByLabel(/姓名/).fill("赵敏");
    await form.getByLabel("角色").selectOption("staff");
    await expect(form.getByLabel("责任单位")).toHaveCount(0);
    await form.getByLabel("角色").selectOption("unit");
    await expect(form.getByLabel("责任单位")).toBeVisible();
    await form.getByLabel("角色").selectOption("staff");
    await form.getByRole("button", { name: "添加账号" }).click();
    const shown = page.getByRole("status").filter({ hasText: "一次性密码" });
    await expect(shown).toContainText("只显示这一次");
    await expect(shown.getByRole("button", { name: "复制密码" })).toBeVisible();
    const password = (await page.getByTestId("one-time-password").textContent()) ?? "";
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    const list = page.getByRole("region", { name: "全部账号" });
    const row = list.getByRole("row", { name: /zhao\.min/ });
    await expect(row).toContainText("工作人员");
    await expect(row).toContainText("启用");
    await reviewShot(page, `accounts-desktop`, true);

    // The new account signs in with it, in a browser of its own.
    const staffContext = await browser.newContext({ baseURL: server.url });
    const staff = await staffContext.newPage();
    await signInWith(staff, "zhao.min", password);
    await expect(staff).not.toHaveURL(/sign-in/);
    expect((await (await staff.request.get("/api/session")).json()).user.username).toBe("zhao.min");

    // Closing the password takes it off the page for good.
    await shown.getByRole("button", { name: /关闭/ }).click();
    await expect(page.getByTestId("one-time-password")).toHaveCount(0);

    // The admin disables it: its open session is refused at once, and it cannot sign in again.
    await row.getByRole("button", { name: "停用 zhao.min" }).click();
    await expect(row).toContainText("已停用");
    expect((await (await staff.request.get("/api/session")).json()).user).toBeNull();
    await signInWith(staff, "zhao.min", password);
    await expect(staff.getByRole("alert")).toContainText("用户名或密码不正确");
    await staffContext.close();

    // Disabling the last enabled admin is refused with its message.
    await list.getByRole("button", { name: "停用 admin" }).click();
    await expect(list.getByRole("alert")).toContainText("最后一个启用的管理员");
    await expect(list.getByRole("row", { name: /^admin/ })).toContainText("启用");

    const axe = await new AxeBuilder({ page })
      .include(".accounts")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // The same page in English, the refusal included (a reset shows a new one-time password).
    await page.goto("/admin/accounts?lang=en");
    await expect(page).toHaveTitle(/^Accounts/);
    const en = page.getByRole("region", { name: "All accounts" });
    await en.getByRole("button", { name: "Reset password zhao.min" }).click();
    await expect(page.getByRole("status").filter({ hasText: "One-time password" })).toContainText(
      "shown only this once",
    );
    await en.getByRole("button", { name: "Disable admin" }).click();
    await expect(en.getByRole("alert")).toContainText("last enabled admin");

    await page.setViewportSize({ width: 390, height: 844 });
    await reviewShot(page, `accounts-phone`, true);
  } finally {
    await server.dispose(page);
  }
});

test.describe("set-password links", () => {
  // Beside the journey above, on a server of its own.
  test.use({ baseURL: ownServerUrl("accountLinks") });

  test("an admin adds an account with a set-password link; its holder chooses a password once, and a used or replaced link says so", async ({
    browser,
    page,
  }) => {
    test.setTimeout(180_000);
    const server = ownServer("accountLinks");
    try {
      await server.start();
      page.on("dialog", (dialog) => dialog.accept());
      await page.setViewportSize({ width: 1440, height: 900 });
      await signInWith(page, "admin", "demo-admin");
      await expect(page).not.toHaveURL(/sign-in/);
      await page.goto("/admin/accounts");
      const form = page.getByRole("region", { name: "添加账号" });
      await form.getByLabel(/账号名/).fill("qian.lei");
      await form.getByLabel(/姓名/).fill("钱磊");
      await form.getByLabel("发送设置密码链接").check();
      await form.getByRole("button", { name: "添加账号" }).click();
      const shown = page.getByRole("status").filter({ hasText: "设置密码链接" });
      await expect(shown).toContainText("只显示这一次");
      await expect(shown.getByRole("button", { name: "复制链接" })).toBeVisible();
      const link = (await page.getByTestId("set-password-link").textContent()) ?? "";
      expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
      await reviewShot(page, "accounts-link-desktop", true);

      // The holder opens it in a browser of their own, with no account signed in.
      const holderContext = await browser.newContext({ baseURL: server.url });
      const holder = await holderContext.newPage();
      await holder.setViewportSize({ width: 1440, height: 900 });
      await holder.goto(new URL(link).pathname);
      await expect(holder).toHaveTitle(/^设置密码/);
      await expect(holder.getByText("为账号 qian.lei（钱磊）设置登录密码。")).toBeVisible();
      await holder.getByLabel(/^新密码/).fill("too short");
      await holder.getByLabel("再次输入新密码").fill("too short");
      await holder.getByRole("button", { name: "设置密码" }).click();
      await expect(holder.getByRole("alert")).toHaveText("密码至少需要 12 个字符。");
      await reviewShot(holder, "set-password-desktop", true);
      const axe = await new AxeBuilder({ page: holder })
        .include(".set-password")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await holder.setViewportSize({ width: 390, height: 844 });
      await reviewShot(holder, "set-password-phone", true);
      await holder.getByLabel(/^新密码/).fill("qian lei chose this");
      await holder.getByLabel("再次输入新密码").fill("qian lei chose this");
      await holder.getByRole("button", { name: "设置密码" }).click();
      await expect(holder.getByRole("status")).toContainText("密码已设置");
      await holder.getByRole("link", { name: "去登录" }).click();
      await signInWith(holder, "qian.lei", "qian lei chose this");
      await expect(holder).not.toHaveURL(/sign-in/);

      // The same link again: used, and the page says so.
      await holder.goto(new URL(link).pathname);
      await expect(holder.getByRole("alert")).toContainText("已经用过");
      await holderContext.close();

      // A reset by link: the earlier link is replaced, and says so in English too.
      const list = page.getByRole("region", { name: "全部账号" });
      await list.getByRole("button", { name: "发送设置密码链接 qian.lei" }).click();
      await expect(page.getByTestId("set-password-link")).not.toHaveText(link);
      const first = (await page.getByTestId("set-password-link").textContent()) ?? "";
      await list.getByRole("button", { name: "发送设置密码链接 qian.lei" }).click();
      await expect(page.getByTestId("set-password-link")).not.toHaveText(first);
      const visitor = await browser.newContext({ baseURL: server.url });
      const old = await visitor.newPage();
      await old.goto(`${new URL(first).pathname}?lang=en`);
      await expect(old.getByRole("alert")).toContainText("newer link");
      await old.setViewportSize({ width: 390, height: 844 });
      await reviewShot(old, "set-password-replaced-phone", true);
      await visitor.close();
    } finally {
      await server.dispose(page);
    }
  });
});
