import type { CategoryBook } from "../../../../domain/category";
import { formatPercent, formatScore, formatYi, type Lang } from "../../../../domain/formats";
import { computeOverviewKpis } from "../../../../domain/overview-kpis";
import { lightGlyph, lightWordKey, statusLights } from "../../../../domain/status-rules";
import { commonMessages } from "../../../i18n/common-messages";
import { localized } from "../../../i18n/localized";
import { type Translate, translate } from "../../../i18n/messages";
import type { ResultsData, WallProject, WallResult } from "../display-data";
import type { wallMessages } from "../messages";
import { rankingEnds } from "../ranking-ends";

type T = Translate<typeof wallMessages.zh>;
type Props = {
  projects: WallProject[];
  /** The event's results; undefined while they load or when there is no event. */
  results: ResultsData | undefined;
  /** Which inspection the ranking is from, shown over it. */
  eventName: React.ReactNode;
  categories: CategoryBook;
  lang: Lang;
  t: T;
};

/** Rows at each end of a category's ranking: what fits beside the figures at 16:9. */
const endRows = 3;

/**
 * Everything at once, for the room that glances up: the district's key figures, how many projects
 * stand at each light, and the top and the bottom of each category's ranking.
 */
export function OverviewPanel({ projects, results, eventName, categories, lang, t }: Props) {
  const c = translate(commonMessages, lang);
  const k = computeOverviewKpis(projects, results?.results ?? [], categories.order);
  const elapsed = projects[0]?.statusExplanation.timeElapsedPct;
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? "—" : formatPercent(v, lang);
  const figures = [
    {
      key: "projects",
      label: t("kpiProjects"),
      value: String(k.projectCount),
      note: k.byCategory
        .map((b) =>
          t("ovCategoryCount", { category: categories.name(b.category, lang), n: b.count }),
        )
        .join(" · "),
    },
    {
      key: "investment",
      label: t("kpiTotal"),
      value: formatYi(k.totalInvestment, lang),
      note: t("ovPlanNote", { plan: formatYi(k.yearPlanInvestment, lang) }),
    },
    {
      key: "ytd",
      label: t("kpiYtd"),
      value: pct(k.ytdCompletionPct),
      note: t("ovYtdNote", { done: formatYi(k.ytdInvestment, lang) }),
      note2: t("ovElapsedNote", { elapsed: pct(elapsed) }),
    },
  ];
  return (
    <div className="wd-ov">
      <dl className="wd-ov__figures">
        {figures.map((f) => (
          <div key={f.key} className="wd-ov__figure" data-figure={f.key}>
            <dt>{f.label}</dt>
            <dd>
              <span className="wd-ov__value num">{f.value}</span>
              <span className="wd-ov__note">{f.note}</span>
              {"note2" in f && <span className="wd-ov__note">{f.note2}</span>}
            </dd>
          </div>
        ))}
        <div className="wd-ov__figure wd-ov__lights" data-figure="lights">
          <dt>{t("kpiStatus")}</dt>
          <dd>
            <ul>
              {statusLights.map((light) => (
                <li key={light} className={`wd-light wd-light--${light}`} data-light={light}>
                  <span aria-hidden="true">{lightGlyph[light]}</span>
                  <span className="wd-ov__count num">{k.statusCounts[light]}</span>
                  <span className="wd-ov__word">{c(lightWordKey[light])}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <section className="wd-ov__ranking" aria-labelledby="wd-ov-ranking">
        <h3 id="wd-ov-ranking" className="wd-ov__title">
          {t("ovRankingTitle", { n: endRows })}
          {eventName && <span className="wd-ov__event">{eventName}</span>}
        </h3>
        {!results ? (
          <p className="wd-loading">{eventName ? t("loading") : t("noEvent")}</p>
        ) : (
          <div className="wd-ov__columns">
            {categories.present(results.results).map((category) => (
              <EndsColumn
                key={category.id}
                id={category.id}
                name={categories.name(category.id, lang)}
                colour={category.colour}
                rows={results.results.filter((r) => r.category === category.id)}
                projects={projects}
                lang={lang}
                t={t}
              />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

function EndsColumn({
  id,
  name,
  colour,
  rows,
  projects,
  lang,
  t,
}: {
  id: string;
  name: string;
  colour: string;
  rows: WallResult[];
  projects: WallProject[];
  lang: Lang;
  t: T;
}) {
  const ends = rankingEnds(rows, endRows);
  const byId = new Map(projects.map((p) => [p.id, p]));
  const row = (r: WallResult) => (
    <li key={r.projectId} className="wd-ov__row" data-project-id={r.projectId}>
      <span className="wd-ov__rank num">{r.rank}</span>
      <span className="wd-ov__name">
        {(() => {
          const p = byId.get(r.projectId);
          return p ? localized(p, "name", lang) : r.projectId;
        })()}
      </span>
      <span className="wd-ov__score num">
        {r.score === null ? t("noScore") : formatScore(r.score)}
      </span>
    </li>
  );
  return (
    <div
      className={`wd-ov__column wd-ov__column--${id}`}
      data-category={id}
      style={{ "--category-colour": colour } as React.CSSProperties}
    >
      <h4 className="wd-ov__category">
        {name}
        <span className="wd-ov__ranked">{t("ovRanked", { n: rows.length })}</span>
      </h4>
      <ol className="wd-ov__rows">{ends.top.map(row)}</ol>
      {ends.bottom.length > 0 && (
        <>
          <p className="wd-ov__gap">{t("ovBetween", { n: ends.hidden })}</p>
          <ol className="wd-ov__rows">{ends.bottom.map(row)}</ol>
        </>
      )}
    </div>
  );
}
