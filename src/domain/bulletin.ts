/**
 * The bulletin (通报) of an inspection: what officials circulate after a 观摩会 — the ranking in each
 * category, the best and the last, and how the attendees voted. One structure, drawn by the Word file
 * on the server and by the A4 print page in the browser, so both say the same numbers as the screens
 * (they come from the same results).
 */
import { z } from "zod";
import {
  type CategoryRecord,
  categoriesPresent,
  categoryBook,
  seedCategoryRecords,
} from "./category";
import type { DispatchAgenda } from "./dispatch-agenda";
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatScore,
  formatYi,
  periodLabel,
} from "./formats";
import { defineMessages, type Lang, LOCALE, localized, translate } from "./i18n";
import type { ProjectResult } from "./outcome-schemas";
import type { Category } from "./project";
import { roundTo } from "./rounding";
import type { InspectionEvent } from "./scoring-schemas";
import { illustrativeMessages, joinList, lightWordMessages, quoted } from "./shared-messages";
import { lightWordKey } from "./status-rules";

/** The bulletin as the API answers it. */
const bulletinSectionSchema = z.object({
  heading: z.string(),
  paragraphs: z.array(z.string()),
  table: z
    .object({
      columns: z.array(z.string()),
      rows: z.array(z.array(z.string())),
      numeric: z.array(z.boolean()),
    })
    .optional(),
});
export const bulletinResponseSchema = z.object({
  bulletin: z.object({
    title: z.string(),
    subtitle: z.string(),
    sections: z.array(bulletinSectionSchema),
    note: z.string().optional(),
  }),
});

export type BulletinDoc = z.infer<typeof bulletinResponseSchema>["bulletin"];
export type BulletinSection = BulletinDoc["sections"][number];
export type BulletinTable = NonNullable<BulletinSection["table"]>;

type NamedProject = { id: string; name: string; nameEn: string; category: Category };

export type BulletinInput = {
  event: Pick<InspectionEvent, "name" | "nameEn" | "date" | "venue" | "venueEn" | "state">;
  projects: readonly NamedProject[];
  results: readonly ProjectResult[];
  illustrative: boolean;
  lang: Lang;
  /** The district's categories (their names and order); the seed's two when not given. */
  categories?: readonly CategoryRecord[];
};

const messages = defineMessages({
  zh: {
    title: "关于{event}评议情况的通报",
    subtitle: "{date} · {venue}",
    overviewHeading: "一、总体情况",
    overview:
      "{date}，{event}观摩了 {categories}，共 {projects} 个项目。观摩结束后，与会人员对项目进行了评议打分并现场投票，共计入评分表 {sheets} 份、投票 {votes} 票。",
    categoryCount: "{n} 个{category}项目",
    rankingHeading: "二、评议排名",
    rankingIntro:
      "按类别排名，综合得分 = 评分 × {scoreWeight} + 满意度指数 × {satisfactionWeight}。",
    rankingCategory: "（{n}）{category}",
    rank: "名次",
    project: "项目",
    score: "综合得分",
    satisfied: "满意",
    basicallySatisfied: "基本满意",
    unsatisfied: "不满意",
    satisfactionRate: "满意率",
    bestHeading: "三、先进与后进",
    best: "{category}项目中，{first}综合得分 {firstScore} 分，位列第一；{last}综合得分 {lastScore} 分，位列末位。",
    tiedFirst:
      "{category}项目中，{first}并列第一（{firstScore} 分）；{last}综合得分 {lastScore} 分，位列末位。",
    onlyOne: "{category}项目仅 {first} 一个，综合得分 {firstScore} 分。",
    votesHeading: "四、满意度投票",
    votes:
      "共投票 {votes} 票，其中满意 {satisfied} 票、基本满意 {basically} 票、不满意 {unsatisfied} 票，满意率（满意 + 基本满意）{rate}。",
    lowSatisfaction: "满意率最低的项目：{list}。",
    lowItem: "{name}（{rate}）",
    noVotes: "本次观摩会尚无投票。",
    notFinal: "本通报依据尚未发布的评议结果起草，发布前数字可能变化。",
  },
  en: {
    title: "Bulletin on the scoring of the {event}",
    subtitle: "{date} · {venue}",
    overviewHeading: "1. Overview",
    overview:
      "On {date}, the {event} visited {categories}, {projects} projects in all. Afterwards the attendees scored the projects and voted on them: {sheets} score sheets and {votes} votes were counted.",
    categoryCount: "{n} {category} projects",
    rankingHeading: "2. Ranking",
    rankingIntro:
      "Ranked within each category; composite score = score × {scoreWeight} + satisfaction index × {satisfactionWeight}.",
    rankingCategory: "({n}) {category}",
    rank: "Rank",
    project: "Project",
    score: "Composite",
    satisfied: "Satisfied",
    basicallySatisfied: "Basically satisfied",
    unsatisfied: "Unsatisfied",
    satisfactionRate: "Satisfaction",
    bestHeading: "3. Best and last",
    best: "Among {category} projects, {first} ranks first with {firstScore}; {last} ranks last with {lastScore}.",
    tiedFirst:
      "Among {category} projects, {first} share first place ({firstScore}); {last} ranks last with {lastScore}.",
    onlyOne: "{first} is the only {category} project, with {firstScore}.",
    votesHeading: "4. Satisfaction votes",
    votes:
      "{votes} votes in all: {satisfied} satisfied, {basically} basically satisfied, {unsatisfied} unsatisfied; satisfaction rate (satisfied + basically satisfied) {rate}.",
    lowSatisfaction: "Lowest satisfaction: {list}.",
    lowItem: "{name} ({rate})",
    noVotes: "No votes have been cast in this inspection yet.",
    notFinal:
      "Drafted from results that are not yet published; the figures may change before they are.",
  },
});

/** How many of the least satisfied projects the bulletin names. */
const LOW_SATISFACTION_COUNT = 3;

/** The results of one category in rank order; unranked (no sheets) last. */
function ranked(results: readonly ProjectResult[], category: Category) {
  return results
    .filter((r) => r.category === category)
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
}

export function inspectionBulletin(input: BulletinInput): BulletinDoc {
  const { event, lang } = input;
  const t = translate(messages, lang);
  const book = categoryBook(input.categories ?? seedCategoryRecords);
  const category = (c: Category) => book.name(c, lang);
  // Inside a sentence an English category name is not capitalised; Chinese has no case.
  const categoryInText = (c: Category) => category(c).toLocaleLowerCase(LOCALE[lang]);
  const names = new Map(input.projects.map((p) => [p.id, localized(p, "name", lang)]));
  const name = (id: string) => names.get(id) ?? id;
  const eventName = localized(event, "name", lang);
  const date = formatDate(event.date, lang);
  const categories = categoriesPresent(input.results, book.order);
  const votes = input.results.reduce(
    (sum, r) => ({
      satisfied: sum.satisfied + r.steps.votes.satisfied,
      basically: sum.basically + r.steps.votes.basically_satisfied,
      unsatisfied: sum.unsatisfied + r.steps.votes.unsatisfied,
    }),
    { satisfied: 0, basically: 0, unsatisfied: 0 },
  );
  const voteTotal = votes.satisfied + votes.basically + votes.unsatisfied;
  const sheets = input.results.reduce((sum, r) => sum + r.sheetCount, 0);
  const first = input.results[0]?.steps;
  const score = (r: ProjectResult) => (r.score === null ? "—" : formatScore(r.score));
  const rate = (r: ProjectResult) =>
    r.satisfactionRate === null ? "—" : formatPercent(r.satisfactionRate, lang);

  const overview: BulletinSection = {
    heading: t("overviewHeading"),
    paragraphs: [
      t("overview", {
        date,
        event: eventName,
        categories: joinList(
          categories.map((c) =>
            t("categoryCount", {
              n: input.results.filter((r) => r.category === c).length,
              category: categoryInText(c),
            }),
          ),
          lang,
        ),
        projects: input.results.length,
        sheets: formatNumber(sheets, lang, 0),
        votes: formatNumber(voteTotal, lang, 0),
      }),
    ],
  };

  const rankingColumns = [
    t("rank"),
    t("project"),
    t("score"),
    t("satisfied"),
    t("basicallySatisfied"),
    t("unsatisfied"),
    t("satisfactionRate"),
  ];
  const rankingSections: BulletinSection[] = categories.map((c, i) => ({
    heading: t("rankingCategory", { n: i + 1, category: category(c) }),
    paragraphs: [],
    table: {
      columns: rankingColumns,
      numeric: [true, false, true, true, true, true, true],
      rows: ranked(input.results, c).map((r) => [
        r.rank === null ? "—" : String(r.rank),
        name(r.projectId),
        score(r),
        String(r.steps.votes.satisfied),
        String(r.steps.votes.basically_satisfied),
        String(r.steps.votes.unsatisfied),
        rate(r),
      ]),
    },
  }));

  const bestAndLast = categories.flatMap((c) => {
    const list = ranked(input.results, c).filter((r) => r.score !== null);
    const top = list[0];
    const bottom = list[list.length - 1];
    if (!top || !bottom) return [];
    if (list.length === 1)
      return [
        t("onlyOne", {
          category: category(c),
          first: quoted(name(top.projectId), lang),
          firstScore: score(top),
        }),
      ];
    const firsts = list.filter((r) => r.rank === top.rank);
    return [
      t(firsts.length > 1 ? "tiedFirst" : "best", {
        category: categoryInText(c),
        first: joinList(
          firsts.map((r) => quoted(name(r.projectId), lang)),
          lang,
        ),
        firstScore: score(top),
        last: quoted(name(bottom.projectId), lang),
        lastScore: score(bottom),
      }),
    ];
  });

  const lowest = input.results
    .filter((r) => r.satisfactionRate !== null)
    .sort((a, b) => (a.satisfactionRate ?? 0) - (b.satisfactionRate ?? 0))
    .slice(0, LOW_SATISFACTION_COUNT);
  const voteParagraphs =
    voteTotal === 0
      ? [t("noVotes")]
      : [
          t("votes", {
            votes: formatNumber(voteTotal, lang, 0),
            satisfied: formatNumber(votes.satisfied, lang, 0),
            basically: formatNumber(votes.basically, lang, 0),
            unsatisfied: formatNumber(votes.unsatisfied, lang, 0),
            rate: formatPercent(((votes.satisfied + votes.basically) * 100) / voteTotal, lang),
          }),
          t("lowSatisfaction", {
            list: joinList(
              lowest.map((r) =>
                t("lowItem", { name: quoted(name(r.projectId), lang), rate: rate(r) }),
              ),
              lang,
            ),
          }),
        ];

  return {
    title: t("title", { event: eventName }),
    subtitle: t("subtitle", { date, venue: localized(event, "venue", lang) }),
    sections: [
      overview,
      {
        heading: t("rankingHeading"),
        paragraphs: [
          t("rankingIntro", {
            scoreWeight: formatNumber(first?.scoreWeight ?? 0, lang, 2),
            satisfactionWeight: formatNumber(first?.satisfactionWeight ?? 0, lang, 2),
          }),
        ],
      },
      ...rankingSections,
      { heading: t("bestHeading"), paragraphs: bestAndLast },
      { heading: t("votesHeading"), paragraphs: voteParagraphs },
    ],
    note:
      [
        ...(event.state === "published" ? [] : [t("notFinal")]),
        ...(input.illustrative ? [illustrativeMessages[lang].fileNote] : []),
      ].join(" ") || undefined,
  };
}

const dispatchMessages = defineMessages({
  zh: {
    title: "关于{period}重点项目推进情况的通报",
    subtitle: "数据截至 {date}",
    overviewHeading: "一、总体情况",
    lights:
      "纳入调度的 {projects} 个重点项目中，绿灯 {green} 个、黄灯 {yellow} 个、红灯 {red} 个。",
    planBehind:
      "年度计划投资 {plan}，已完成 {done}，完成率 {completion}，低于序时进度（{elapsed}）{gap} 个百分点。",
    planAhead:
      "年度计划投资 {plan}，已完成 {done}，完成率 {completion}，高于序时进度（{elapsed}）{gap} 个百分点。",
    planEven: "年度计划投资 {plan}，已完成 {done}，完成率 {completion}，与序时进度持平。",
    noPlan: "本年度尚无计划投资。",
    behindHeading: "二、推进滞后项目",
    behindNone: "本旬无黄灯、红灯项目。",
    project: "项目",
    unit: "责任单位",
    light: "状态",
    reason: "原因",
    problemsHeading: "三、逾期未办结问题",
    problemsNone: "本旬无逾期未办结问题。",
    problemsIntro: "逾期问题 {n} 个，按责任单位列示如下。",
    problem: "问题",
    due: "办结时限",
    overdueDays: "逾期天数",
    reportingHeading: "四、旬报报送情况",
    unreported: "未报：{list}。",
    unreportedNone: "所有项目均已报送。",
    late: "迟报：{list}。",
  },
  en: {
    title: "Bulletin on the progress of key projects, {period}",
    subtitle: "Data as of {date}",
    overviewHeading: "1. Overview",
    lights:
      "Of the {projects} key projects followed, {green} are green, {yellow} yellow and {red} red.",
    planBehind:
      "The year's planned investment is {plan}; {done} is done, a completion of {completion}, {gap} points behind the time elapsed ({elapsed}).",
    planAhead:
      "The year's planned investment is {plan}; {done} is done, a completion of {completion}, {gap} points ahead of the time elapsed ({elapsed}).",
    planEven:
      "The year's planned investment is {plan}; {done} is done, a completion of {completion}, level with the time elapsed.",
    noPlan: "There is no planned investment for this year yet.",
    behindHeading: "2. Projects behind",
    behindNone: "No project is yellow or red this period.",
    project: "Project",
    unit: "Responsible unit",
    light: "Light",
    reason: "Reason",
    problemsHeading: "3. Overdue problems",
    problemsNone: "No problem is overdue this period.",
    problemsIntro:
      "{n, plural, one {# problem is} other {# problems are}} overdue, by responsible unit:",
    problem: "Problem",
    due: "Due",
    overdueDays: "Days overdue",
    reportingHeading: "4. Ten-day reports",
    unreported: "Not reported: {list}.",
    unreportedNone: "Every project has reported.",
    late: "Reported late: {list}.",
  },
});

/** What the dispatch bulletin is drafted from: the agenda the dispatch page shows. */
export type DispatchBulletinInput = {
  agenda: Pick<
    DispatchAgenda,
    | "period"
    | "periodEnd"
    | "projectCount"
    | "lightCounts"
    | "projects"
    | "problemsByUnit"
    | "plan"
    | "reporting"
    | "unreported"
    | "late"
  >;
  illustrative: boolean;
  lang: Lang;
};

/** The bulletin after a 旬's dispatch meeting: lights, the plan against 序时进度, who is behind and why. */
export function dispatchBulletin({
  agenda,
  illustrative,
  lang,
}: DispatchBulletinInput): BulletinDoc {
  const t = translate(dispatchMessages, lang);
  const light = translate(lightWordMessages, lang);
  const { plan } = agenda;
  const percent = (v: number) => formatPercent(v, lang);
  const planSentence = () => {
    if (plan.completionPct === null || plan.behindPoints === null) return t("noPlan");
    const values = {
      plan: formatYi(plan.yearPlanInvestment, lang),
      done: formatYi(plan.ytdInvestment, lang),
      completion: percent(plan.completionPct),
      elapsed: percent(plan.timeElapsedPct),
      gap: formatNumber(Math.abs(plan.behindPoints), lang, 1),
    };
    // The sentence follows the sign of the rounded gap that it prints, never contradicting it.
    const gap = roundTo(plan.behindPoints, 1);
    return t(gap > 0 ? "planBehind" : gap < 0 ? "planAhead" : "planEven", values);
  };
  const nameOf = new Map(agenda.reporting.map((r) => [r.projectId, localized(r, "name", lang)]));
  const names = (ids: readonly string[]) =>
    joinList(
      ids.map((id) => nameOf.get(id) ?? id),
      lang,
    );
  const overdue = agenda.problemsByUnit.flatMap((u) => u.overdue);

  return {
    title: t("title", { period: periodLabel(agenda.period, lang) }),
    subtitle: t("subtitle", { date: formatDate(agenda.periodEnd, lang) }),
    sections: [
      {
        heading: t("overviewHeading"),
        paragraphs: [
          t("lights", { projects: agenda.projectCount, ...agenda.lightCounts }),
          planSentence(),
        ],
      },
      {
        heading: t("behindHeading"),
        paragraphs: agenda.projects.length ? [] : [t("behindNone")],
        ...(agenda.projects.length
          ? {
              table: {
                columns: [t("project"), t("unit"), t("light"), t("reason")],
                numeric: [false, false, false, false],
                rows: agenda.projects.map((p) => [
                  localized(p, "name", lang),
                  localized(p, "responsibleUnit", lang),
                  light(lightWordKey[p.light]),
                  p.reason[lang],
                ]),
              },
            }
          : {}),
      },
      {
        heading: t("problemsHeading"),
        paragraphs: [
          overdue.length ? t("problemsIntro", { n: overdue.length }) : t("problemsNone"),
        ],
        ...(overdue.length
          ? {
              table: {
                columns: [t("unit"), t("problem"), t("project"), t("due"), t("overdueDays")],
                numeric: [false, false, false, false, true],
                rows: agenda.problemsByUnit.flatMap((u) =>
                  u.overdue.map((p) => [
                    localized(u, "unit", lang),
                    localized(p, "description", lang),
                    localized(p, "projectName", lang),
                    formatDate(p.dueDate, lang),
                    String(p.daysOverdue),
                  ]),
                ),
              },
            }
          : {}),
      },
      {
        heading: t("reportingHeading"),
        paragraphs: [
          agenda.unreported.length
            ? t("unreported", { list: names(agenda.unreported) })
            : t("unreportedNone"),
          ...(agenda.late.length ? [t("late", { list: names(agenda.late) })] : []),
        ],
      },
    ],
    note: illustrative ? illustrativeMessages[lang].fileNote : undefined,
  };
}
