/** Words the transfer files and the import report use, in both languages. */
import { defineMessages, type Lang, type MessageParams, text } from "../../domain/i18n";
import { categoryMessages } from "../../domain/shared-messages";

const transferWords = defineMessages({
  zh: {
    evaluatorId: "evaluatorId",
    evaluator: "评委",
    group: "组别",
    projectId: "projectId",
    project: "项目",
    vote: "满意度",
    comment: "备注",
    category: "类别",
    rank: "排名",
    composite: "综合得分",
    baseScore: "基础得分",
    // Says what it counts: a rate of 满意 and 基本满意 together, next to the share of 满意 alone.
    satisfactionRate: "满意及基本满意(%)",
    satisfiedShare: "满意票占比(%)",
    satisfactionIndex: "满意度指数",
    sheetCount: "有效评分表",
    total: "合计",
    version: "版本",
    updated: "最后修改",
    date: "日期",
    asOf: "数据截至",
    scheme: "评分方案",
    filters: "筛选",
    noFilter: "无（全部项目）",
    templateHint:
      "请在下方表格中填写得分与满意度；evaluatorId 与 projectId 两列请勿修改。空行不导入。",
    resultsTitle: "评议结果",
    sheetsTitle: "评分表明细",
    templateTitle: "评分录入模板",
    ...categoryMessages.zh,
    streetTown: "街道/镇",
    searchText: "关键词",
    chinaTimeNote: "（北京时间）",
    voteCount: "{vote}(票)",
    templateFileName: "评分录入模板",
    resultsFileName: "评议结果",
    sheetsFileName: "评分表明细",
    noFileAttached: "请选择要导入的 .xlsx 或 .csv 文件（字段名 file）",
    scoreOutOfRange: "得分超出范围",
    scoreRange: "{name}：0–{max} 分",
    nothingImported: "{problems}。未导入任何数据",
    rowsRejected: "{n} 行被拒绝，未导入任何数据",
    noFilledRows: "文件中没有填写任何评分",
  },
  en: {
    evaluatorId: "evaluatorId",
    evaluator: "Evaluator",
    group: "Group",
    projectId: "projectId",
    project: "Project",
    vote: "Satisfaction",
    comment: "Comment",
    category: "Category",
    rank: "Rank",
    composite: "Composite score",
    baseScore: "Base score",
    satisfactionRate: "Satisfied or basically satisfied (%)",
    satisfiedShare: "Share satisfied (%)",
    satisfactionIndex: "Satisfaction index",
    sheetCount: "Sheets counted",
    total: "Total",
    version: "Version",
    updated: "Last changed",
    date: "Date",
    asOf: "Data as of",
    scheme: "Scoring scheme",
    filters: "Filters",
    noFilter: "none (all projects)",
    templateHint:
      "Fill in the scores and satisfaction below; do not change the evaluatorId and projectId columns. Blank rows are not imported.",
    resultsTitle: "Results",
    sheetsTitle: "Score sheets",
    templateTitle: "Score entry template",
    ...categoryMessages.en,
    streetTown: "Street/town",
    searchText: "Text",
    chinaTimeNote: "(China time)",
    voteCount: "{vote} (votes)",
    templateFileName: "entry-template",
    resultsFileName: "results",
    sheetsFileName: "score-sheets",
    noFileAttached: "attach an .xlsx or .csv file (field name: file)",
    scoreOutOfRange: "Score out of range",
    scoreRange: "{name}: 0–{max}",
    nothingImported: "{problems}. Nothing was imported",
    rowsRejected: "{n, plural, one {# row} other {# rows}} rejected; nothing was imported",
    noFilledRows: "the file has no filled-in rows",
  },
});

export type Word = keyof typeof transferWords.zh;
export const word = (key: Word, lang: Lang, params?: MessageParams): string =>
  text(transferWords, key, lang, params);

/** Why a row was rejected; {…} are filled in from params. */
const rejectionReasons = defineMessages({
  zh: {
    no_header:
      "找不到模板的表头行：没有一行写着 {columns} 这些列名。请使用下载的模板，不要删除或改动表头行",
    missing_column: "表头行（第 {row} 行）缺少“{column}”列",
    unknown_evaluator: "没有评委“{id}”",
    unknown_project: "项目“{id}”不在本次观摩会中",
    recused: "该评委须回避此项目（{reason}）",
    same_unit: "与项目责任单位相同",
    not_a_number: "“{criterion}”的“{value}”不是数字",
    bad_vote: "满意度“{value}”无法识别，请填 1/2/3 或 满意/基本满意/不满意",
    no_vote: "未填写满意度",
    comment_too_long: "备注超过 500 字",
    duplicate: "与第 {row} 行是同一评委、同一项目",
    reason_required: "修改已提交的评分表须填写修改理由",
  },
  en: {
    no_header:
      "the template's header row is missing: no row names the columns {columns}. Use the downloaded template and keep its header row as it is",
    missing_column: 'the header row (row {row}) has no "{column}" column',
    unknown_evaluator: 'no evaluator "{id}"',
    unknown_project: 'project "{id}" is not in this event',
    recused: "the evaluator is recused ({reason})",
    same_unit: "same unit as the project",
    not_a_number: '"{value}" for "{criterion}" is not a number',
    bad_vote:
      'satisfaction "{value}" is not recognised: use 1/2/3 or satisfied / basically satisfied / unsatisfied',
    no_vote: "no satisfaction vote",
    comment_too_long: "the comment is longer than 500 characters",
    duplicate: "same evaluator and project as row {row}",
    reason_required: "changing a submitted sheet needs a reason",
  },
});

export type ReasonCode = keyof typeof rejectionReasons.zh;

/** Why a whole file cannot be read, in our own words (never a library's). */
const fileProblems = defineMessages({
  zh: {
    damaged:
      "文件已损坏或不完整，无法作为 Excel 工作簿读取。请在 Excel 中重新保存，或重新下载模板填写后再试",
    too_large: "文件解压后超过 {limit}，超出导入上限。请只保留模板中的评分表后再试",
    too_many_rows: "文件超过 {limit} 行，超出导入上限。请只保留模板中的评分表后再试",
    old_or_protected:
      "这是旧版 .xls 文件或设有密码保护的文件，无法读取。请在 Excel 中取消密码，另存为 .xlsx 后再试",
  },
  en: {
    damaged:
      "the file is damaged or incomplete and cannot be read as an Excel workbook. Save it again in Excel, or fill in a freshly downloaded template, and try again",
    too_large:
      "unpacked, the file is larger than {limit}, more than an import may be. Keep only the template's sheet and try again",
    too_many_rows:
      "the file has more than {limit} rows, more than an import may have. Keep only the template's sheet and try again",
    old_or_protected:
      "this is an old .xls file or a password-protected one, which cannot be read. Remove the password in Excel and save it as .xlsx, then try again",
  },
});

export function fileProblemText(
  kind: keyof typeof fileProblems.zh,
  lang: Lang,
  params: Record<string, string> = {},
) {
  return text(fileProblems, kind, lang, params);
}

export function reasonText(code: ReasonCode, lang: Lang, params: Record<string, string> = {}) {
  return text(rejectionReasons, code, lang, params);
}

/** "2023-02-24 18:05" in China time (UTC+8 all year), whatever the server's zone. */
export function chinaTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}
