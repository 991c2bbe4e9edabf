import { expect, test } from "./fixtures";

const eventId = "2023-02-24-inspection";

type MethodRanking = {
  projectId: string;
  category: string;
  mean: number | null;
  median: number | null;
  trimmedMean: number | null;
  rankByMean: number | null;
  rankByMedian: number | null;
  rankByTrimmedMean: number | null;
};

test("the quality API gives three rankings per project, the signals and the evaluators' labels", async ({
  request,
}) => {
  const res = await request.get(`/api/events/${eventId}/quality`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  const rankings = body.rankings as MethodRanking[];
  expect(rankings).toHaveLength(18);
  for (const category of ["manufacturing", "urban_renewal"]) {
    const ranks = rankings
      .filter((r) => r.category === category)
      .map((r) => r.rankByTrimmedMean)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(ranks[0]).toBe(1);
  }
  expect(body.signals.evaluatorDeviation.length).toBe(body.evaluators.length);
  expect(Array.isArray(body.signals.uniformSheets)).toBe(true);
  expect(Array.isArray(body.signals.closeRanks)).toBe(true);
  expect(body.signals.thresholds.zScore).toBe(2);
  expect(body.evaluators[0]).toMatchObject({ id: "e01", label: "评委01" });

  const missing = await request.get("/api/events/no-such-event/quality");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("event_not_found");
});

// Depends on the results route composing <QualityPanel>: until it does, the page has no such
// heading and the table checks are skipped.
test("the results page shows the method comparison, one row per project", async ({
  page,
  request,
}) => {
  await page.goto(`/results?event=${eventId}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const heading = page.getByRole("heading", { name: "评分方法对比" });
  await page.waitForLoadState("networkidle");
  test.skip((await heading.count()) === 0, "the results route does not show the quality panel yet");
  await expect(heading).toBeVisible();
  const { rankings } = (await (await request.get(`/api/events/${eventId}/quality`)).json()) as {
    rankings: MethodRanking[];
  };
  const tables = page.locator("table.quality-table[data-category]");
  await expect(tables).toHaveCount(2);
  await expect(tables.first().locator("tbody tr")).toHaveCount(16);
  await expect(tables.nth(1).locator("tbody tr")).toHaveCount(2);
  // The first manufacturing row is the trimmed-mean leader, with its three scores.
  const leader = rankings.find((r) => r.category === "manufacturing" && r.rankByTrimmedMean === 1);
  const firstRow = tables.first().locator("tbody tr").first();
  await expect(firstRow).toHaveAttribute("data-project-id", leader?.projectId ?? "");
  await expect(firstRow).toContainText((leader?.trimmedMean ?? 0).toFixed(2));
  await expect(firstRow).toContainText("第 1 名");
  // A project whose rank depends on the method says so in words, not only by colour.
  const differing = rankings.filter(
    (r) => new Set([r.rankByMean, r.rankByMedian, r.rankByTrimmedMean]).size > 1,
  );
  await expect(page.locator("tr.quality-row--differs")).toHaveCount(differing.length);
  for (const title of ["评委打分偏差", "雷同评分表", "名次差距在误差范围内"])
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("与其他评委对同一项目平均分之差的平均值")).toBeVisible();
});
