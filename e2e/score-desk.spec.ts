import type { Page } from "@playwright/test";
import { expect, signInPage, test } from "./fixtures";

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
  }) => {
    await signInPage(page, "staff");
    await page.goto(`/entry?event=${EVENT}`);
    await expect(page.getByText(/已提交 \d+\/\d+ 份/)).toBeVisible();
    await page.getByRole("combobox", { name: /^评委/ }).selectOption("e60");

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
    await expect(page.getByText("已保存 18 行，失败 0 行。")).toBeVisible();
    await expect.poll(async () => (await sheetsOf(page, "e60")).length).toBe(18);
    const first = (await sheetsOf(page, "e60")).find((s) => s.scores.progress === 25);
    expect(first).toBeTruthy();

    const matrixRow = page
      .getByRole("row")
      .filter({ has: page.getByRole("button", { name: "打开评委60的评分表" }) });
    await expect(matrixRow).toContainText("18/18");
    await expect(matrixRow.getByText("未交")).toHaveCount(0);
  });

  test("an out-of-range score is flagged with its criterion and not saved", async ({ page }) => {
    await signInPage(page, "staff");
    await page.goto(`/entry?event=${EVENT}`);
    await page.getByRole("combobox", { name: /^评委/ }).selectOption("e61");
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
    expect(await sheetsOf(page, "e61")).toHaveLength(0);

    // Escape undoes the edit of a cell; fixing the value lets the row save.
    await cell.focus();
    await page.keyboard.type("29");
    await page.keyboard.press("Escape");
    await expect(cell).toHaveValue("31");
    await page.keyboard.type("29");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByText("已保存 1 行，失败 0 行。")).toBeVisible();
    expect(await sheetsOf(page, "e61")).toHaveLength(1);
  });
});
