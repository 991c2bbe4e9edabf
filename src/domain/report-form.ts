import { wanToYi } from "./formats";
import { defineMessages } from "./i18n";
import type { ReportInput } from "./report-input";
import { roundTo } from "./rounding";
import { halfWidth } from "./sheet-input";

/**
 * The 旬报 form as typed (万元, percent, dates as text) read into the API's input. What cannot be
 * read is said per field here; what the domain checks say (checkReport) is added beside it.
 */
export type ReportFormValues = {
  investmentWan: string;
  progress: string;
  note: string;
  /** Every milestone not yet reached, ticked when reached in this 旬. */
  milestones: { id: string; reached: boolean; doneOn: string }[];
  reason: string;
  overTotal: boolean;
};

export type ReportFormField = "investment" | "progress" | "milestones" | "note";
export type ReportFormProblem =
  | "required"
  | "not_a_number"
  | "negative"
  | "progress_range"
  | "date_required"
  | "too_long";

export const reportFormMessages = defineMessages({
  zh: {
    required: "请填写。",
    not_a_number: "请输入数字，例如 1200、1200万元 或 85.5。",
    negative: "不能为负数。",
    progress_range: "形象进度须在 0 到 100 之间。",
    date_required: "请为勾选的节点填写完成日期。",
    too_long: "最多 1000 个字符。",
  },
  en: {
    required: "Required.",
    not_a_number: "Enter a number, e.g. 1200, 1200万元 or 85.5.",
    negative: "Cannot be negative.",
    progress_range: "Progress must be between 0 and 100.",
    date_required: "Give the date each ticked milestone was reached.",
    too_long: "At most 1000 characters.",
  },
});

/** A typed decimal: full-width digits and a comma or 。 for the point are read as a phone types them. */
export function readDecimal(raw: string): number | "blank" | "not_a_number" {
  const text = halfWidth(raw)
    .trim()
    .replace(/[,，。]/g, ".");
  if (text === "") return "blank";
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : "not_a_number";
}

/**
 * 万元 as people type it into a form, a grid or a sheet: "1200", "１２００", "1,200" (a thousands
 * separator), "1200万元", "1200万" and "0.12亿元" all read as 1200 (万元); a bare number is 万元.
 */
export function readMoneyWan(raw: string | number): number | "blank" | "not_a_number" {
  return readMoney(raw, "wan");
}

/** 亿元 as a project list types it: "12.5", "12.5亿元", "3500万元" (→ 0.35); a bare number is 亿元. */
export function readMoneyYi(raw: string | number): number | "blank" | "not_a_number" {
  return readMoney(raw, "yi");
}

/** Money typed with or without 万/亿; a bare number is in `bare`, the answer too. */
function readMoney(raw: string | number, bare: "wan" | "yi"): number | "blank" | "not_a_number" {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : "not_a_number";
  const text = halfWidth(raw).trim().replace(/\s+/g, "");
  const unit = /(万元|万|亿元|亿)$/.exec(text)?.[1];
  let figure = unit ? text.slice(0, -unit.length) : text;
  if (unit && figure === "") return "not_a_number";
  // "1,200.5" groups thousands; "63,5" (one comma, not three digits after it) is a decimal comma.
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(figure)) figure = figure.replaceAll(",", "");
  const value = readDecimal(figure);
  if (typeof value !== "number" || !unit) return value;
  const inYi = unit.startsWith("亿");
  if (bare === "wan") return inYi ? roundTo(value * 10_000, 4) : value;
  return inYi ? value : roundTo(value / 10_000, 6);
}

/** 形象进度 as typed: "85.5", "85.5%", "８５．５％". */
export function readPercent(raw: string | number): number | "blank" | "not_a_number" {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : "not_a_number";
  return readDecimal(halfWidth(raw).trim().replace(/%$/, ""));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readReportForm(values: ReportFormValues): {
  input?: ReportInput;
  problems: Partial<Record<ReportFormField, ReportFormProblem>>;
} {
  const problems: Partial<Record<ReportFormField, ReportFormProblem>> = {};
  const wan = readMoneyWan(values.investmentWan);
  if (wan === "blank") problems.investment = "required";
  else if (wan === "not_a_number") problems.investment = "not_a_number";
  else if (wan < 0) problems.investment = "negative";
  const progress = readPercent(values.progress);
  if (progress === "blank") problems.progress = "required";
  else if (progress === "not_a_number") problems.progress = "not_a_number";
  else if (progress < 0 || progress > 100) problems.progress = "progress_range";
  const reached = values.milestones.filter((m) => m.reached);
  if (reached.some((m) => !ISO_DATE.test(m.doneOn))) problems.milestones = "date_required";
  if (values.note.length > 1000) problems.note = "too_long";
  if (Object.keys(problems).length || typeof wan !== "number" || typeof progress !== "number")
    return { problems };
  const reason = values.reason.trim();
  return {
    problems,
    input: {
      investment: wanToYi(wan),
      progress,
      note: values.note.trim(),
      ...(reached.length
        ? { milestones: reached.map((m) => ({ id: m.id, doneOn: m.doneOn })) }
        : {}),
      ...(reason ? { reason } : {}),
      ...(values.overTotal ? { overTotal: true } : {}),
    },
  };
}
