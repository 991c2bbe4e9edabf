/**
 * The bulletin (通报) of an inspection: what officials circulate after a 观摩会 — the ranking in each
 * category, the best and the last, and how the attendees voted. One structure, drawn by the Word file
 * on the server and by the A4 print page in the browser, so both say the same numbers as the screens
 * (they come from the same results).
 */
import { formatDate, formatNumber, formatPercent, formatScore } from "./formats";
import { defineMessages, type Lang, LOCALE, localized, translate } from "./i18n";
import type { ProjectResult } from "./outcome-schemas";
import type { Category } from "./project";
import type { InspectionEvent } from "./scoring-schemas";
import { categoryMessages, illustrativeMessages, joinList, quoted } from "./shared-messages";

export type BulletinTable = { columns: string[]; rows: string[][]; numeric: boolean[] };
export type BulletinSection = { heading: string; paragraphs: string[]; table?: BulletinTable };
export type BulletinDoc = {
  title: string;
  /** The line under the title: the meeting, its date and place. */
  subtitle: string;
  sections: BulletinSection[];
  /** The honesty note, when any figure is illustrative. */
  note?: string;
};

type NamedProject = { id: string; name: string; nameEn: string; category: Category };

export type BulletinInput = {
  event: Pick<InspectionEvent, "name" | "nameEn" | "date" | "venue" | "venueEn" | "state">;
  projects: readonly NamedProject[];
  results: readonly ProjectResult[];
  illustrative: boolean;
  lang: Lang;
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

const CATEGORY_ORDER: Category[] = ["manufacturing", "urban_renewal"];
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
  const category = (c: Category) => translate(categoryMessages, lang)(c);
  // Inside a sentence an English category name is not capitalised; Chinese has no case.
  const categoryInText = (c: Category) => category(c).toLocaleLowerCase(LOCALE[lang]);
  const names = new Map(input.projects.map((p) => [p.id, localized(p, "name", lang)]));
  const name = (id: string) => names.get(id) ?? id;
  const eventName = localized(event, "name", lang);
  const date = formatDate(event.date, lang);
  const categories = CATEGORY_ORDER.filter((c) => input.results.some((r) => r.category === c));
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
