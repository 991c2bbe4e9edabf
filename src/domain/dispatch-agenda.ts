/**
 * The agenda of a 旬's dispatch meeting (调度会): who is red or yellow and why, whose light changed
 * since the 旬 before, problems new / overdue / closed by responsible unit, who did not report (未报)
 * or reported late (迟报), and the district's plan completion against 序时进度. Every figure is read
 * from the projects as they stood at the 旬's end, so an old meeting's agenda stays what it was.
 */

import {
  isActiveAt,
  isClosedProblemStatus,
  projectStateAt,
  type TrackedReport,
} from "./light-history";
import type { StatusExplanation } from "./outcome-schemas";
import { computeOverviewKpis } from "./overview-kpis";
import {
  daysBetween,
  periodEnd,
  periodOfDate,
  periodStart,
  timeElapsedShareOfYear,
} from "./periods";
import type { Problem, ProjectRecord } from "./project";
import { roundTo } from "./rounding";
import { computeStatus } from "./status-light";
import { describeStatus } from "./status-reason";
import { lightUrgency, type StatusLight, type StatusRules } from "./status-rules";

/** How a project's report for the 旬 stands; "missing" is 未报. */
export type ReportStanding = {
  state: "accepted" | "submitted" | "returned" | "missing";
  late: boolean;
};

type Bilingual = { zh: string; en: string };

export type AgendaProject = {
  id: string;
  name: string;
  nameEn: string;
  responsibleUnit: string;
  responsibleUnitEn: string;
  light: StatusLight;
  rule: StatusExplanation["rule"];
  /** The light at the end of the 旬 before; null when there is none to compare with. */
  previousLight: StatusLight | null;
  reason: Bilingual;
  explanation: StatusExplanation;
};

export type AgendaProblem = {
  id: string;
  projectId: string;
  projectName: string;
  projectNameEn: string;
  description: string;
  descriptionEn: string;
  type: Problem["type"];
  ownerUnit: string;
  ownerUnitEn: string;
  raisedDate: string;
  dueDate: string;
  resolvedDate: string | null;
  /** Days past the due date at the 旬's end; 0 when not overdue. */
  daysOverdue: number;
};

export type UnitProblems = {
  unit: string;
  unitEn: string;
  new: AgendaProblem[];
  overdue: AgendaProblem[];
  closed: AgendaProblem[];
};

export type AgendaReporting = {
  projectId: string;
  name: string;
  nameEn: string;
  unit: string;
  unitEn: string;
} & ReportStanding;

export type DispatchAgenda = {
  period: string;
  periodStart: string;
  periodEnd: string;
  previousPeriod: string | null;
  projectCount: number;
  lightCounts: Record<StatusLight, number>;
  /** Red and yellow projects, red first, then the furthest behind plan. */
  projects: AgendaProject[];
  /** Projects whose light differs from the 旬 before. */
  changes: AgendaProject[];
  problemsByUnit: UnitProblems[];
  newProblems: AgendaProblem[];
  overdueProblems: AgendaProblem[];
  closedProblems: AgendaProblem[];
  /** Project ids with no report for the 旬 (未报). */
  unreported: string[];
  /** Project ids whose report came after the round's deadline (迟报). */
  late: string[];
  reporting: AgendaReporting[];
  plan: {
    /** 亿元 */
    yearPlanInvestment: number;
    ytdInvestment: number;
    /** ytd over the year's plan, %; null without a plan. */
    completionPct: number | null;
    /** 序时进度 at the 旬's end, %. */
    timeElapsedPct: number;
    /** timeElapsed − completion; positive means behind. */
    behindPoints: number | null;
  };
};

/**
 * The standing of each project's report for the 旬, from the reports it carries (a stored report may
 * be submitted or returned and still waiting). A returned report has to come again: it is missing.
 */
export function reportStandings(
  projects: readonly ProjectRecord[],
  period: string,
): Record<string, ReportStanding> {
  return Object.fromEntries(
    projects.map((p) => {
      const report = (p.reports as TrackedReport[]).find((r) => r.period === period);
      const state = report?.state ?? (report ? "accepted" : "missing");
      return [p.id, { state, late: report?.late === true }];
    }),
  );
}

const toAgendaProblem = (project: ProjectRecord, problem: Problem, end: string): AgendaProblem => ({
  id: problem.id,
  projectId: project.id,
  projectName: project.name,
  projectNameEn: project.nameEn,
  description: problem.description,
  descriptionEn: problem.descriptionEn,
  type: problem.type,
  ownerUnit: problem.ownerUnit,
  ownerUnitEn: problem.ownerUnitEn,
  raisedDate: problem.raisedDate,
  dueDate: problem.dueDate,
  resolvedDate: problem.resolvedDate,
  daysOverdue: isClosedProblemStatus(problem.status)
    ? 0
    : Math.max(0, daysBetween(problem.dueDate, end)),
});

function agendaProject(
  project: ProjectRecord,
  explanation: StatusExplanation,
  previousLight: StatusLight | null,
): AgendaProject {
  return {
    id: project.id,
    name: project.name,
    nameEn: project.nameEn,
    responsibleUnit: project.responsibleUnit,
    responsibleUnitEn: project.responsibleUnitEn,
    light: explanation.light,
    rule: explanation.rule,
    previousLight,
    reason: { zh: describeStatus(explanation, "zh"), en: describeStatus(explanation, "en") },
    explanation,
  };
}

function byUnit(
  problems: { kind: keyof Omit<UnitProblems, "unit" | "unitEn">; p: AgendaProblem }[],
) {
  const units = new Map<string, UnitProblems>();
  for (const { kind, p } of problems) {
    const entry = units.get(p.ownerUnit) ?? {
      unit: p.ownerUnit,
      unitEn: p.ownerUnitEn,
      new: [],
      overdue: [],
      closed: [],
    };
    entry[kind].push(p);
    units.set(p.ownerUnit, entry);
  }
  // The units with most overdue first: they are the ones the meeting presses.
  return [...units.values()].sort(
    (a, b) =>
      b.overdue.length - a.overdue.length ||
      b.new.length - a.new.length ||
      a.unit.localeCompare(b.unit, "zh"),
  );
}

type LitState = Parameters<typeof computeOverviewKpis>[0][number];

/**
 * The district at a 旬's end, from its active projects as they stood then (with their light then):
 * how many are red, yellow, green, and the year's plan completion against 序时进度. The agenda and
 * the review both read it from here, so the two never disagree.
 */
export function districtStandingAt(
  lit: readonly LitState[],
  period: string,
): Pick<DispatchAgenda, "lightCounts" | "plan"> {
  const kpis = computeOverviewKpis([...lit], []);
  const timeElapsedPct = roundTo(timeElapsedShareOfYear(periodEnd(period)), 1);
  const completionPct = kpis.ytdCompletionPct === null ? null : roundTo(kpis.ytdCompletionPct, 1);
  return {
    lightCounts: kpis.statusCounts,
    plan: {
      yearPlanInvestment: roundTo(kpis.yearPlanInvestment, 4),
      ytdInvestment: roundTo(kpis.ytdInvestment, 4),
      completionPct,
      timeElapsedPct,
      behindPoints: completionPct === null ? null : roundTo(timeElapsedPct - completionPct, 1),
    },
  };
}

/**
 * The 旬 whose agenda is "the latest": the one 数据截至 falls in. The dashboard's link and the wall's
 * dispatch panel both take it from here, with 数据截至 as the API gives it.
 */
export const latestAgendaPeriod = (asOf: string) => periodOfDate(asOf);

/**
 * The agenda for `period`, from the projects with their reports, milestones and problems.
 * `previousPeriod` is the 旬 to compare lights with (the round before); without it nothing "changed".
 * `standings` may come from the store's rounds; by default they are read off the projects' reports.
 */
export function dispatchAgenda(
  period: string,
  projects: readonly ProjectRecord[],
  rules: StatusRules,
  options: { previousPeriod?: string | null; standings?: Record<string, ReportStanding> } = {},
): DispatchAgenda {
  const start = periodStart(period);
  const end = periodEnd(period);
  const previousPeriod = options.previousPeriod ?? null;
  const standings = options.standings ?? reportStandings(projects, period);
  const active = projects.filter((p) => isActiveAt(p, period));

  const states = active.map((project) => {
    const state = projectStateAt(project, period);
    const explanation = computeStatus(state, end, rules);
    const previousLight = previousPeriod
      ? computeStatus(projectStateAt(project, previousPeriod), periodEnd(previousPeriod), rules)
          .light
      : null;
    return { project, state, explanation, previousLight };
  });

  const lit = states.map((s) => agendaProject(s.project, s.explanation, s.previousLight));
  const flagged = lit
    .filter((p) => p.light !== "green")
    .sort(
      (a, b) =>
        lightUrgency[b.light] - lightUrgency[a.light] ||
        b.explanation.behindPoints - a.explanation.behindPoints,
    );
  const changes = lit
    .filter((p) => p.previousLight !== null && p.previousLight !== p.light)
    .sort((a, b) => lightUrgency[b.light] - lightUrgency[a.light]);

  const problemRows = states.flatMap(({ project, state }) => {
    const asOfEnd = new Map(state.problems.map((p) => [p.id, p]));
    return project.problems.flatMap((original) => {
      const then = asOfEnd.get(original.id);
      if (!then) return [];
      const row = toAgendaProblem(project, then, end);
      const kinds: ("new" | "overdue" | "closed")[] = [];
      if (then.raisedDate >= start) kinds.push("new");
      if (row.daysOverdue > 0) kinds.push("overdue");
      if (isClosedProblemStatus(then.status) && then.resolvedDate && then.resolvedDate >= start)
        kinds.push("closed");
      return kinds.map((kind) => ({ kind, p: row }));
    });
  });
  const of = (kind: "new" | "overdue" | "closed") =>
    problemRows.filter((r) => r.kind === kind).map((r) => r.p);
  const overdueProblems = of("overdue").sort((a, b) => b.daysOverdue - a.daysOverdue);

  const reporting: AgendaReporting[] = active.map((p) => ({
    projectId: p.id,
    name: p.name,
    nameEn: p.nameEn,
    unit: p.responsibleUnit,
    unitEn: p.responsibleUnitEn,
    ...(standings[p.id] ?? { state: "missing", late: false }),
  }));

  const { lightCounts, plan } = districtStandingAt(
    states.map((s) => ({ ...s.state, status: s.explanation.light })),
    period,
  );

  return {
    period,
    periodStart: start,
    periodEnd: end,
    previousPeriod,
    projectCount: active.length,
    lightCounts,
    projects: flagged,
    changes,
    problemsByUnit: byUnit(problemRows),
    newProblems: of("new"),
    overdueProblems,
    closedProblems: of("closed"),
    unreported: reporting
      .filter((r) => r.state === "missing" || r.state === "returned")
      .map((r) => r.projectId),
    late: reporting.filter((r) => r.late).map((r) => r.projectId),
    reporting,
    plan,
  };
}
