/**
 * The table of what people type, run through every place a person types a sheet: the evaluator's
 * phone, the desk grid and an imported file. Each must read every row as the domain's reader does.
 */
import { describe, expect, it } from "vitest";
import { checkDraft } from "./client/features/evaluator-entry/utils/sheet-draft";
import { checkRow, VOTE } from "./client/features/score-desk/utils/desk-row";
import { evaluators, makeEvent } from "./domain/event-results.fixtures";
import type { TypedValue } from "./domain/sheet-input";
import { asTyped, scoreTable, tableScheme, voteTable } from "./domain/sheet-input.fixtures";
import { checkImport, importColumns, readImportRow } from "./server/transfer/import-check";

const { criteria } = tableScheme;
const event = { ...makeEvent(["p1"]), scheme: { ...makeEvent([]).scheme, criteria } };
const evaluatorId = evaluators[0]?.id ?? "";
const header = ["evaluatorId", "projectId", "项目建设进度 (30)", "综合效益 (15)", "满意度", "备注"];
const columns = importColumns(header, event);

type Outcome = number | string | undefined;

const phone = (score: TypedValue): Outcome => {
  const check = checkDraft(
    {
      scores: { progress: asTyped(score), benefit: "10" },
      vote: "satisfied",
      comment: "",
      reason: "",
    },
    criteria,
    { needsReason: false },
  );
  return check.input?.scores.progress ?? check.fieldIssues.progress?.code;
};

const grid = (score: TypedValue, vote: TypedValue, field: "progress" | typeof VOTE): Outcome => {
  const row = checkRow(
    { progress: asTyped(score), benefit: "10", [VOTE]: asTyped(vote) },
    undefined,
    tableScheme,
    "zh",
  );
  if (row.issues[field]) return row.issues[field]?.code;
  return field === VOTE ? row.input?.vote : row.input?.scores.progress;
};

const importRow = (score: TypedValue, vote: TypedValue, field: "progress" | "vote"): Outcome => {
  const read = readImportRow(
    [evaluatorId, "p1", score ?? null, 10, vote ?? null, null],
    columns,
    event,
  );
  const issue = read.issues.find((i) =>
    field === "vote" ? !("criterionId" in i) : "criterionId" in i && i.criterionId === field,
  );
  if (issue) return issue.code;
  return field === "vote" ? (read.vote ?? undefined) : read.scores.progress;
};

describe("a typed score reads the same on the phone, in the grid and in an import", () => {
  it.each(scoreTable)("$what ($typed) → $expected", ({ typed, expected }) => {
    expect({
      phone: phone(typed),
      grid: grid(typed, "1", "progress"),
      import: importRow(typed, "1", "progress"),
    }).toEqual({ phone: expected, grid: expected, import: expected });
  });
});

describe("a typed vote reads the same in the grid and in an import", () => {
  // The phone offers the three votes as buttons, so nothing is typed there.
  it.each(voteTable)("$what ($typed) → $expected", ({ typed, expected }) => {
    expect({ grid: grid("10", typed, VOTE), import: importRow("10", typed, "vote") }).toEqual({
      grid: expected,
      import: expected,
    });
  });
});

describe("the whole import", () => {
  it("accepts every row of the table the reader accepts and rejects the others with a reason", () => {
    const rows = [
      { row: 1, cells: header },
      ...scoreTable.map(({ typed }, i) => ({
        row: i + 2,
        cells: [evaluatorId, `p${i}`, typed ?? null, "10", "满意", null],
      })),
    ];
    const projectIds = scoreTable.map((_, i) => `p${i}`);
    const { report } = checkImport(rows, {
      event: { ...event, projectIds },
      evaluators,
      projects: projectIds.map((id) => ({ id, responsibleUnit: "区住建局" })),
      sheets: [],
      lang: "zh",
    });
    expect(report.fileErrors).toEqual([]);
    const statuses = report.rows.map((r) => (r.status === "rejected" ? "rejected" : "accepted"));
    expect(statuses).toEqual(
      scoreTable.map(({ expected }) => (typeof expected === "number" ? "accepted" : "rejected")),
    );
    for (const r of report.rows) if (r.status === "rejected") expect(r.reasons).toHaveLength(1);
  });
});
