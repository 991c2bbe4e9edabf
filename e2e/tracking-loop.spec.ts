import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";

// The tracking loop end to end, on a server of its own (it moves 数据截至 and the lights): a round
// opens, a red project reports its overdue milestone reached, its overdue problem is closed out, and
// its light leaves red on the overview, the project page and the wall, none of them reloaded; the
// dispatch page names who did not report, and its Word bulletin says the same counts.
test.use({ baseURL: ownServerUrl("trackingLoop") });

const projectId = "new-materials-park-upgrade"; // red: 主体开工 80 days late, a problem 39 days overdue
const period = "2023-03-1";

test("a red project reports its milestone reached and its problem is closed out: every screen follows live", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const server = ownServer("trackingLoop");
  try {
    await server.start();
    const staffContext = await browser.newContext({ baseURL: server.url });
    const viewers = await browser.newContext({ baseURL: server.url });
    const wallContext = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1920, height: 1080 },
    });
    const api = staffContext.request;
    const { csrfToken } = await (
      await api.post("/api/session", { data: { username: "staff", password: "demo-staff" } })
    ).json();
    const admin = await browser.newContext({ baseURL: server.url });
    const adminSession = await (
      await admin.request.post("/api/session", {
        data: { username: "admin", password: "demo-admin" },
      })
    ).json();
    const { token } = await (
      await admin.request.post("/api/display-tokens", {
        data: { label: "e2e 调度" },
        headers: { "x-csrf-token": adminSession.csrfToken },
      })
    ).json();

    // Three screens stay open and are never reloaded: the overview, the project, the wall.
    const overview = await viewers.newPage();
    await overview.goto("/");
    const overviewRed = overview.locator(".kpi-card--lights .status--red");
    await expect(overviewRed).toContainText("红灯 2");
    const project = await viewers.newPage();
    await project.goto(`/projects/${projectId}`);
    const projectLight = project.locator(".detail-header .status");
    await expect(projectLight).toContainText("红灯");
    const wall = await wallContext.newPage();
    await wall.goto(`/display?token=${token}&panels=overview&interval=60`);
    const wallRed = wall.locator('[data-figure="lights"] [data-light="red"] .wd-ov__count');
    await expect(wallRed).toHaveText("2");

    // Staff open the next round and report for the project from the desk: 主体开工 reached.
    expect(
      (
        await api.post("/api/rounds", {
          data: { period, deadline: "2023-03-13" },
          headers: { "x-csrf-token": csrfToken },
        })
      ).status(),
    ).toBe(201);
    const desk = await staffContext.newPage();
    await desk.goto("/reports");
    const row = desk.locator(`tr[data-project="${projectId}"]`);
    await row.getByRole("button", { name: "代为填报" }).click();
    const form = desk.locator("form.report-form");
    await form.getByLabel("本旬完成投资（万元）").fill("300");
    await form.getByLabel("旬末形象进度（%）").fill("12");
    await form.getByText("主体开工").click();
    await form.getByLabel("完成日期").fill("2023-03-08");
    await form.getByLabel("进展情况").fill("主体开工，桩基施工");
    await form.getByRole("button", { name: "录入并采纳" }).click();
    await expect(row).toHaveAttribute("data-state", "accepted");

    // The milestone no longer holds the light; the overdue problem still does. 数据截至 moved on to
    // the 旬's end, where 蓝谷's overdue milestone passes 30 days and turns it red too: 3 red, live.
    await expect(projectLight).toContainText("红灯");
    await expect(overviewRed).toContainText("红灯 3", { timeout: 5_000 });
    await expect(wallRed).toHaveText("3", { timeout: 5_000 });

    // Staff close out the problem from the problem list: the unit's note, then 销号.
    const problems = await staffContext.newPage();
    await problems.goto("/problems?state=overdue");
    const problemRow = problems.locator("tr", { hasText: "二期用地征收" });
    await problemRow.getByRole("button", { name: /^申请销号/ }).click();
    await problemRow.getByRole("textbox").fill("征收补偿已签约");
    await problemRow.getByRole("button", { name: "确认申请销号" }).click();
    await expect(problemRow).toContainText("待销号");
    await problemRow.getByRole("button", { name: /^销号/ }).click();
    await problemRow.getByRole("button", { name: "确认销号" }).click();

    // Each open screen leaves red by itself.
    await expect(projectLight).toContainText("黄灯", { timeout: 5_000 });
    await expect(overviewRed).toContainText("红灯 2", { timeout: 5_000 });
    await expect(wallRed).toHaveText("2", { timeout: 5_000 });
    const reds = (
      (await (await api.get("/api/projects")).json()).projects as { id: string; status: string }[]
    )
      .filter((p) => p.status === "red")
      .map((p) => p.id);
    expect(reds).toHaveLength(2);
    expect(reds).not.toContain(projectId);

    // The dispatch page of the round names who has not reported (all but this project).
    const dispatch = await staffContext.newPage();
    await dispatch.goto(`/dispatch/${period}`);
    const agenda = await (await api.get(`/api/dispatch/${period}`)).json();
    expect(agenda.unreported).toHaveLength(agenda.projectCount - 1);
    expect(agenda.unreported).not.toContain(projectId);
    await expect(dispatch.getByText("奇瑞汽车青岛基地项目").first()).toBeVisible();

    // Its Word bulletin counts the lights as the agenda does.
    const docx = await api.get(`/api/dispatch/${period}/bulletin`);
    const { bulletin } = await docx.json();
    const { green, yellow, red } = agenda.lightCounts;
    expect(bulletin.sections[0].paragraphs[0]).toContain(
      `绿灯 ${green} 个、黄灯 ${yellow} 个、红灯 ${red} 个`,
    );
    expect(red).toBe(2);

    for (const page of [overview, project, wall, desk, problems, dispatch])
      await page.goto("about:blank");
  } finally {
    await server.dispose();
  }
});
