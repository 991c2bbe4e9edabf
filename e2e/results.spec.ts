import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test, untilStill } from "./fixtures";

type SheetTotal = { evaluatorId: string; groupId: string; total: number };
type Result = {
  projectId: string;
  category: string;
  score: number | null;
  baseScore: number | null;
  rank: number | null;
  steps: {
    droppedHighest: SheetTotal | null;
    droppedLowest: SheetTotal | null;
    baseScore: number | null;
    satisfactionIndex: number | null;
    scoreWeight: number;
    satisfactionWeight: number;
    composite: number | null;
  };
};

// The published inspection: other journeys score on the practice event, never on this one.
const inspectionId = "2023-02-24-inspection";

async function latestEvent(request: APIRequestContext) {
  const id = inspectionId;
  const { evaluators } = await (await request.get(`/api/events/${id}`)).json();
  const { results } = await (await request.get(`/api/events/${id}/results`)).json();
  return {
    id,
    results: results as Result[],
    evaluators: evaluators as { id: string; label: string }[],
  };
}

const rankingTables = (page: Page) => page.locator("table.results-ranking");
const score = (n: number) => n.toFixed(2);

test("each category is ranked from 1: 16 manufacturing and 2 urban-renewal rows", async ({
  page,
}) => {
  await page.goto(`/results?event=${inspectionId}`);
  await expect(rankingTables(page)).toHaveCount(2);
  const counts = [16, 2];
  for (const [i, count] of counts.entries()) {
    const rows = rankingTables(page).nth(i).locator("tbody tr");
    await expect(rows).toHaveCount(count);
    const ranks = (await rows.locator("td.results-rank").allTextContents()).map((text) =>
      Number.parseInt(text, 10),
    );
    expect(ranks[0]).toBe(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(Math.max(...ranks)).toBeLessThanOrEqual(count);
  }
});

test("a score's explanation shows the dropped totals and the composite equation, matching the API", async ({
  page,
  request,
}) => {
  const event = await latestEvent(request);
  const result = event.results.find(
    (r) => r.steps.droppedHighest && r.steps.satisfactionIndex !== null && r.score !== null,
  );
  if (!result) throw new Error("no result with trimmed sheets and votes in the seed data");
  const { steps } = result;
  const high = steps.droppedHighest as SheetTotal;
  const low = steps.droppedLowest as SheetTotal;
  const label = (id: string) => event.evaluators.find((e) => e.id === id)?.label ?? id;

  await page.goto(`/results?event=${inspectionId}`);
  const button = page.locator(
    `tr[data-project-id="${result.projectId}"] button[data-score="composite"]`,
  );
  await expect(button).toHaveText(new RegExp(`^${score(result.score ?? 0)}`));
  await button.click();

  const dialog = page.getByRole("dialog", { name: /得分如何计算/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("dropped-highest")).toContainText(label(high.evaluatorId));
  await expect(dialog.getByTestId("dropped-highest")).toContainText(score(high.total));
  await expect(dialog.getByTestId("dropped-lowest")).toContainText(label(low.evaluatorId));
  await expect(dialog.getByTestId("dropped-lowest")).toContainText(score(low.total));
  await expect(dialog.getByTestId("composite-equation")).toHaveText(
    `${steps.scoreWeight} × ${score(steps.baseScore ?? 0)} + ${steps.satisfactionWeight} × ${score(
      steps.satisfactionIndex ?? 0,
    )} = ${score(steps.composite ?? 0)}`,
  );
  await expect(dialog.getByTestId("base-equation")).toContainText(
    `= ${score(steps.baseScore ?? 0)}`,
  );

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

type FullResult = Result & {
  tieBreak: "none" | "base_score" | "satisfied_share";
  satisfiedShare: number | null;
  satisfactionRate: number | null;
  criterionMeans: Record<string, number | null>;
  steps: Result["steps"] & {
    votes: { satisfied: number; basically_satisfied: number; unsatisfied: number };
  };
};

async function fullResults(request: APIRequestContext) {
  const { results } = await (await request.get(`/api/events/${inspectionId}/results`)).json();
  return results as FullResult[];
}

test("each ranking says what it orders by and marks the figure that broke a tie", async ({
  page,
  request,
}) => {
  const results = await fullResults(request);
  const decided = results
    .filter((r) => r.tieBreak === "satisfied_share")
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  expect(decided.length, "the seed has a place decided by the 满意 share").toBeGreaterThanOrEqual(
    2,
  );

  await page.goto(`/results?event=${inspectionId}`);
  await expect(rankingTables(page)).toHaveCount(2);
  await expect(page.getByTestId("ranking-order")).toHaveCount(2);
  for (const order of await page.getByTestId("ranking-order").allTextContents())
    expect(order).toContain("综合得分 → 基础得分 → 满意票占比");

  const [first, second] = decided;
  for (const r of [first, second]) {
    const share = page.locator(`tr[data-project-id="${r.projectId}"] td.results-satisfiedShare`);
    await expect(share).toContainText("◆");
    await expect(share).toContainText(`${((r.satisfiedShare ?? 0) * 100).toFixed(2)}%`);
  }
  expect(first.score).toBe(second.score);
  expect(first.baseScore).toBe(second.baseScore);
  expect(first.satisfiedShare ?? 0).toBeGreaterThan(second.satisfiedShare ?? 0);
  // Where the composite alone decided, no figure is marked.
  const plain = results.find((r) => r.tieBreak === "none" && r.rank !== null);
  if (!plain) throw new Error("no plainly ranked result");
  await expect(
    page.locator(`tr[data-project-id="${plain.projectId}"] .results-decider`),
  ).toHaveCount(0);
});

test("the vote split is shown with every satisfaction rate, which is labelled honestly", async ({
  page,
  request,
}) => {
  const results = await fullResults(request);
  await page.goto(`/results?event=${inspectionId}`);
  await expect(rankingTables(page)).toHaveCount(2);
  await expect(page.locator("main")).not.toContainText("满意率");
  await expect(rankingTables(page).first().locator("thead")).toContainText("满意及基本满意");
  for (const r of results.filter((x) => x.satisfactionRate !== null)) {
    const row = page.locator(`tr[data-project-id="${r.projectId}"]`);
    const { satisfied, basically_satisfied, unsatisfied } = r.steps.votes;
    await expect(row.locator(".vote-split__counts")).toHaveText(
      `满意 ${satisfied} · 基本满意 ${basically_satisfied} · 不满意 ${unsatisfied}`,
    );
  }
});

test("bars are their value's length from zero: the criterion breakdown and the vote split", async ({
  page,
  request,
}) => {
  const results = await fullResults(request);
  await page.goto(`/results?event=${inspectionId}`);
  const chart = page.locator(".results-breakdown").first();
  // Charts are drawn when they come on screen.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();

  // The x axis: where 0 and the maximum (100) are drawn.
  const ticks = await chart
    .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")
    .evaluateAll((texts) =>
      texts.map((text) => {
        // Tick labels are centred on their tick.
        const box = text.getBoundingClientRect();
        return { label: text.textContent?.trim(), x: box.x + box.width / 2 };
      }),
    );
  const tickX = (label: string) => {
    const tick = ticks.find((t) => t.label === label);
    if (!tick) throw new Error(`no tick ${label}`);
    return tick.x;
  };
  const [zero, hundred] = [tickX("0"), tickX("100")];
  const pxPerPoint = (hundred - zero) / 100;

  // Segments grouped into bars by their vertical position, top (rank 1) first.
  const boxes = await chart.locator(".recharts-bar-rectangle path").evaluateAll((paths) =>
    paths.map((p) => {
      const r = p.getBoundingClientRect();
      return { x: r.x, y: Math.round(r.y + r.height / 2), right: r.right };
    }),
  );
  const rows = new Map<number, { x: number; right: number }>();
  for (const b of boxes) {
    const row = rows.get(b.y) ?? { x: Number.POSITIVE_INFINITY, right: 0 };
    rows.set(b.y, { x: Math.min(row.x, b.x), right: Math.max(row.right, b.right) });
  }
  const bars = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, bar]) => bar);
  const manufacturing = results
    .filter((r) => r.category === "manufacturing")
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  expect(bars).toHaveLength(manufacturing.length);
  for (const [i, r] of manufacturing.entries()) {
    const total = Object.values(r.criterionMeans).reduce<number>((s, v) => s + (v ?? 0), 0);
    // Each stacked segment has a 1 px white stroke, so allow a couple of pixels.
    expect(Math.abs(bars[i].x - zero), `${r.projectId} starts at 0`).toBeLessThan(2);
    expect(Math.abs(bars[i].right - bars[i].x - total * pxPerPoint)).toBeLessThan(3);
  }

  // The vote split: each part's share of the whole bar is its share of the votes.
  for (const r of manufacturing.slice(0, 4)) {
    const bar = page.locator(`tr[data-project-id="${r.projectId}"] .vote-split__bar`);
    const whole = await bar.boundingBox();
    if (!whole) throw new Error("no vote bar");
    const votes = r.steps.votes;
    const total = votes.satisfied + votes.basically_satisfied + votes.unsatisfied;
    for (const part of await bar.locator(".vote-split__part").all()) {
      const box = await part.boundingBox();
      const count = Number(await part.getAttribute("data-count"));
      expect(Math.abs((box?.width ?? 0) - (whole.width * count) / total)).toBeLessThan(1);
    }
  }
});

test("loading the results page moves nothing already shown (layout shift ≈ 0)", async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  // Slow the page down as Lighthouse does, so each response arrives after the last one was drawn.
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`/results?event=${inspectionId}`, { waitUntil: "networkidle" });
  await expect(rankingTables(page)).toHaveCount(2);
  // Whatever still moves (charts drawing in) has stopped before the shift is read.
  await untilStill(page, "main");
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  expect(shift).toBeLessThan(0.02);
});

test("on a 390 px phone every ranking row shows rank, project and scores without sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/results?event=${inspectionId}`);
  await expect(rankingTables(page)).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const scroller of await page.locator(".results-table .table-scroll").all()) {
    const { scrollWidth, clientWidth } = await scroller.evaluate((e) => ({
      scrollWidth: e.scrollWidth,
      clientWidth: e.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  }
  const rows = rankingTables(page).locator("tbody tr");
  for (const row of (await rows.all()).slice(0, 5)) {
    for (const part of ["td.results-rank", "th.results-name a", "td.results-composite button"]) {
      const box = await row.locator(part).boundingBox();
      expect(box, part).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390, part).toBe(true);
    }
    await expect(row.locator("td.results-composite")).toBeVisible();
  }
});

test("every ranking-like section on the results page agrees with the official rank or says why not", async ({
  page,
  request,
}) => {
  const results = await fullResults(request);
  const rankOf = new Map(results.map((r) => [r.projectId, r.rank]));
  const { signals } = await (await request.get(`/api/events/${inspectionId}/quality`)).json();
  const pairs = signals.closeRanks as { higher: string; lower: string }[];
  expect(pairs.length).toBeGreaterThan(0);

  await page.goto(`/results?event=${inspectionId}`);
  // Close ranks: each sentence names the official ranks, higher first.
  const close = page.locator('table[data-signal="close-ranks"] tbody th');
  await expect(close).toHaveCount(pairs.length);
  for (const [i, pair] of pairs.entries()) {
    const [higher, lower] = [rankOf.get(pair.higher), rankOf.get(pair.lower)];
    if (!higher || !lower) throw new Error("close ranks name ranked projects");
    expect(higher).toBeLessThanOrEqual(lower);
    const text = (await close.nth(i).textContent()) ?? "";
    if (higher === lower) expect(text).toContain(`并列第 ${higher} 名`);
    else expect(text).toMatch(new RegExp(`^第 ${higher} 名 .*高于第 ${lower} 名 `));
  }
  // The criterion chart and the method comparison say what they order by and why they may differ.
  await expect(page.locator(".results-breakdown").first()).toContainText("按正式排名排列");
  await expect(page.locator(".results-breakdown-note").first()).toContainText("可能与正式排名不同");
  await expect(page.locator("section[aria-labelledby='quality-methods-title']")).toContainText(
    "可能与按综合得分的正式排名不同",
  );
});

test("charts below the fold wait in a box of their own height and are drawn when scrolled to", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/results?event=${inspectionId}`);
  await expect(page.locator(".results-category table").first()).toBeVisible();
  const box = page.locator(".results-breakdown .chart-figure__chart > div").first();
  // Not on screen at first: nothing drawn yet, but the room is kept, so nothing moves later.
  await expect(box).toHaveAttribute("data-drawn", "false");
  await expect(box.locator("svg")).toHaveCount(0);
  const before = await box.evaluate((el) => el.getBoundingClientRect().height);
  expect(before).toBeGreaterThan(200);
  await box.scrollIntoViewIfNeeded();
  await expect(box).toHaveAttribute("data-drawn", "true");
  await expect(box.locator(".recharts-bar-rectangle").first()).toBeVisible();
  expect(await box.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
  // The text alternative is there whether or not the chart is drawn.
  await expect(
    page.locator(".results-breakdown").first().getByRole("button", { name: "查看数据表" }),
  ).toBeVisible();
});
