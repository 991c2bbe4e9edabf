import { expect, test } from "./fixtures";

// The browser logs a failed request's status; the page shows the message itself.
test.use({ allowedConsoleErrors: [/status of 401/] });

test("a wrong password says so, in Chinese", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill("leader");
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByLabel("密码").press("Enter");
  await expect(page.getByRole("alert")).toContainText("用户名或密码不正确");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("staff sign in, land on score entry, and sign out from the header", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "登录" }).click();
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  await expect(page.getByLabel("用户名")).toHaveAttribute("autocomplete", "username");
  await expect(page.getByLabel("密码")).toHaveAttribute("autocomplete", "current-password");
  await page.getByLabel("用户名").fill("staff");
  await page.getByLabel("密码").fill("demo-staff");
  await page.getByLabel("密码").press("Enter");
  // `next` pointed at the overview, where the link was clicked.
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill("staff");
  await page.getByLabel("密码").fill("demo-staff");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/entry$/);
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  const session = await page.request.get("/api/session");
  expect((await session.json()).user).toBeNull();
});

for (const next of [
  "//evil.example/",
  "/%09/evil.example",
  "/%5Cevil.example",
  "javascript:alert(1)",
])
  test(`a link away from this site in ?next=${next} is not followed`, async ({ page, baseURL }) => {
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill("demo-leader");
    await page.getByLabel("密码").press("Enter");
    await expect(page).toHaveURL(
      (url) =>
        url.origin === new URL(baseURL ?? "").origin &&
        url.pathname === "/" &&
        !url.search.includes("evil"),
    );
  });
