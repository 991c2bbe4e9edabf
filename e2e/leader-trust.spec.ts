import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * What a leader reads must agree with the figures beside it: status sentences, problem deadlines,
 * 形象进度, bar lengths, and lists that do not hide items.
 */

type Explanation = {
  light: "green" | "yellow" | "red";
  ytdCompletionPct: number;
  timeElapsedPct: number;
  asOf: string;
};
type Problem = {
  id: string;
  status: "open" | "awaiting_close" | "closed";
  dueDate: string;
  resolvedDate: string | null;
};
type Detail = {
  id: string;
  name: string;
  nameEn: string;
  progress: number;
  statusExplanation: Explanation;
  problems: Problem[];
  milestones: unknown[];
};

async function allProjects(request: APIRequestContext): Promise<Detail[]> {
  const list = await (await request.get("/api/projects")).json();
  return Promise.all(
    (list.projects as { id: string }[]).map(
      async ({ id }) => (await (await request.get(`/api/projects/${id}`)).json()).project as Detail,
    ),
  );
}

const days = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** What the sentence says about the gap: + ahead, − behind, 0 on plan; and the number it gives. */
function claimOf(sentence: string): { sign: number; points: number | null } {
  const ahead = sentence.match(/超前 ([\d.]+) 个百分点|gone: ([\d.]+) points ahead/);
  if (ahead) return { sign: 1, points: Number(ahead[1] ?? ahead[2]) };
  if (/与序时持平|gone: on plan\./.test(sentence)) return { sign: 0, points: 0 };
  const behind = sentence.match(/，落后 ([\d.]+) 个百分点|gone: ([\d.]+) points behind/);
  if (behind) return { sign: -1, points: Number(behind[1] ?? behind[2]) };
  if (/，落后(不足|超过) \d+ 个百分点|gone: (under|over) \d+ points behind/.test(sentence))
    return { sign: -1, points: null };
  throw new Error(`no standing against plan in: ${sentence}`);
}

test.describe("every project page agrees with its own figures", () => {
  test.setTimeout(180_000);

  for (const lang of ["zh", "en"] as const) {
    test(`status sentence, problem deadlines and progress (${lang})`, async ({ page, request }) => {
      const projects = await allProjects(request);
      expect(projects).toHaveLength(18);
      let resolvedLate = 0;
      for (const p of projects) {
        await page.goto(`/projects/${p.id}?lang=${lang}`);
        const name = lang === "zh" ? p.name : p.nameEn;
        await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

        // The sentence: ahead / on plan / behind, as the two figures it quotes say.
        const s = p.statusExplanation;
        const sentence = (await page.locator(".detail-header__reason").textContent()) ?? "";
        expect(sentence).toContain(`${s.ytdCompletionPct.toFixed(1)}%`);
        expect(sentence).toContain(`${s.timeElapsedPct.toFixed(1)}%`);
        const gap = Math.round((s.ytdCompletionPct - s.timeElapsedPct) * 10) / 10;
        const claim = claimOf(sentence);
        expect(claim.sign, `${p.id}: ${sentence}`).toBe(Math.sign(gap));
        if (claim.points !== null) expect(claim.points, sentence).toBeCloseTo(Math.abs(gap), 5);
        // The badge's tooltip is the same sentence.
        await expect(page.locator(".detail-header .status").first()).toHaveAttribute(
          "title",
          sentence,
        );

        // 形象进度 with one decimal.
        await expect(
          page
            .locator(".detail-facts__item")
            .filter({ hasText: lang === "zh" ? "形象进度" : /progress/i }),
        ).toContainText(`${p.progress.toFixed(1)}%`);

        // Each problem's 超期 cell follows its dates.
        const rows = page
          .locator("section", { has: page.locator("#detail-problems-title") })
          .locator("tbody tr");
        await expect(rows).toHaveCount(p.problems.length);
        for (const problem of p.problems) {
          const row = rows
            .filter({ has: page.locator("th") })
            .nth(sortedProblems(p.problems).findIndex((q) => q.id === problem.id));
          const cell = row.locator("td").last();
          const expected = expectedTimeliness(problem, s.asOf, lang);
          await expect(cell, `${p.id} / ${problem.id}`).toHaveText(expected);
          if (
            problem.status === "closed" &&
            problem.resolvedDate &&
            days(problem.dueDate, problem.resolvedDate) > 0
          )
            resolvedLate += 1;
        }
      }
      // The seed has problems that were resolved late; they must have been checked.
      expect(resolvedLate).toBeGreaterThan(0);
    });
  }
});

/** The table's order: open first, then by due date. */
function sortedProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      Number(a.status === "closed") - Number(b.status === "closed") ||
      a.dueDate.localeCompare(b.dueDate),
  );
}

function expectedTimeliness(p: Problem, asOf: string, lang: "zh" | "en"): RegExp {
  if (p.status !== "closed") {
    const late = days(p.dueDate, asOf);
    if (late >= 1)
      return lang === "zh"
        ? new RegExp(`超期 ${late} 天`)
        : new RegExp(`${late} ${late === 1 ? "day" : "days"} overdue`);
    return lang === "zh" ? /^未超期$/ : /^Not overdue$/;
  }
  if (!p.resolvedDate) return /^—$/;
  const late = days(p.dueDate, p.resolvedDate);
  if (late >= 1)
    return lang === "zh"
      ? new RegExp(`^逾期办结 ${late} 天$`)
      : new RegExp(`^Resolved ${late} ${late === 1 ? "day" : "days"} late$`);
  return lang === "zh" ? /^按期办结$/ : /^Resolved on time$/;
}

async function widthOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not laid out");
  return box.width;
}

test("the overview's score bars are as long as the scores, from zero", async ({ page }) => {
  await page.goto("/");
  const rows = page.locator(".ranking__row");
  await expect(rows).toHaveCount(18);
  const measured: { score: number; fill: number; track: number }[] = [];
  for (const row of await rows.all()) {
    const score = Number(await row.locator(".ranking__score").textContent());
    const track = await widthOf(row.locator(".ranking__bar"));
    const fill = await widthOf(row.locator(".ranking__bar > span"));
    measured.push({ score, fill, track });
    expect(fill / track).toBeCloseTo(score / 100, 2);
  }
  // The lowest against the highest: e.g. 62.53 vs 88.39 is ≈ 0.71, not a fifth.
  const low = measured.reduce((a, b) => (b.score < a.score ? b : a));
  const high = measured.reduce((a, b) => (b.score > a.score ? b : a));
  expect(low.fill / high.fill).toBeCloseTo(low.score / high.score, 2);
  await expect(page.getByText("条长自 0 分起，满分 100 分。")).toBeVisible();
});

test("the plan-completion bars are as long as the shares, from zero", async ({ page }) => {
  await page.goto("/");
  const rows = page.locator(".plan-bars__row");
  await expect(rows).toHaveCount(18);
  const measured: { pct: number; fill: number }[] = [];
  for (const row of await rows.all()) {
    const pct = Number.parseFloat(
      (await row.locator(".plan-bars__value").textContent())?.replace(/[^\d.]/g, "") ?? "",
    );
    measured.push({ pct, fill: await widthOf(row.locator(".plan-bars__fill")) });
  }
  const high = measured.reduce((a, b) => (b.pct > a.pct ? b : a));
  for (const m of measured) expect(m.fill / high.fill).toBeCloseTo(m.pct / high.pct, 1);
});

async function noInnerScroll(page: Page, selector: string) {
  const { scroll, client } = await page
    .locator(selector)
    .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(scroll).toBeLessThanOrEqual(client + 1);
}

test("the behind-plan card shows all, or says how many more and leads to them (en)", async ({
  page,
}) => {
  await page.goto("/?lang=en");
  const card = page.locator(".overview__behind");
  const count = Number(
    (await card.getByText(/projects on yellow or red/).textContent())?.match(/\d+/)?.[0],
  );
  expect(count).toBeGreaterThan(0);
  await noInnerScroll(page, ".overview__behind");
  const items = card.locator(".behind-list__item");
  const shown = await items.count();
  if (shown < count) {
    await card.getByRole("button", { name: `${count - shown} more: show all` }).click();
    await expect(items).toHaveCount(count);
    await noInnerScroll(page, ".overview__behind");
    for (const item of await items.all()) await expect(item).toBeVisible();
  }
  await card.getByRole("link", { name: "See them in the project table" }).click();
  await expect(page).toHaveURL(/\/projects\?.*status=yellow%2Cred|status=yellow,red/);
  await expect(page.locator(".project-table tbody tr")).toHaveCount(count);
});

test.describe("a project page on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("milestone and problem rows are cards with every column in view", async ({
    page,
    request,
  }) => {
    const projects = await allProjects(request);
    const p = projects.find((x) => x.problems.length >= 2 && x.milestones.length > 0);
    if (!p) throw new Error("no project with problems and milestones in the seed");
    await page.goto(`/projects/${p.id}`);
    await expect(page.getByRole("heading", { level: 1, name: p.name })).toBeVisible();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    for (const title of ["#detail-milestones-title", "#detail-problems-title"]) {
      const section = page.locator("section", { has: page.locator(title) });
      const scroller = section.locator(".table-scroll");
      const { scroll, client } = await scroller.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      expect(scroll, title).toBeLessThanOrEqual(client + 1);
      for (const cell of await section.locator("tbody td").all()) {
        const box = await cell.boundingBox();
        expect(box && box.x + box.width, title).toBeLessThanOrEqual(390);
      }
    }
    // The 超期 and 状况 headings travel with each value.
    await expect(
      page.locator("#detail-problems-title ~ * td[data-label='超期']").first(),
    ).toBeVisible();
  });
});

test("形象进度 has one decimal in the project table and the map popup, as on the project page", async ({
  page,
  request,
}) => {
  const projects = await allProjects(request);
  await page.goto("/projects");
  const rows = page.locator(".project-table tbody tr");
  await expect(rows).toHaveCount(18);
  for (const p of projects) {
    await expect(rows.filter({ hasText: p.name }).locator(".pt-progress__value")).toHaveText(
      `${p.progress.toFixed(1)}%`,
    );
  }
  // A project whose progress has a decimal that rounding to whole numbers would hide.
  const fractional = projects.find((p) => p.progress % 1 !== 0) ?? projects[0];
  await page.goto(`/map?sel=${fractional?.id}`);
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toContainText(`${fractional?.progress.toFixed(1)}%`);
});
