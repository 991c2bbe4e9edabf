import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

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
