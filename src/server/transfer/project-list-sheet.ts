import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import type { CategoryRecord } from "../../domain/category";
import { defineMessages, type Lang, localized, text } from "../../domain/i18n";
import type { ProjectRecord, Stage } from "../../domain/project";
import { readMoneyYi } from "../../domain/report-form";
import { joinList, quoted } from "../../domain/shared-messages";
import { halfWidth } from "../../domain/sheet-input";
import { findStreet, streets } from "../../domain/streets";
import { readTypedDate } from "../../domain/typed-date";
import { withYearPlan, yearOfDate, yearPlansOf } from "../../domain/year-plan";
import { cellText, foldHeader, type UploadCell, type UploadRow } from "./read-upload";
import { addTableSheet } from "./table-file";

/**
 * The year's key-project list (重点项目清单) as a 发改 office keeps it: a template with its columns,
 * and the check of a filled one, row by row — which rows add a project, which update one (matched
 * by name), which change nothing and which are refused, and why. Nothing is written here.
 */

const words = defineMessages({
  zh: {
    title: "{year}年重点项目清单",
    fileName: "{year}年重点项目清单",
    hint: "每行一个项目。金额以亿元计，也可写 3500万元 或 12.5亿元；日期可写 2023-03-01、2023年3月 或 2023.3（只写月份的按当月1日）；“类别”和“所在街道”请从下拉列表中选择。已有项目按项目名称匹配，再次导入只更新、不重复。",
    defaults:
      "本表没有的项目信息由系统先行补齐并如实标注：英文名称暂用中文；位置暂取所在街道（镇）中心，标为“位置近似”，请在地图上标定；累计投资、形象进度从 0 开始，以旬报为准。",
    known: "现有类别：{categories}。街道（镇）：{streets}。",
    name: "项目名称",
    category: "类别",
    developer: "建设主体",
    responsibleUnit: "责任单位",
    leaderInCharge: "包联领导",
    totalInvestment: "总投资（亿元）",
    yearPlan: "年度计划投资（亿元）",
    startDate: "开工时间",
    plannedCompletionDate: "竣工时间",
    street: "所在街道",
    noFile: "请选择要导入的 .xlsx 文件（字段名 file）",
    nothingImported: "{problems}。未导入任何数据",
    rowsRefused: "{n} 行被拒绝，未导入任何数据",
    noRows: "文件中没有任何项目",
    reason: "导入{year}年重点项目清单",
  },
  en: {
    title: "Key projects {year}",
    fileName: "key-projects-{year}",
    hint: "One project a row. Amounts in 100 million CNY (亿元); 3500万元 or 12.5亿元 are read too. Dates as 2023-03-01, 2023年3月 or 2023.3 (a month alone means its first day). Pick “Category” and “Sub-district” from the lists. Existing projects are matched by name: importing again updates them, never duplicates.",
    defaults:
      "What this list does not hold is filled in and labelled as such: English names start as the Chinese; the location starts at the sub-district's (town's) centre, marked approximate, until placed on the map; investment to date and progress start at 0 until the first ten-day report.",
    known: "Categories: {categories}. Sub-districts and towns: {streets}.",
    name: "Project",
    category: "Category",
    developer: "Developer",
    responsibleUnit: "Responsible unit",
    leaderInCharge: "Leader in charge",
    totalInvestment: "Total investment (100m CNY)",
    yearPlan: "Planned investment this year (100m CNY)",
    startDate: "Start",
    plannedCompletionDate: "Completion",
    street: "Sub-district",
    noFile: "attach an .xlsx file (field name: file)",
    nothingImported: "{problems}. Nothing was imported",
    rowsRefused: "{n, plural, one {# row} other {# rows}} refused; nothing was imported",
    noRows: "the file lists no projects",
    reason: "Import of the key-project list {year}",
  },
});
type Word = keyof typeof words.zh;
export const projectSheetWord = (key: Word, lang: Lang, params?: Record<string, string | number>) =>
  text(words, key, lang, params);

const reasons = defineMessages({
  zh: {
    no_header:
      "找不到表头行：没有一行写着 {columns} 这些列名。请使用下载的模板，不要删除或改动表头行",
    missing_columns: "表头缺少这些列：{columns}",
    required: "“{column}”未填写",
    cell: "“{column}”（{value}）：{message}",
    not_a_number: "不是数字",
    not_positive: "应大于 0",
    negative: "不能为负数",
    not_a_date: "不是日期，可写 2023-03-01、2023年3月 或 2023.3",
    before_start: "早于开工时间",
    unknown_category: "没有这个类别；现有类别：{known}",
    unknown_street: "不是即墨区的街道或镇；可填：{known}",
    duplicate: "与第 {row} 行是同一项目",
    archived: "项目“{name}”已归档；请先在项目库中恢复，再导入",
    too_long: "超过 {max} 个字",
    defaults: "英文名称暂用中文；位置暂取{street}中心（近似），请在地图上标定",
  },
  en: {
    no_header:
      "the header row is missing: no row names the columns {columns}. Use the downloaded template and keep its header row as it is",
    missing_columns: "the header lacks these columns: {columns}",
    required: "“{column}” is empty",
    cell: "“{column}” ({value}): {message}",
    not_a_number: "not a number",
    not_positive: "must be more than 0",
    negative: "cannot be negative",
    not_a_date: "not a date; write 2023-03-01, 2023年3月 or 2023.3",
    before_start: "before the start",
    unknown_category: "no such category; the categories are: {known}",
    unknown_street: "not a sub-district or town of Jimo; choose from: {known}",
    duplicate: "the same project as row {row}",
    archived: "project “{name}” is archived; restore it in the project list before importing",
    too_long: "longer than {max} characters",
    defaults:
      "English names start as the Chinese; location set to the centre of {street} (approximate) until placed on the map",
  },
});
type Reason = keyof typeof reasons.zh;
const why = (code: Reason, lang: Lang, params: Record<string, string> = {}) =>
  text(reasons, code, lang, params);

/** The columns, in the template's order. */
const columns = [
  "name",
  "category",
  "developer",
  "responsibleUnit",
  "leaderInCharge",
  "totalInvestment",
  "yearPlan",
  "startDate",
  "plannedCompletionDate",
  "street",
] as const;
type Column = (typeof columns)[number];

/** Field names a change is reported by (the record's fields the sheet sets). */
const changeLabels: Partial<Record<keyof ProjectRecord, Column>> = {
  category: "category",
  developer: "developer",
  responsibleUnit: "responsibleUnit",
  leaderInCharge: "leaderInCharge",
  totalInvestment: "totalInvestment",
  yearPlanInvestment: "yearPlan",
  yearPlans: "yearPlan",
  startDate: "startDate",
  plannedCompletionDate: "plannedCompletionDate",
  street: "street",
};

/** A project's name as the list is matched by: trimmed, full-width forms and inner spaces folded. */
export const nameKey = (name: string) => halfWidth(name).trim().replace(/\s+/g, " ");

const categoryNames = (categories: readonly CategoryRecord[], lang: Lang) =>
  joinList(
    categories.map((c) => localized(c, "name", lang)),
    lang,
  );

type TemplateInput = { year: number; categories: readonly CategoryRecord[]; lang: Lang };

/** An empty list for the year: the header, the hints, and drop-down lists for category and street. */
export async function projectListTemplate({
  year,
  categories,
  lang,
}: TemplateInput): Promise<Buffer> {
  const w = (key: Word, params?: Record<string, string | number>) =>
    projectSheetWord(key, lang, params);
  const workbook = new ExcelJS.Workbook();
  const blankRows = 200;
  const { sheet, headerRow } = addTableSheet(workbook, {
    sheetName: w("title", { year }).slice(0, 31),
    preamble: [
      w("title", { year }),
      w("hint"),
      w("defaults"),
      w("known", {
        categories: categoryNames(categories, lang),
        streets: joinList(
          streets.map((s) => localized(s, "name", lang)),
          lang,
        ),
      }),
    ],
    header: columns.map((c) => w(c)),
    rows: [],
    widths: [36, 12, 28, 24, 12, 16, 20, 14, 14, 14],
  });
  const list = (names: string[]) => [`"${names.join(",")}"`];
  for (let r = headerRow + 1; r <= headerRow + blankRows; r++) {
    const row = sheet.getRow(r);
    row.getCell(2).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: list(categories.map((c) => localized(c, "name", lang))),
    };
    row.getCell(10).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: list(streets.map((s) => localized(s, "name", lang))),
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type ProjectRowStatus = "create" | "update" | "unchanged" | "refused";
export type ProjectImportRow = {
  row: number;
  name: string;
  status: ProjectRowStatus;
  /** The project the row creates or updates. */
  projectId: string | null;
  /** Why a row is refused, one reason per cell. */
  reasons: string[];
  /** What the app filled in for a new project (labelled as such on the record too). */
  notes: string[];
  /** The columns an update changes. */
  changes: string[];
};
export type ProjectImportReport = {
  year: number;
  rows: ProjectImportRow[];
  fileErrors: string[];
  counts: Record<ProjectRowStatus, number>;
};
export type ProjectImportPlan = {
  creates: ProjectRecord[];
  updates: { before: ProjectRecord; after: ProjectRecord }[];
};

type CheckContext = {
  year: number;
  /** 数据截至: its year is the current one; it also tells a new project's stage. */
  asOf: string;
  projects: readonly ProjectRecord[];
  archived: ReadonlySet<string>;
  categories: readonly CategoryRecord[];
  lang: Lang;
};

/** Drops a trailing unit in brackets: "总投资（亿元）" and "总投资" are the same column. */
const headerKey = (s: string) => foldHeader(s.replace(/[(（][^()（）]*[)）]\s*$/, ""));

function columnsOf(cells: UploadCell[]): Record<Column, number> {
  const keys = cells.map((c) => headerKey(cellText(c)));
  return Object.fromEntries(
    columns.map((col) => [
      col,
      keys.findIndex((k) => k === headerKey(words.zh[col]) || k === headerKey(words.en[col])),
    ]),
  ) as Record<Column, number>;
}

/** An id for a new project that no project has: from its name, so the same name gives the same id. */
function newId(name: string, taken: ReadonlySet<string>): string {
  const hash = createHash("sha1").update(nameKey(name)).digest("hex");
  for (let n = 8; n <= 40; n++) {
    const id = `prj-${hash.slice(0, n)}`;
    if (!taken.has(id)) return id;
  }
  return `prj-${hash}-${taken.size}`;
}

function stageAt(startDate: string, completion: string, asOf: string): Stage {
  if (startDate > asOf) return "preliminary";
  return completion <= asOf ? "completed" : "construction";
}

/** The record's base fields (no history), to tell a change from none. */
const base = (p: ProjectRecord) => {
  const { reports: _r, milestones: _m, problems: _p, ...record } = p;
  return record;
};

const TEXT_MAX = 200;

/** Checks every row of an uploaded list; nothing is written here. */
export function checkProjectImport(
  rows: UploadRow[],
  ctx: CheckContext,
): { report: ProjectImportReport; plan: ProjectImportPlan } {
  const { lang, year } = ctx;
  const currentYear = yearOfDate(ctx.asOf);
  const w = (key: Word) => projectSheetWord(key, lang);
  const report: ProjectImportReport = {
    year,
    rows: [],
    fileErrors: [],
    counts: { create: 0, update: 0, unchanged: 0, refused: 0 },
  };
  const plan: ProjectImportPlan = { creates: [], updates: [] };

  const headerAt = rows.findIndex((r) => {
    const cols = columnsOf(r.cells);
    return cols.name >= 0 && (cols.totalInvestment >= 0 || cols.category >= 0);
  });
  if (headerAt < 0) {
    const names = (["name", "category", "totalInvestment"] as const).map((k) => quoted(w(k), lang));
    report.fileErrors.push(why("no_header", lang, { columns: joinList(names, lang) }));
    return { report, plan };
  }
  const cols = columnsOf((rows[headerAt] as UploadRow).cells);
  const missing = columns.filter((c) => cols[c] < 0);
  if (missing.length) {
    report.fileErrors.push(
      why("missing_columns", lang, {
        columns: joinList(
          missing.map((c) => quoted(w(c), lang)),
          lang,
        ),
      }),
    );
    return { report, plan };
  }

  const byName = new Map(ctx.projects.map((p) => [nameKey(p.name), p]));
  const categoryByName = new Map(
    ctx.categories.flatMap((c) => [
      [foldHeader(c.id), c],
      [foldHeader(c.name), c],
      [foldHeader(c.nameEn), c],
    ]),
  );
  const taken = new Set(ctx.projects.map((p) => p.id));
  const seen = new Map<string, number>();

  for (const { row, cells } of rows.slice(headerAt + 1)) {
    const at = (c: Column) => cellText(cells[cols[c]]);
    const raw = (c: Column) => cells[cols[c]] ?? null;
    if (columns.every((c) => at(c) === "")) continue;
    const problems: string[] = [];
    const cellProblem = (c: Column, message: string) =>
      problems.push(why("cell", lang, { column: w(c), value: at(c), message }));
    const required = (c: Column) => {
      const value = at(c);
      if (value === "") problems.push(why("required", lang, { column: w(c) }));
      else if (value.length > TEXT_MAX)
        cellProblem(c, why("too_long", lang, { max: String(TEXT_MAX) }));
      return value;
    };

    const name = nameKey(required("name"));
    const developer = required("developer");
    const responsibleUnit = required("responsibleUnit");
    const leaderInCharge = required("leaderInCharge");

    const categoryText = required("category");
    const category = categoryText ? categoryByName.get(foldHeader(categoryText)) : undefined;
    if (categoryText && !category)
      cellProblem(
        "category",
        why("unknown_category", lang, { known: categoryNames(ctx.categories, lang) }),
      );

    const streetText = required("street");
    const street = streetText ? findStreet(streetText) : undefined;
    if (streetText && !street)
      cellProblem(
        "street",
        why("unknown_street", lang, {
          known: joinList(
            streets.map((s) => localized(s, "name", lang)),
            lang,
          ),
        }),
      );

    const money = (c: "totalInvestment" | "yearPlan", positive: boolean) => {
      const value = readMoneyYi(raw(c) ?? "");
      if (value === "blank") problems.push(why("required", lang, { column: w(c) }));
      else if (value === "not_a_number") cellProblem(c, why("not_a_number", lang));
      else if (positive && value <= 0) cellProblem(c, why("not_positive", lang));
      else if (value < 0) cellProblem(c, why("negative", lang));
      else return value;
      return undefined;
    };
    const totalInvestment = money("totalInvestment", true);
    const yearPlan = money("yearPlan", false);

    const date = (c: "startDate" | "plannedCompletionDate") => {
      const value = readTypedDate(raw(c));
      if (value === "blank") problems.push(why("required", lang, { column: w(c) }));
      else if (value === "not_a_date") cellProblem(c, why("not_a_date", lang));
      else return value;
      return undefined;
    };
    const startDate = date("startDate");
    const plannedCompletionDate = date("plannedCompletionDate");
    if (startDate && plannedCompletionDate && plannedCompletionDate < startDate)
      cellProblem("plannedCompletionDate", why("before_start", lang));

    const existing = name ? byName.get(name) : undefined;
    if (existing && ctx.archived.has(existing.id))
      problems.push(why("archived", lang, { name: existing.name }));
    if (name) {
      const first = seen.get(name);
      if (first !== undefined) problems.push(why("duplicate", lang, { row: String(first) }));
      else seen.set(name, row);
    }

    const line: ProjectImportRow = {
      row,
      name: name || at("name"),
      status: "refused",
      projectId: existing?.id ?? null,
      reasons: problems,
      notes: [],
      changes: [],
    };
    report.rows.push(line);
    if (
      problems.length ||
      !category ||
      !street ||
      totalInvestment === undefined ||
      yearPlan === undefined ||
      !startDate ||
      !plannedCompletionDate
    ) {
      report.counts.refused++;
      continue;
    }

    if (!existing) {
      const id = newId(name, taken);
      taken.add(id);
      const { centre } = street;
      const record: ProjectRecord = {
        id,
        name,
        nameEn: name,
        category: category.id,
        street: street.name,
        streetEn: street.nameEn,
        location: centre,
        geometry: { type: "Point", coordinates: [centre.lng, centre.lat] },
        developer,
        developerEn: developer,
        responsibleUnit,
        responsibleUnitEn: responsibleUnit,
        leaderInCharge,
        leaderInChargeEn: leaderInCharge,
        totalInvestment,
        // Listed for another year only, its current year's plan is 0 until it is listed for it.
        ...withYearPlan({ yearPlanInvestment: 0 }, year, yearPlan, currentYear),
        cumulativeInvestment: 0,
        ytdInvestment: 0,
        stage: stageAt(startDate, plannedCompletionDate, ctx.asOf),
        progress: 0,
        startDate,
        plannedCompletionDate,
        milestones: [],
        reports: [],
        problems: [],
        provenance: {
          facts: [
            "name",
            "category",
            "developer",
            "responsibleUnit",
            "leaderInCharge",
            "totalInvestment",
            "yearPlans",
            "startDate",
            "plannedCompletionDate",
            "street",
          ],
          // Filled in by the app, not taken from the list: said so wherever provenance is shown.
          illustrative: [
            "nameEn",
            "developerEn",
            "responsibleUnitEn",
            "leaderInChargeEn",
            "location",
            "geometry",
          ],
          locationApproximate: true,
        },
      };
      plan.creates.push(record);
      line.status = "create";
      line.projectId = id;
      line.notes.push(why("defaults", lang, { street: localized(street, "name", lang) }));
      report.counts.create++;
      continue;
    }

    /** An English text that only ever copied the Chinese follows a new Chinese text. */
    const english = (zh: string, oldZh: string, oldEn: string) =>
      zh === oldZh ? oldEn : oldEn === oldZh ? zh : oldEn;
    const movedStreet = street.name !== existing.street;
    const after: ProjectRecord = {
      ...existing,
      category: category.id,
      developer,
      developerEn: english(developer, existing.developer, existing.developerEn),
      responsibleUnit,
      responsibleUnitEn: english(
        responsibleUnit,
        existing.responsibleUnit,
        existing.responsibleUnitEn,
      ),
      leaderInCharge,
      leaderInChargeEn: english(leaderInCharge, existing.leaderInCharge, existing.leaderInChargeEn),
      totalInvestment,
      startDate,
      plannedCompletionDate,
      street: street.name,
      streetEn: street.nameEn,
      // A point that was only ever the street's centre follows the street; a placed one stays.
      ...(movedStreet && existing.provenance.locationApproximate
        ? {
            location: street.centre,
            geometry: {
              type: "Point" as const,
              coordinates: [street.centre.lng, street.centre.lat] as [number, number],
            },
          }
        : {}),
      ...withYearPlan(existing, year, yearPlan, currentYear),
    };
    const before = base(existing) as Record<string, unknown>;
    const next = base(after) as Record<string, unknown>;
    const changed = Object.keys(next).filter((k) =>
      // Writing the current plan into the list for the first time changes no year's plan.
      k === "yearPlans"
        ? JSON.stringify(yearPlansOf(existing, currentYear)) !==
          JSON.stringify(yearPlansOf(after, currentYear))
        : JSON.stringify(before[k]) !== JSON.stringify(next[k]),
    );
    const labels = [
      ...new Set(
        changed.flatMap((k) => {
          const c = changeLabels[k as keyof ProjectRecord];
          return c ? [w(c)] : [];
        }),
      ),
    ];
    if (labels.length === 0) {
      line.status = "unchanged";
      report.counts.unchanged++;
      continue;
    }
    plan.updates.push({ before: existing, after });
    line.status = "update";
    line.changes = labels;
    report.counts.update++;
  }
  return { report, plan };
}
