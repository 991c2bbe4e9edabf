import type { Page } from "@playwright/test";
import { deskEvaluatorPicker, expect, signInPage, test } from "./fixtures";

const EVENT = "demo-entry-practice";

/** Pastes text at the focused cell the way a browser does after Ctrl+V from Excel. */
async function paste(page: Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function sheetsOf(page: Page, evaluatorId: string) {
  const body = await (await page.request.get(`/api/events/${EVENT}/sheets`)).json();
  return (
    body.sheets as { evaluatorId: string; projectId: string; scores: Record<string, number> }[]
  ).filter((s) => s.evaluatorId === evaluatorId);
}

test.describe("score desk", () => {
  test("visitors are asked to sign in with a staff account", async ({ page }) => {
    await page.goto("/entry");
    await expect(page.getByText("需要工作人员账号")).toBeVisible();
    await expect(page.getByRole("link", { name: "登录工作人员账号" })).toBeVisible();
  });

  test("a pasted 18×5 block from Excel fills one evaluator's sheet and saves 18 sheets", async ({
    page,
    evaluator,
  }) => {
    test.setTimeout(120_000);
    await signInPage(page, "staff");
    await page.goto(`/entry?event=${EVENT}`);
    await expect(page.getByText(/已提交 \d+\/\d+ 份/)).toBeVisible();
    await deskEvaluatorPicker(page).selectOption(evaluator.id);

    const rows = Array.from({ length: 18 }, (_, i) =>
      [25 + (i % 5), 15 + (i % 4), 14 + (i % 3), 12, 11 + (i % 2)].join("\t"),
    );
    await page.locator('[data-cell="0:0"]').focus();
    await paste(page, `${rows.join("\r\n")}\r\n`);
    await expect(page.getByText("已粘贴 18 行 × 5 列。")).toBeVisible();
    await expect(page.locator('[data-cell="17:4"]')).toHaveValue(String(11 + (17 % 2)));
    await expect(page.locator('[data-cell="0:0"]')).toHaveValue("25");

    // The votes column, typed as 1/2/3 and pasted as one column.
    await page.locator('[data-cell="0:6"]').focus();
    await paste(page, `${Array.from({ length: 18 }, (_, i) => String((i % 3) + 1)).join("\n")}\n`);
    await expect(page.locator('[data-cell="1:6"]')).toHaveValue("基本满意");

    await page.getByRole("button", { name: "保存修改" }).click();
    // 18 writes one after another: on a loaded machine that takes longer than one expect's wait,
    // so the outcome is awaited as long as the journey allows.
    await expect(page.getByText("已保存 18 行，失败 0 行。")).toBeVisible({ timeout: 60_000 });
    await expect.poll(async () => (await sheetsOf(page, evaluator.id)).length).toBe(18);
    const first = (await sheetsOf(page, evaluator.id)).find((s) => s.scores.progress === 25);
    expect(first).toBeTruthy();

    const matrixRow = page
      .getByRole("row")
      .filter({ has: page.getByRole("button", { name: `打开${evaluator.label}的评分表` }) });
    await expect(matrixRow).toContainText("18/18");
    await expect(matrixRow.getByText("未交")).toHaveCount(0);
  });

  test("an out-of-range score is flagged with its criterion and not saved", async ({
    page,
    evaluator,
  }) => {
    await signInPage(page, "staff");
    await page.goto(`/entry?event=${EVENT}`);
    await deskEvaluatorPicker(page).selectOption(evaluator.id);
    const cell = page.locator('[data-cell="0:0"]');
    await cell.focus();
    await page.keyboard.type("31");
    await page.keyboard.press("Tab");
    for (const value of ["18", "17", "12", "13"]) {
      if (value !== "18") await page.keyboard.press("Tab");
      await page.keyboard.type(value);
    }
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    await expect(cell).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("“项目建设进度”得分 31 超出 0–30")).toBeVisible();
    await page.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByText(/1 行有错误或总分不符，未保存/)).toBeVisible();
    expect(await sheetsOf(page, evaluator.id)).toHaveLength(0);

    // Escape undoes the edit of a cell; fixing the value lets the row save.
    await cell.focus();
    await page.keyboard.type("29");
    await page.keyboard.press("Escape");
    await expect(cell).toHaveValue("31");
    // Esc selects the restored value a frame later; typing before that would append ("3129").
    await expect
      .poll(() =>
        cell.evaluate(
          (el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length,
        ),
      )
      .toBe(true);
    await page.keyboard.type("29");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByText("已保存 1 行，失败 0 行。")).toBeVisible();
    expect(await sheetsOf(page, evaluator.id)).toHaveLength(1);
  });
});

test.describe("pasting over submitted sheets", () => {
  test("marks each overwritten sheet by row, wants a reason for each, and can be undone", async ({
    page,
    evaluator,
  }) => {
    await signInPage(page, "staff");
    const { csrfToken } = await (await page.request.get("/api/session")).json();
    const { event } = await (await page.request.get(`/api/events/${EVENT}`)).json();
    const fourth: string = event.projectIds[3];
    const submitted = {
      scores: { progress: 20, investment: 15, technology: 15, site_management: 10, benefit: 10 },
      vote: "satisfied",
    };
    const stored = (await sheetsOf(page, evaluator.id)).find((s) => s.projectId === fourth);
    if (!stored) {
      const put = await page.request.put(`/api/events/${EVENT}/sheets/${evaluator.id}/${fourth}`, {
        headers: { "X-CSRF-Token": csrfToken },
        data: submitted,
      });
      expect(put.status()).toBeLessThan(300);
    }

    await page.goto(`/entry?event=${EVENT}`);
    await deskEvaluatorPicker(page).selectOption(evaluator.id);
    const before = await page.locator('[data-cell="3:0"]').inputValue();
    expect(before).not.toBe("");

    // Two rows pasted at row 3: row 3 is new, row 4 replaces the submitted sheet.
    const block = "26\t16\t16\t12\t12\r\n27\t17\t17\t13\t13\r\n";
    await page.locator('[data-cell="2:0"]').focus();
    await paste(page, block);
    await expect(page.locator('[data-cell="3:0"]')).toHaveValue("27");
    const notice = page.locator(".desk-grid__notice");
    await expect(notice).toContainText(`其中 1 行会覆盖已提交的评分表（${evaluator.label} · 4. `);
    const marked = page.locator("tr.desk-grid__overwrite");
    await expect(marked).toHaveCount(1);
    await expect(marked.getByRole("rowheader")).toHaveText(/^4\. /);
    await expect(marked).toContainText("将覆盖已提交");

    // Ctrl+Z takes the whole paste back.
    await page.locator('[data-cell="2:0"]').focus();
    await page.keyboard.press("Control+z");
    await expect(notice).toHaveText("已撤销粘贴。");
    await expect(page.locator('[data-cell="3:0"]')).toHaveValue(before);
    await expect(page.locator('[data-cell="2:0"]')).toHaveValue("");
    await expect(marked).toHaveCount(0);
    await expect(page.getByRole("button", { name: "撤销粘贴" })).toHaveCount(0);

    // Pasted again, and undone with the button.
    await page.locator('[data-cell="2:0"]').focus();
    await paste(page, block);
    await expect(marked).toHaveCount(1);
    await page.getByRole("button", { name: "撤销粘贴" }).click();
    await expect(page.locator('[data-cell="3:0"]')).toHaveValue(before);

    // Pasted a third time and saved: refused until that row has its own reason.
    await page.locator('[data-cell="2:0"]').focus();
    await paste(page, block);
    for (const [r, vote] of [
      [2, "1"],
      [3, "2"],
    ] as const) {
      await page.locator(`[data-cell="${r}:6"]`).fill(vote);
    }
    await page.getByRole("button", { name: "保存修改" }).click();
    await expect(page.locator(".desk-save .desk-save__message")).toContainText(
      `有 1 行会覆盖已提交的评分表但还没填原因：${evaluator.label} · 4. `,
    );
    expect(
      (await sheetsOf(page, evaluator.id)).find((s) => s.projectId === fourth)?.scores.progress,
    ).not.toBe(27);
    const overwrites = page.getByRole("region", { name: /将覆盖 1 份已提交的评分表/ });
    await expect(overwrites).toContainText("已提交总分");
    await overwrites
      .getByLabel(new RegExp(`^覆盖原因（必填）：${evaluator.label} · 4\\. `))
      .fill("纸质表第 4 行誊写有误");
    await page.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByText("已保存 2 行，失败 0 行。")).toBeVisible();
    await expect
      .poll(
        async () =>
          (await sheetsOf(page, evaluator.id)).find((s) => s.projectId === fourth)?.scores.progress,
      )
      .toBe(27);
    const { records } = await (
      await page.request.get(`/api/events/${EVENT}/audit?limit=1000`)
    ).json();
    expect(JSON.stringify(records)).toContain("纸质表第 4 行誊写有误");
  });
});

test.describe("the desk grid on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("keeps each row's name and status in view while the criteria scroll", async ({ page }) => {
    await signInPage(page, "staff");
    await page.goto(`/entry?event=${EVENT}`);
    await deskEvaluatorPicker(page).selectOption("e65");
    const row = page.locator(".desk-grid tbody tr").nth(1);
    await row.scrollIntoViewIfNeeded();
    // Scrolled to the far right and back: both ends stay on screen all the time.
    for (const left of [10_000, 0]) {
      await page.locator(".desk-grid__scroll").evaluate((el, x) => el.scrollTo({ left: x }), left);
      for (const cell of [row.locator(".desk-grid__rowhead"), row.locator(".desk-grid__status")]) {
        const box = await cell.boundingBox();
        expect(box).not.toBeNull();
        expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
      }
    }
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
  });
});
