import { wanToYi } from "./formats";
import { defineMessages } from "./i18n";
import type { ReportInput } from "./report-input";
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
    not_a_number: "请输入数字，例如 1200 或 85.5。",
    negative: "不能为负数。",
    progress_range: "形象进度须在 0 到 100 之间。",
    date_required: "请为勾选的节点填写完成日期。",
    too_long: "最多 1000 个字符。",
  },
  en: {
    required: "Required.",
    not_a_number: "Enter a number, e.g. 1200 or 85.5.",
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readReportForm(values: ReportFormValues): {
  input?: ReportInput;
  problems: Partial<Record<ReportFormField, ReportFormProblem>>;
} {
  const problems: Partial<Record<ReportFormField, ReportFormProblem>> = {};
  const wan = readDecimal(values.investmentWan);
  if (wan === "blank") problems.investment = "required";
  else if (wan === "not_a_number") problems.investment = "not_a_number";
  else if (wan < 0) problems.investment = "negative";
  const progress = readDecimal(values.progress);
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
