import { z } from "zod";
import { formatDate, formatProgress, formatYi, periodLabel } from "./formats";
import { defineMessages, type Lang, text } from "./i18n";
import { parsePeriodId, periodEnd, periodStart } from "./periods";
import type { ProjectRecord } from "./project";
import {
  isAccepted,
  type ReachedMilestone,
  type Round,
  reachedMilestoneSchema,
  type StoredReport,
} from "./reporting-rounds";
import { roundTo } from "./rounding";

/**
 * 旬报 as a unit or staff send it, and the checks it must pass: the same checks run as the form is
 * typed and again on the server, so the form can say per field what the server would refuse.
 */
export const reportInputSchema = z.object({
  /** 亿元 completed in the 旬 (forms let people type 万元). */
  investment: z.number().min(0).max(10_000),
  /** 形象进度 at the 旬's end, %. */
  progress: z.number().min(0).max(100),
  note: z.string().trim().max(1000),
  milestones: z.array(reachedMilestoneSchema).max(50).optional(),
  /** Why 形象进度 went down or a milestone date lies outside the 旬. */
  reason: z.string().trim().max(1000).optional(),
  /** Cumulative investment may pass the total only when this is said explicitly (超概算). */
  overTotal: z.boolean().optional(),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export type ReportIssueCode =
  | "no_open_round"
  | "over_total"
  | "progress_down"
  | "milestone_outside_period"
  | "unknown_milestone"
  | "duplicate_milestone";

export type ReportIssue = {
  code: ReportIssueCode;
  field: "period" | "investment" | "progress" | "milestones" | "reason";
  /** Refused whatever the reason says (an unknown milestone), or fixable by giving one. */
  fixableWithReason: boolean;
  params: Record<string, string | number>;
};

export const reportIssueMessages = defineMessages({
  zh: {
    no_open_round: "{period}没有开放的填报轮次，不能报送；请等工作人员开启本旬填报。",
    over_total:
      "累计完成投资将达到 {cumulative}，超过总投资 {total}。如确属超概算，请勾选“超出总投资”（overTotal: true）后再报。",
    progress_down: "形象进度 {progress} 低于上次采纳的 {previous}，请填写原因。",
    milestone_outside_period:
      "节点“{name}”的完成日期 {doneOn} 不在本旬（{from}至{to}）内，请填写原因。",
    unknown_milestone: "该项目没有编号为“{id}”的节点。",
    duplicate_milestone: "节点“{name}”重复填报。",
  },
  en: {
    no_open_round:
      "No reporting round is open for {period}, so reports cannot be sent; wait until staff open it.",
    over_total:
      "Cumulative investment would reach {cumulative}, above the total investment of {total}. If the budget really is exceeded, tick “Above total investment” (overTotal: true) and send again.",
    progress_down: "Progress {progress} is lower than the last accepted {previous}; give a reason.",
    milestone_outside_period:
      "Milestone “{name}” is dated {doneOn}, outside this period ({from} to {to}); give a reason.",
    unknown_milestone: "This project has no milestone with id “{id}”.",
    duplicate_milestone: "Milestone “{name}” is reported twice.",
  },
});

export function reportIssueMessage(issue: ReportIssue, lang: Lang): string {
  return text(reportIssueMessages, issue.code, lang, issue.params);
}

/** Both languages at once, for an answer that a client may show in either. */
export const reportIssueTexts = (issue: ReportIssue) => ({
  zh: reportIssueMessage(issue, "zh"),
  en: reportIssueMessage(issue, "en"),
});

/** The latest accepted report before `period`: what a new report continues from. */
export function previousAcceptedReport(
  reports: readonly StoredReport[],
  period: string,
): StoredReport | undefined {
  return reports
    .filter((r) => isAccepted(r) && r.period < period)
    .reduce<StoredReport | undefined>(
      (best, r) => (best === undefined || r.period > best.period ? r : best),
      undefined,
    );
}

/** 亿元 to 6 decimals (100 元): whatever is typed in 万元 with two decimals survives, float noise does not. */
const yi = (value: number) => roundTo(value, 6);

/** What a new report is checked against: the project's own figures and plan. */
export type ReportBasis = Pick<
  ProjectRecord,
  "totalInvestment" | "cumulativeInvestment" | "progress" | "milestones"
>;
/** The figures of the report a new one continues from. */
export type PreviousFigures = Pick<StoredReport, "cumulativeInvestment" | "progress">;

/** Where the cumulative figure starts from: the previous accepted report, else the project's own. */
function cumulativeBase(project: ReportBasis, previous: PreviousFigures | undefined): number {
  return previous?.cumulativeInvestment ?? project.cumulativeInvestment;
}

/**
 * Every issue a report has; a report with any is refused. `lang` only shapes the numbers in the
 * params (dates, money); messages come from reportIssueMessage in the reader's language.
 */
export function checkReport(
  input: ReportInput,
  project: ReportBasis,
  previous: PreviousFigures | undefined,
  round: Pick<Round, "period" | "state"> | undefined,
  period: string,
  lang: Lang = "zh",
): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const hasReason = (input.reason ?? "").trim() !== "";
  if (round?.state !== "open")
    issues.push({
      code: "no_open_round",
      field: "period",
      fixableWithReason: false,
      params: { period: periodLabel(period, lang) },
    });

  const cumulative = yi(cumulativeBase(project, previous) + input.investment);
  if (cumulative > project.totalInvestment && !input.overTotal)
    issues.push({
      code: "over_total",
      field: "investment",
      fixableWithReason: false,
      params: {
        cumulative: formatYi(cumulative, lang),
        total: formatYi(project.totalInvestment, lang),
      },
    });

  const previousProgress = previous?.progress ?? project.progress;
  if (input.progress < previousProgress && !hasReason)
    issues.push({
      code: "progress_down",
      field: "progress",
      fixableWithReason: true,
      params: {
        progress: formatProgress(input.progress, lang),
        previous: formatProgress(previousProgress, lang),
      },
    });

  const from = periodStart(period);
  const to = periodEnd(period);
  const seen = new Set<string>();
  for (const reached of input.milestones ?? []) {
    const milestone = project.milestones.find((m) => m.id === reached.id);
    if (!milestone) {
      issues.push({
        code: "unknown_milestone",
        field: "milestones",
        fixableWithReason: false,
        params: { id: reached.id },
      });
      continue;
    }
    const name = lang === "zh" ? milestone.name : milestone.nameEn;
    if (seen.has(reached.id)) {
      issues.push({
        code: "duplicate_milestone",
        field: "milestones",
        fixableWithReason: false,
        params: { name },
      });
      continue;
    }
    seen.add(reached.id);
    if ((reached.doneOn < from || reached.doneOn > to) && !hasReason)
      issues.push({
        code: "milestone_outside_period",
        field: "milestones",
        fixableWithReason: true,
        params: {
          name,
          doneOn: formatDate(reached.doneOn, lang),
          from: formatDate(from, lang),
          to: formatDate(to, lang),
        },
      });
  }
  return issues;
}

/** The stored report an input becomes (its review fields are added by whoever stores it). */
export function buildReport(
  input: ReportInput,
  project: ProjectRecord,
  previous: StoredReport | undefined,
  period: string,
): StoredReport {
  const note = input.note.trim();
  return {
    period,
    completedInvestment: yi(input.investment),
    cumulativeInvestment: yi(cumulativeBase(project, previous) + input.investment),
    // The plan per 旬 is not reported: the last known plan is carried on.
    plannedCumulativeInvestment:
      previous?.plannedCumulativeInvestment ?? project.cumulativeInvestment,
    progress: input.progress,
    // A unit writes one language; both fields carry what it wrote.
    note,
    noteEn: note,
    ...(input.milestones?.length ? { milestones: input.milestones } : {}),
    ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
    ...(input.overTotal ? { overTotal: true } : {}),
  };
}

const yearOf = (period: string) => parsePeriodId(period).year;

/**
 * The project after a report is accepted: cumulative and year-to-date investment (year-to-date
 * starts again at a new year), 形象进度 and the milestones' actual dates. Accepting again for the
 * same 旬 (a correction) replaces that 旬's figures rather than adding them twice.
 */
export function applyAcceptedReport(project: ProjectRecord, report: StoredReport): ProjectRecord {
  const reports: StoredReport[] = project.reports;
  const accepted = reports.filter(isAccepted);
  const replaced = accepted.find((r) => r.period === report.period);
  const others = accepted.filter((r) => r.period !== report.period);
  const latestOther = others.reduce<string | undefined>(
    (best, r) => (best === undefined || r.period > best ? r.period : best),
    undefined,
  );
  const sameYear = latestOther !== undefined && yearOf(latestOther) === yearOf(report.period);
  const ytdBefore = replaced
    ? project.ytdInvestment - replaced.completedInvestment
    : sameYear || latestOther === undefined
      ? project.ytdInvestment
      : 0;
  const doneOn = new Map<string, string>(
    (report.milestones ?? []).map((m: ReachedMilestone) => [m.id, m.doneOn]),
  );
  const stored: StoredReport = { ...report, state: "accepted" };
  const reportsAfter = [...others, stored].sort((a, b) => (a.period < b.period ? -1 : 1));
  const milestones = project.milestones.map((m) =>
    doneOn.has(m.id) ? { ...m, actualDate: doneOn.get(m.id) ?? m.actualDate } : m,
  );
  // A report for an earlier 旬 accepted after a later one (two rounds open at once) is kept and
  // its milestones count, but the project's figures stay those of the latest 旬.
  if (latestOther !== undefined && latestOther > report.period)
    return { ...project, milestones, reports: reportsAfter };
  return {
    ...project,
    cumulativeInvestment: report.cumulativeInvestment,
    ytdInvestment: yi(Math.max(0, ytdBefore + report.completedInvestment)),
    progress: report.progress,
    milestones,
    reports: reportsAfter,
  };
}
