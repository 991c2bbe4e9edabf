import { Link } from "wouter";
import type { ProjectSummary } from "../../../../domain/api-views";
import { barShare, SCORE_FULL_MARK } from "../../../../domain/bar-scale";
import { categoriesPresent } from "../../../../domain/category";
import { formatScore } from "../../../../domain/formats";
import { PER_PROJECT_MAX, TOP_SHOWN, topOf } from "../../../../domain/list-size";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import { ChartFigure } from "../../../components/chart-figure";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { useCategoryBook } from "../../../lib/use-category-book";
import { overviewMessages } from "../messages";
import { projectTableLink } from "./table-link";

type Props = {
  projects: ProjectSummary[];
  results: ProjectResult[];
  selectedId?: string;
  linkSearch: string;
};

/**
 * Scores as labelled bars, ranked within each category. HTML rather than SVG so long Chinese
 * names wrap instead of being cut off, at any width.
 */
export function ScoreRanking({ projects, results, selectedId, linkSearch }: Props) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const categories = useCategoryBook();
  const byId = new Map(projects.map((p) => [p.id, p]));
  const rows = results
    .filter((r) => byId.has(r.projectId) && r.score !== null)
    .sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999));
  // From 0 to the full mark: the bar's length is the score, and the exact figure stands beside it.
  const width = (score: number) => `${barShare(score, SCORE_FULL_MARK)}%`;
  // A city's list: the top of each category, the rest counted and one click away.
  const long = rows.length > PER_PROJECT_MAX;
  const groups = categoriesPresent(rows)
    .map((category) => {
      const inCategory = rows.filter((r) => r.category === category);
      return { category, ...topOf(inCategory, long ? TOP_SHOWN : inCategory.length) };
    })
    .filter((group) => group.shown.length);
  const drawn = groups.flatMap((group) => group.shown);
  const name = (id: string) => {
    const project = byId.get(id);
    return project ? localized(project, "name", lang) : id;
  };
  return (
    <ChartFigure
      caption={long ? t("rankingTopCaption", { n: TOP_SHOWN }) : t("rankingCaption")}
      columns={[t("categoryCol"), t("rankCol"), t("projectCol"), t("scoreCol")]}
      rows={drawn.map((r) => [
        categories.name(r.category, lang),
        r.rank ?? "—",
        name(r.projectId),
        formatScore(r.score ?? 0),
      ])}
    >
      {groups.map(({ category, shown, hidden }) => {
        return (
          <section key={category} className="ranking">
            <h3 className="ranking__title">{categories.name(category, lang)}</h3>
            <ol className="ranking__list">
              {shown.map((r) => (
                <li
                  key={r.projectId}
                  className={`ranking__row${r.projectId === selectedId ? " is-selected" : ""}`}
                >
                  <span className="ranking__rank">{r.rank}</span>
                  <Link href={`/projects/${r.projectId}${linkSearch}`} className="ranking__name">
                    {name(r.projectId)}
                  </Link>
                  <span className="ranking__bar" aria-hidden="true">
                    <span style={{ width: width(r.score ?? 0) }} />
                  </span>
                  <span className="ranking__score">{formatScore(r.score ?? 0)}</span>
                </li>
              ))}
            </ol>
            {hidden > 0 && (
              <p className="ranking__more">
                {t("rankingMore", { n: hidden })} ·{" "}
                <Link href={projectTableLink(linkSearch, { cat: category, sort: "rank:asc" })}>
                  {t("rankingAll")}
                </Link>
              </p>
            )}
          </section>
        );
      })}
      <p className="ranking__scale">{t("rankingScale", { max: SCORE_FULL_MARK })}</p>
    </ChartFigure>
  );
}
