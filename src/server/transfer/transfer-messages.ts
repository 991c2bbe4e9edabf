/** Words the transfer files and the import report use, in both languages. */
export type Lang = "zh" | "en";

const words = {
  evaluatorId: { zh: "evaluatorId", en: "evaluatorId" },
  evaluator: { zh: "评委", en: "Evaluator" },
  group: { zh: "组别", en: "Group" },
  projectId: { zh: "projectId", en: "projectId" },
  project: { zh: "项目", en: "Project" },
  vote: { zh: "满意度", en: "Satisfaction" },
  comment: { zh: "备注", en: "Comment" },
  category: { zh: "类别", en: "Category" },
  rank: { zh: "排名", en: "Rank" },
  composite: { zh: "综合得分", en: "Composite score" },
  baseScore: { zh: "基础得分", en: "Base score" },
  // Says what it counts: a rate of 满意 and 基本满意 together, next to the share of 满意 alone.
  satisfactionRate: {
    zh: "满意及基本满意(%)",
    en: "Satisfied or basically satisfied (%)",
  },
  satisfiedShare: { zh: "满意票占比(%)", en: "Share satisfied (%)" },
  satisfactionIndex: { zh: "满意度指数", en: "Satisfaction index" },
  sheetCount: { zh: "有效评分表", en: "Sheets counted" },
  total: { zh: "合计", en: "Total" },
  version: { zh: "版本", en: "Version" },
  updated: { zh: "最后修改", en: "Last changed" },
  date: { zh: "日期", en: "Date" },
  asOf: { zh: "数据截至", en: "Data as of" },
  scheme: { zh: "评分方案", en: "Scoring scheme" },
  filters: { zh: "筛选", en: "Filters" },
  noFilter: { zh: "无（全部项目）", en: "none (all projects)" },
  illustrative: {
    zh: "示意数据：评分与投票为演示用示意值，并非真实评议结果。",
    en: "Illustrative data: the scores and votes are made up for the demo, not real results.",
  },
  templateHint: {
    zh: "请在下方表格中填写得分与满意度；evaluatorId 与 projectId 两列请勿修改。空行不导入。",
    en: "Fill in the scores and satisfaction below; do not change the evaluatorId and projectId columns. Blank rows are not imported.",
  },
  resultsTitle: { zh: "评议结果", en: "Results" },
  sheetsTitle: { zh: "评分表明细", en: "Score sheets" },
  templateTitle: { zh: "评分录入模板", en: "Score entry template" },
  manufacturing: { zh: "制造业", en: "Manufacturing" },
  urban_renewal: { zh: "城市更新", en: "Urban renewal" },
} as const;

export type Word = keyof typeof words;
export const word = (key: Word, lang: Lang): string => words[key][lang];

/** Why a row was rejected; {…} are filled in from params. */
const reasons = {
  no_header: {
    zh: "找不到模板的表头行：没有一行写着 {columns} 这些列名。请使用下载的模板，不要删除或改动表头行",
    en: "the template's header row is missing: no row names the columns {columns}. Use the downloaded template and keep its header row as it is",
  },
  missing_column: {
    zh: "表头行（第 {row} 行）缺少“{column}”列",
    en: 'the header row (row {row}) has no "{column}" column',
  },
  unknown_evaluator: { zh: "没有评委“{id}”", en: 'no evaluator "{id}"' },
  unknown_project: { zh: "项目“{id}”不在本次观摩会中", en: 'project "{id}" is not in this event' },
  recused: { zh: "该评委须回避此项目（{reason}）", en: "the evaluator is recused ({reason})" },
  same_unit: { zh: "与项目责任单位相同", en: "same unit as the project" },
  not_a_number: {
    zh: "“{criterion}”的值“{value}”不是数字",
    en: '"{criterion}" value "{value}" is not a number',
  },
  bad_vote: {
    zh: "满意度“{value}”无法识别（应为 满意 / 基本满意 / 不满意）",
    en: 'satisfaction "{value}" is not recognised (use satisfied / basically satisfied / unsatisfied)',
  },
  no_vote: { zh: "未填写满意度", en: "no satisfaction vote" },
  comment_too_long: { zh: "备注超过 500 字", en: "the comment is longer than 500 characters" },
  duplicate: {
    zh: "与第 {row} 行是同一评委、同一项目",
    en: "same evaluator and project as row {row}",
  },
  reason_required: {
    zh: "修改已提交的评分表须填写修改理由",
    en: "changing a submitted sheet needs a reason",
  },
} as const;

export type ReasonCode = keyof typeof reasons;

/** Why a whole file cannot be read, in our own words (never a library's). */
const fileProblems = {
  damaged: {
    zh: "文件已损坏或不完整，无法作为 Excel 工作簿读取。请在 Excel 中重新保存，或重新下载模板填写后再试",
    en: "the file is damaged or incomplete and cannot be read as an Excel workbook. Save it again in Excel, or fill in a freshly downloaded template, and try again",
  },
  too_large: {
    zh: "文件解压后超过 {limit}，超出导入上限。请只保留模板中的评分表后再试",
    en: "unpacked, the file is larger than {limit}, more than an import may be. Keep only the template's sheet and try again",
  },
  too_many_rows: {
    zh: "文件超过 {limit} 行，超出导入上限。请只保留模板中的评分表后再试",
    en: "the file has more than {limit} rows, more than an import may have. Keep only the template's sheet and try again",
  },
  old_or_protected: {
    zh: "这是旧版 .xls 文件或设有密码保护的文件，无法读取。请在 Excel 中取消密码，另存为 .xlsx 后再试",
    en: "this is an old .xls file or a password-protected one, which cannot be read. Remove the password in Excel and save it as .xlsx, then try again",
  },
} as const;

export function fileProblemText(
  kind: keyof typeof fileProblems,
  lang: Lang,
  params: Record<string, string> = {},
) {
  return fileProblems[kind][lang].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? "");
}

export function reasonText(code: ReasonCode, lang: Lang, params: Record<string, string> = {}) {
  return reasons[code][lang].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? "");
}

/** "2023-02-24 18:05" in China time (UTC+8 all year), whatever the server's zone. */
export function chinaTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}
