import ExcelJS from "exceljs";
import { formatDate, periodLabel, yiToWan } from "../../domain/formats";
import type { Cell } from "../../domain/formula-safety";
import { defineMessages, type Lang, localized, text } from "../../domain/i18n";
import type { ProjectRecord } from "../../domain/project";
import { previousAcceptedReport, type ReportInput } from "../../domain/report-input";
import { type ReportColumn, type ReportRowCells, readReportRow } from "../../domain/report-row";
import type { Round } from "../../domain/reporting-rounds";
import { joinList, quoted } from "../../domain/shared-messages";
import { cellText, foldHeader as fold, type UploadCell, type UploadRow } from "./read-upload";
import { addTableSheet } from "./table-file";
import { chinaTime } from "./transfer-messages";

/**
 * The 旬报 sheet units send: a template with every project of the round (its unit, the last
 * accepted figures for reference, empty cells to fill), and the check of a filled one, row by row,
 * with the same reader and checks as the grid and the single report.
 */

const words = defineMessages({
  zh: {
    title: "{period}旬报填报表",
    fileName: "{period}旬报填报表",
    deadline: "报送截止：{deadline}",
    asOf: "生成时间：{time}（北京时间）",
    hint: "请填写“本旬完成投资（万元）”“形象进度（%）”“进展情况”；形象进度低于上次的，请在“理由”中说明；累计投资超过总投资的，在“超出总投资”中填“是”。金额可写 1200、1200万元 或 0.12亿元。projectId 列请勿修改；空行不导入。",
    illustrative: "示意数据：项目与投资数值为演示用示意值。",
    projectId: "projectId",
    project: "项目名称",
    unit: "责任单位",
    lastProgress: "上次形象进度（%）",
    lastCumulative: "累计完成投资（万元）",
    investmentWan: "本旬完成投资（万元）",
    progress: "形象进度（%）",
    note: "进展情况",
    reason: "理由",
    overTotal: "超出总投资（是/否）",
    noFile: "请选择要导入的 .xlsx 或 .csv 文件（字段名 file）",
    nothingImported: "{problems}。未导入任何数据",
    rowsRejected: "{n} 行被拒绝，未导入任何数据",
    noFilledRows: "文件中没有填写任何旬报",
  },
  en: {
    title: "Ten-day reports for {period}",
    fileName: "reports-{period}",
    deadline: "Deadline: {deadline}",
    asOf: "Made: {time} (China time)",
    hint: "Fill in “Investment this period (10k CNY)”, “Progress (%)” and “Progress note”; where progress is lower than last time, say why under “Reason”; where cumulative investment passes the total, put “yes” under “Above total investment”. Amounts may be 1200, 1200万元 or 0.12亿元. Do not change the projectId column; blank rows are not imported.",
    illustrative: "Illustrative data: project and investment figures are made up for the demo.",
    projectId: "projectId",
    project: "Project",
    unit: "Responsible unit",
    lastProgress: "Last progress (%)",
    lastCumulative: "Cumulative investment (10k CNY)",
    investmentWan: "Investment this period (10k CNY)",
    progress: "Progress (%)",
    note: "Progress note",
    reason: "Reason",
    overTotal: "Above total investment (yes/no)",
    noFile: "attach an .xlsx or .csv file (field name: file)",
    nothingImported: "{problems}. Nothing was imported",
    rowsRejected: "{n, plural, one {# row} other {# rows}} rejected; nothing was imported",
    noFilledRows: "the file has no filled-in reports",
  },
});
type Word = keyof typeof words.zh;
export const reportSheetWord = (key: Word, lang: Lang, params?: Record<string, string | number>) =>
  text(words, key, lang, params);

const reasons = defineMessages({
  zh: {
    no_header:
      "找不到模板的表头行：没有一行写着 {columns} 这些列名。请使用下载的模板，不要删除或改动表头行",
    no_project: "没有写明是哪个项目（projectId 或项目名称）",
    unknown_project: "没有项目“{name}”",
    unknown_unit: "没有责任单位“{unit}”",
    wrong_unit: "项目“{project}”的责任单位是“{owner}”，不是“{unit}”",
    duplicate: "与第 {row} 行是同一项目",
    pending_review: "责任单位已报送本旬旬报，正待审核；请在旬报页面审核，不要用导入覆盖",
    bad_flag: "“{column}”应填“是”或“否”，而不是“{value}”",
    cell: "“{column}”{value}：{message}",
  },
  en: {
    no_header:
      "the template's header row is missing: no row names the columns {columns}. Use the downloaded template and keep its header row as it is",
    no_project: "the row does not say which project (projectId or project name)",
    unknown_project: "no project “{name}”",
    unknown_unit: "no responsible unit “{unit}”",
    wrong_unit: "project “{project}” belongs to “{owner}”, not “{unit}”",
    duplicate: "the same project as row {row}",
    pending_review:
      "the responsible unit has sent this period's report, which waits for review; review it on the reports page rather than overwrite it by an import",
    bad_flag: "“{column}” takes “yes” or “no”, not “{value}”",
    cell: "“{column}”{value}: {message}",
  },
});
const why = (code: keyof typeof reasons.zh, lang: Lang, params: Record<string, string> = {}) =>
  text(reasons, code, lang, params);

const fillColumns: ReportColumn[] = ["investmentWan", "progress", "note", "reason"];

type TemplateInput = {
  round: Round;
  projects: ProjectRecord[];
  illustrative: boolean;
  lang: Lang;
  now: Date;
};

/** One row per project of the round, in the store's order, the cells to fill left empty. */
export async function reportTemplate(input: TemplateInput): Promise<Buffer> {
  const { round, lang } = input;
  const period = periodLabel(round.period, lang);
  const w = (key: Word, params?: Record<string, string | number>) =>
    reportSheetWord(key, lang, params);
  const rows: Cell[][] = input.projects.map((p) => {
    const previous = previousAcceptedReport(p.reports, round.period);
    return [
      p.id,
      localized(p, "name", lang),
      localized(p, "responsibleUnit", lang),
      previous?.progress ?? p.progress,
      yiToWan(previous?.cumulativeInvestment ?? p.cumulativeInvestment),
      null,
      null,
      null,
      null,
      null,
    ];
  });
  const workbook = new ExcelJS.Workbook();
  const { sheet, headerRow } = addTableSheet(workbook, {
    sheetName: w("title", { period }).slice(0, 31),
    preamble: [
      w("title", { period }),
      w("deadline", { deadline: formatDate(round.deadline, lang) }),
      w("asOf", { time: chinaTime(input.now) }),
      ...(input.illustrative ? [w("illustrative")] : []),
      w("hint"),
    ],
    header: [
      w("projectId"),
      w("project"),
      w("unit"),
      w("lastProgress"),
      w("lastCumulative"),
      ...fillColumns.map((c) => w(c)),
      w("overTotal"),
    ],
    rows,
    widths: [14, 40, 22, 14, 16, 18, 14, 40, 24, 16],
  });
  // Excel refuses a progress outside 0–100 as it is typed; amounts stay free text (万元/亿元).
  for (let r = headerRow + 1; r <= headerRow + rows.length; r++)
    sheet.getRow(r).getCell(7).dataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [0, 100],
      showErrorMessage: true,
      error: w("progress"),
    };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type ReportImportRow = {
  row: number;
  projectId: string;
  status: "new" | "changed" | "rejected";
  reasons: string[];
};
export type ReportImportReport = {
  rows: ReportImportRow[];
  blankRows: number;
  fileErrors: string[];
  counts: { new: number; changed: number; rejected: number };
};
export type AcceptedReportRow = { project: ProjectRecord; input: ReportInput };

type Columns = Record<"projectId" | "project" | "unit" | "overTotal" | ReportColumn, number>;

/** Where each column is in a row taken as the header, by its name in either language. */
function columnsOf(cells: UploadCell[]): Columns {
  const keys = cells.map((c) => fold(cellText(c)));
  const find = (key: Word) =>
    keys.findIndex((k) => k === fold(words.zh[key]) || k === fold(words.en[key]));
  return {
    projectId: find("projectId"),
    project: find("project"),
    unit: find("unit"),
    investmentWan: find("investmentWan"),
    progress: find("progress"),
    note: find("note"),
    reason: find("reason"),
    overTotal: find("overTotal"),
  };
}

/** 超概算 as a sheet says it: blank or 否/no is false, 是/yes/√ is true; anything else unknown. */
function readFlag(raw: string): boolean | "unknown" {
  const word = fold(raw);
  if (["", "否", "no", "n", "0", "false", "×"].includes(word)) return false;
  if (["是", "yes", "y", "1", "true", "√", "✓"].includes(word)) return true;
  return "unknown";
}

type CheckContext = {
  round: Round | undefined;
  projects: ProjectRecord[];
  /** Projects that already have a report in the round (a row for one replaces it). */
  reported: ReadonlySet<string>;
  /** Projects whose unit's report waits for review: reviewed, never overwritten by an import. */
  pending: ReadonlySet<string>;
  lang: Lang;
};

/** Checks every row of an uploaded 旬报 sheet; nothing is written here. */
export function checkReportImport(
  rows: UploadRow[],
  ctx: CheckContext,
): { report: ReportImportReport; accepted: AcceptedReportRow[] } {
  const { lang } = ctx;
  const report: ReportImportReport = {
    rows: [],
    blankRows: 0,
    fileErrors: [],
    counts: { new: 0, changed: 0, rejected: 0 },
  };
  const accepted: AcceptedReportRow[] = [];
  const isHeader = (cols: Columns) =>
    (cols.projectId >= 0 || cols.project >= 0) && cols.investmentWan >= 0 && cols.progress >= 0;
  const headerAt = rows.findIndex((r) => isHeader(columnsOf(r.cells)));
  if (headerAt < 0) {
    const names = (["project", "investmentWan", "progress"] as const).map((k) =>
      quoted(reportSheetWord(k, lang), lang),
    );
    report.fileErrors.push(why("no_header", lang, { columns: joinList(names, lang) }));
    return { report, accepted };
  }
  const cols = columnsOf((rows[headerAt] as UploadRow).cells);
  const byId = new Map(ctx.projects.map((p) => [p.id, p]));
  const byName = new Map(
    ctx.projects.flatMap((p) => [
      [fold(p.name), p],
      [fold(p.nameEn), p],
    ]),
  );
  const units = new Set(
    ctx.projects.flatMap((p) => [fold(p.responsibleUnit), fold(p.responsibleUnitEn)]),
  );
  const seen = new Map<string, number>();
  const period = ctx.round?.period ?? "";

  for (const { row, cells } of rows.slice(headerAt + 1)) {
    const at = (i: number) => (i < 0 ? "" : cellText(cells[i]));
    const raw = (i: number) => (i < 0 ? null : (cells[i] ?? null));
    const filled: ReportRowCells = Object.fromEntries(
      fillColumns.map((c) => {
        const value = raw(cols[c]);
        return [c, typeof value === "number" ? value : at(cols[c])];
      }),
    );
    const idText = at(cols.projectId);
    const nameText = at(cols.project);
    const unitText = at(cols.unit);
    if (fillColumns.every((c) => at(cols[c]) === "")) {
      if (idText || nameText) report.blankRows++;
      continue;
    }
    const reasonsOf: string[] = [];
    const project = idText ? byId.get(idText) : nameText ? byName.get(fold(nameText)) : undefined;
    if (!idText && !nameText) reasonsOf.push(why("no_project", lang));
    else if (!project) reasonsOf.push(why("unknown_project", lang, { name: idText || nameText }));
    if (unitText && !units.has(fold(unitText)))
      reasonsOf.push(why("unknown_unit", lang, { unit: unitText }));
    else if (
      unitText &&
      project &&
      ![fold(project.responsibleUnit), fold(project.responsibleUnitEn)].includes(fold(unitText))
    )
      reasonsOf.push(
        why("wrong_unit", lang, {
          project: localized(project, "name", lang),
          owner: localized(project, "responsibleUnit", lang),
          unit: unitText,
        }),
      );
    if (project && ctx.pending.has(project.id)) reasonsOf.push(why("pending_review", lang));
    const flag = readFlag(at(cols.overTotal));
    if (flag === "unknown")
      reasonsOf.push(
        why("bad_flag", lang, {
          column: reportSheetWord("overTotal", lang),
          value: at(cols.overTotal),
        }),
      );
    if (project) {
      const first = seen.get(project.id);
      if (first !== undefined) reasonsOf.push(why("duplicate", lang, { row: String(first) }));
      else seen.set(project.id, row);
    }
    let input: ReportInput | undefined;
    if (project) {
      const reading = readReportRow(
        filled,
        project,
        previousAcceptedReport(project.reports, period),
        ctx.round,
        period,
        lang,
        flag === true,
      );
      for (const problem of reading.problems) {
        if (problem.column === "row") {
          reasonsOf.push(problem.message);
          continue;
        }
        const value = at(cols[problem.column]);
        reasonsOf.push(
          why("cell", lang, {
            column: reportSheetWord(problem.column, lang),
            value: !value ? "" : lang === "zh" ? `（${value}）` : ` (${value})`,
            message: problem.message,
          }),
        );
      }
      input = reading.input;
    }
    const projectId = project?.id ?? idText;
    if (reasonsOf.length || !project || !input) {
      report.rows.push({ row, projectId, status: "rejected", reasons: reasonsOf });
      report.counts.rejected++;
      continue;
    }
    const status = ctx.reported.has(project.id) ? "changed" : "new";
    report.rows.push({ row, projectId, status, reasons: [] });
    report.counts[status]++;
    accepted.push({ project, input });
  }
  return { report, accepted };
}
