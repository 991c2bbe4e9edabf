import { expect, test } from "./fixtures";

// The practice event is open; the journey writes as its own evaluator.
const eventId = "demo-entry-practice";

test("a second page's results update without a reload when a sheet arrives", async ({
  page,
  playwright,
  baseURL,
  evaluator,
}) => {
  const api = await playwright.request.newContext({ baseURL });
  const signIn = await api.post("/api/session", {
    data: { username: "admin", password: "demo-admin" },
  });
  const { csrfToken } = await signIn.json();
  const { event } = await (await api.get(`/api/events/${eventId}`)).json();
  const projectId: string = event.projectIds[0];

  await page.goto(`/results?event=${eventId}`);
  const row = page
    .locator("tr", { has: page.locator(`a[href*="/projects/${projectId}"]`) })
    .first();
  await expect(row).toBeVisible();
  const sheetCell = row.locator("td").last();
  const sheetsBefore = Number(await sheetCell.textContent());

  // Another desk stores a sheet: this page must show it by itself.
  const put = await api.put(`/api/events/${eventId}/sheets/${evaluator.id}/${projectId}`, {
    headers: { "x-csrf-token": csrfToken },
    data: {
      scores: { progress: 30, investment: 20, technology: 20, site_management: 15, benefit: 15 },
      vote: "satisfied",
      reason: "e2e: live update",
    },
  });
  expect(put.ok()).toBe(true);
  // The page shows more sheets for the project without a reload (other journeys may add theirs
  // at the same time, so "more", not "exactly one more").
  await expect
    .poll(async () => Number(await sheetCell.textContent()), { timeout: 3000 })
    .toBeGreaterThan(sheetsBefore);
  await api.dispose();
});
