import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./fixtures";

// The practice event is open: scoring here leaves the published inspection (and its results) alone.
const eventId = "demo-entry-practice";

test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  // Offline requests and a revoked link's 401 are logged by the browser itself.
  // (One pattern: Playwright would read a list of several as a value and its options.)
  allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|ERR_NETWORK|status of 401/],
});

type Admin = { api: APIRequestContext; headers: Record<string, string> };

async function signInAdmin(baseURL: string): Promise<Admin> {
  const api = await playwrightRequest.newContext({ baseURL });
  const res = await api.post("/api/session", {
    data: { username: "admin", password: "demo-admin" },
  });
  expect(res.status()).toBe(200);
  const { csrfToken } = await res.json();
  return { api, headers: { "X-CSRF-Token": csrfToken } };
}

/** Scoring needs an open event; the seeded one is published, so an admin reopens it (audited). */
async function ensureOpen({ api, headers }: Admin) {
  const state = async () => (await (await api.get(`/api/events/${eventId}`)).json()).event.state;
  if ((await state()) !== "open")
    // Another journey may reopen it at the same moment: a 409 then is fine.
    await api.post(`/api/events/${eventId}/state`, {
      headers,
      data: { state: "open", reason: "e2e: evaluators score on their phones" },
    });
  expect(await state()).toBe("open");
}

async function issueLink({ api, headers }: Admin, evaluatorId: string): Promise<string> {
  const res = await api.post(`/api/events/${eventId}/links/${evaluatorId}`, { headers });
  expect(res.status()).toBe(201);
  return (await res.json()).token;
}

async function sheetOf(api: APIRequestContext, evaluatorId: string, projectId: string) {
  const { sheets } = await (await api.get(`/api/events/${eventId}/sheets`)).json();
  return sheets.find(
    (s: { evaluatorId: string; projectId: string }) =>
      s.evaluatorId === evaluatorId && s.projectId === projectId,
  );
}

async function fillSheet(page: import("@playwright/test").Page, values: string[], reason: string) {
  const inputs = page.locator(".sheet-form__score");
  for (const [i, v] of values.entries()) await inputs.nth(i).fill(v);
  await page.getByRole("radio", { name: "基本满意" }).check();
  const reasonField = page.getByLabel("修改理由（必填）");
  if (await reasonField.count()) await reasonField.fill(reason);
  await page.getByRole("button", { name: /^提交/ }).click();
}

test("an evaluator scores on a phone, also offline, and each sheet arrives exactly once", async ({
  page,
  context,
  baseURL,
  evaluator,
}) => {
  const admin = await signInAdmin(baseURL ?? "");
  await ensureOpen(admin);
  const { event } = await (await admin.api.get(`/api/events/${eventId}`)).json();
  const [first, second] = [event.projectIds[2], event.projectIds[3]] as string[];
  const evaluatorId = evaluator.id;
  const token = await issueLink(admin, evaluatorId);
  const before = await sheetOf(admin.api, evaluatorId, second);

  await page.goto(`/score/${token}`);
  await expect(page.getByRole("heading", { name: evaluator.label })).toBeVisible();
  await expect(page.getByText(/已提交 \d+\/18 份/)).toBeVisible();
  const list = page.getByRole("navigation", { name: "观摩项目（按观摩顺序）" });
  await list.getByRole("button").nth(2).click();

  // Bad input is named, and nothing is sent.
  await page.locator(".sheet-form__score").first().fill("31");
  await page.getByRole("button", { name: /^提交/ }).click();
  await expect(page.getByRole("alert")).toContainText("超出 0–30");

  const firstName = await page.locator("#entry-editor-title").textContent();
  await fillSheet(page, ["20.5", "15", "15", "12", "11"], "e2e: 现场复核");
  // The phone moves on, naming the sheet just submitted; that one arrives.
  const editor = page.locator(".entry-editor");
  await expect(editor.getByRole("status").first()).toContainText(`已提交“${firstName}”`);
  await expect.poll(async () => (await sheetOf(admin.api, evaluatorId, first))?.total).toBe(73.5);
  await page.getByRole("button", { name: /返回项目列表/ }).click();
  await expect(list.getByRole("button").nth(2)).toContainText(/已提交（第 \d+ 版）/);

  const auditUrl = `/api/events/${eventId}/audit?limit=1000`;
  const lastId = Math.max(
    0,
    ...(await (await admin.api.get(auditUrl)).json()).records.map((r: { id: number }) => r.id),
  );

  // Offline: the next sheet stays on the phone.
  await context.setOffline(true);
  await list.getByRole("button").nth(3).click();
  // Differ from what the server holds, so a rerun against the same store still changes it.
  const progress = before?.scores?.progress === 18 ? 17 : 18;
  await fillSheet(page, [String(progress), "14", "13", "12", "10"], "e2e: 离线提交");
  await expect(page.getByText("1 份待发送")).toBeVisible();
  await page.getByRole("button", { name: /返回项目列表/ }).click();
  await expect(list.getByRole("button").nth(3)).toContainText("已存手机·待发送");
  expect((await sheetOf(admin.api, evaluatorId, second))?.version).toBe(before?.version);

  // Back online: it arrives, once.
  await context.setOffline(false);
  await expect(list.getByRole("button").nth(3)).toContainText(/已提交（第 \d+ 版）/, {
    timeout: 15_000,
  });
  const after = await sheetOf(admin.api, evaluatorId, second);
  expect(after.total).toBe(progress + 49);
  expect(after.version).toBe((before?.version ?? 0) + 1);
  const audit = await admin.api.get(auditUrl);
  const writes = (await audit.json()).records.filter(
    (r: { id: number; action: string; subject: string }) =>
      r.id > lastId &&
      r.action.startsWith("sheet.") &&
      r.subject === `sheet:${evaluatorId}/${second}`,
  );
  expect(writes).toHaveLength(1);
  // A first submission needs no reason; a correction of a submitted sheet records one.
  expect(writes[0].reason).toBe(before ? "e2e: 离线提交" : null);

  // Nothing is left queued after a reload.
  await page.reload();
  await expect(page.getByRole("heading", { name: evaluator.label })).toBeVisible();
  await expect(page.getByText(/份待发送/)).toHaveCount(0);
  await admin.api.dispose();
});

test("a draft typed on the phone survives a reload", async ({ page, baseURL, evaluator }) => {
  const admin = await signInAdmin(baseURL ?? "");
  await ensureOpen(admin);
  const token = await issueLink(admin, evaluator.id);
  await page.goto(`/score/${token}`);
  const list = page.getByRole("navigation", { name: "观摩项目（按观摩顺序）" });
  await list.getByRole("button").nth(5).click();
  await page.locator(".sheet-form__score").first().fill("7.5");
  await page.reload();
  await expect(page.locator(".sheet-form__score").first()).toHaveValue("7.5");
  await expect(page.locator(".entry-editor")).toContainText("已存手机");
  await page.getByRole("button", { name: /返回项目列表/ }).click();
  await expect(list.getByRole("button").nth(5)).toContainText("已存手机");
  await admin.api.dispose();
});

test("a revoked link says so and what to do", async ({ page, baseURL, evaluator }) => {
  const admin = await signInAdmin(baseURL ?? "");
  const token = await issueLink(admin, evaluator.id);
  const res = await admin.api.delete(`/api/events/${eventId}/links/${evaluator.id}`, {
    headers: admin.headers,
  });
  expect(res.status()).toBe(200);
  await page.goto(`/score/${token}`);
  await expect(page.getByRole("heading", { name: "该评分链接已失效" })).toBeVisible();
  await expect(page.getByText("请向现场工作人员索取新的评分链接")).toBeVisible();
  await admin.api.dispose();
});

test("after each sheet the phone moves on to the next unscored project, and says when all are done", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const admin = await signInAdmin(baseURL ?? "");
  await ensureOpen(admin);
  // An evaluator with some sheets already in (from the seed); no other journey uses the seeded ones.
  const token = await issueLink(admin, "e42");
  await page.goto(`/score/${token}`);
  const list = page.getByRole("navigation", { name: "观摩项目（按观摩顺序）" });
  await expect(list.getByRole("button")).toHaveCount(18);
  const items = await list.getByRole("button").all();
  const todo: string[] = [];
  for (const item of items)
    if ((await item.textContent())?.includes("未填"))
      todo.push((await item.locator(".entry-list__name").textContent()) ?? "");
  expect(todo.length).toBeGreaterThan(1);
  expect(todo.length).toBeLessThan(18);

  // Open the first one to score; every submission lands on the next one not yet scored.
  await list.getByRole("button").filter({ hasText: todo[0] }).click();
  const title = page.locator("#entry-editor-title");
  for (const [i, name] of todo.entries()) {
    await expect(title).toHaveText(name);
    if (i > 0) await expect(page.getByText(`已提交“${todo[i - 1]}”`)).toBeVisible();
    const inputs = page.locator(".sheet-form__score");
    for (const [j, v] of ["20", "15", "15", "12", "11"].entries()) await inputs.nth(j).fill(v);
    await page.getByRole("radio", { name: "满意", exact: true }).check();
    await page.getByRole("button", { name: /^提交/ }).click();
  }

  // All done: said so, with the list to review any of them.
  await expect(page.getByText("✓ 全部评完：")).toBeVisible();
  await expect(page.getByText(/份待发送/)).toHaveCount(0, { timeout: 15_000 });
  await expect(list.getByText("未填")).toHaveCount(0);
  await page.getByRole("button", { name: "从第一个开始查看" }).click();
  await expect(title).toBeVisible();
  await expect(page.locator(".entry-editor")).toContainText(/已提交/);
  await admin.api.dispose();
});
