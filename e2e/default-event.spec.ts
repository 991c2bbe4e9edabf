import { expect, test } from "./fixtures";

// The seed has the published 2023-02-24 inspection and a later practice event still open: every
// page that is not told which event shows the published one, and a named event stays named.
test("pages not told which event show the latest finished one, and the picker can name any", async ({
  page,
}) => {
  await page.goto("/results");
  const picker = page.locator(".results-event__picker select");
  const name = page.locator(".results-event__name");
  await expect(name).toHaveText("全区重点项目现场观摩会");
  await expect(picker).toHaveValue("2023-02-24-inspection");

  // Choosing the open practice event names it in the address and shows it.
  await picker.selectOption("demo-entry-practice");
  await expect(page).toHaveURL(/[?&]event=demo-entry-practice/);
  await expect(name).toHaveText("演示：评分录入练习（示意）");

  // Choosing the default again leaves the address without an event, as it started.
  await picker.selectOption("2023-02-24-inspection");
  await expect(page).not.toHaveURL(/event=/);
  await expect(name).toHaveText("全区重点项目现场观摩会");

  // A project's page quotes the same event.
  await page.goto("/projects/liandong-u-valley-chaohai");
  await expect(page.locator(".detail-score__event")).toContainText("全区重点项目现场观摩会");
});
