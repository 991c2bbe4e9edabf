import { type CSSProperties, useRef } from "react";
import type { CategoryBook, CategoryRecord } from "../../../../domain/category";
import { formatScore, type Lang } from "../../../../domain/formats";
import { localized } from "../../../i18n/localized";
import type { Translate } from "../../../i18n/messages";
import type { ResultsData, WallEvent, WallProject } from "../display-data";
import type { wallMessages } from "../messages";
import { rankingColumns } from "../ranking-columns";

type Props = {
  results: ResultsData;
  projects: WallProject[];
  event: WallEvent | undefined;
  categories: CategoryBook;
  lang: Lang;
  t: Translate<typeof wallMessages.zh>;
};

/**
 * How far each project moved since the results before the latest change. Kept in a ref of plain
 * rank numbers (one map, replaced per update), so nothing accumulates.
 */
function useMovement(results: ResultsData) {
  const seen = useRef<{
    data: ResultsData | null;
    previous: Map<string, number>;
    current: Map<string, number>;
  }>({
    data: null,
    previous: new Map(),
    current: new Map(),
  });
  const s = seen.current;
  if (s.data !== results) {
    const ranks = new Map<string, number>();
    for (const r of results.results) if (r.rank !== null) ranks.set(r.projectId, r.rank);
    s.previous = s.data ? s.current : ranks;
    s.current = ranks;
    s.data = results;
  }
  return (id: string) => {
    const before = s.previous.get(id);
    const now = s.current.get(id);
    return before === undefined || now === undefined ? 0 : before - now;
  };
}

/**
 * Every category's ranking, whole, in the district's order: as many columns as they need (see
 * rankingColumns), each title in its category's colour, the event card at the end.
 */
export function RankingPanel({ results, projects, event, categories, lang, t }: Props) {
  const moved = useMovement(results);
  const byId = new Map(projects.map((p) => [p.id, p]));
  const blocks = categories.present(results.results).map((category) => ({
    category,
    rows: results.results
      .filter((r) => r.category === category.id)
      .sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999)),
  }));
  const layout = rankingColumns(blocks.map((b) => ({ ...b, rows: b.rows.length, block: b })));
  const table = ({
    category,
    rows,
  }: {
    category: CategoryRecord;
    rows: typeof results.results;
  }) => {
    return (
      <div
        className="wd-rank"
        key={category.id}
        data-category={category.id}
        style={
          { "--category-colour": category.colour, "--rank-rows": rows.length } as CSSProperties
        }
      >
        <h3 className="wd-rank__title">
          <span className="wd-rank__swatch" aria-hidden="true" />
          {categories.name(category.id, lang)}
        </h3>
        <div className="wd-rank__body">
          <table className="wd-table">
            <thead>
              <tr>
                <th scope="col">{t("colRank")}</th>
                <th scope="col">{t("colProject")}</th>
                <th scope="col" className="num">
                  {t("colScore")}
                </th>
                <th scope="col" className="num" title={t("colSatisfactionLong")}>
                  <span aria-hidden="true">{t("colSatisfaction")}</span>
                  <span className="visually-hidden">{t("colSatisfactionLong")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const project = byId.get(r.projectId);
                const delta = moved(r.projectId);
                return (
                  <tr key={r.projectId} className={delta ? "is-moving" : undefined}>
                    <td className="wd-table__rank num">
                      {r.rank ?? "—"}
                      {delta !== 0 && (
                        <span
                          className={`wd-move wd-move--${delta > 0 ? "up" : "down"}`}
                          title={t(delta > 0 ? "movedUp" : "movedDown", { n: Math.abs(delta) })}
                        >
                          {delta > 0 ? "▲" : "▼"}
                          {Math.abs(delta)}
                        </span>
                      )}
                    </td>
                    <td className="wd-table__name">
                      {project ? localized(project, "name", lang) : r.projectId}
                    </td>
                    <td className="num wd-table__score">
                      {r.score === null ? t("noScore") : formatScore(r.score)}
                    </td>
                    <td className="num wd-table__votes">
                      {r.voteCount === 0
                        ? "—"
                        : `${r.steps.votes.satisfied}/${r.steps.votes.basically_satisfied}/${r.steps.votes.unsatisfied}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    );
  };
  const card = event && <EventCard event={event} results={results} lang={lang} t={t} />;
  const columnCount = layout.columns.length + (card && layout.eventInOwnColumn ? 1 : 0);
  return (
    <div
      className={`wd-ranking${columnCount > 2 ? " wd-ranking--compact" : ""}`}
      style={{ "--ranking-columns": Math.max(columnCount, 1) } as CSSProperties}
    >
      {layout.columns.map((column, i) => (
        <div
          className={`wd-ranking__column wd-ranking__column${layout.full[i] ? "--full" : "--loose"}`}
          key={column[0].block.category.id}
        >
          {column.map((b) => table(b.block))}
          {!layout.eventInOwnColumn && i === layout.columns.length - 1 && card}
        </div>
      ))}
      {layout.eventInOwnColumn && card && (
        <div className="wd-ranking__column wd-ranking__column--loose">{card}</div>
      )}
    </div>
  );
}

/** Which event, its state, and while it is open how many sheets are in. */
function EventCard({
  event,
  results,
  lang,
  t,
}: Omit<Props, "projects" | "categories"> & { event: WallEvent }) {
  const share = results.expectedSheetCount
    ? Math.min(100, (results.sheetCount / results.expectedSheetCount) * 100)
    : 0;
  return (
    <div className="wd-event" aria-live="polite">
      <p className="wd-event__name">{localized(event, "name", lang)}</p>
      <p className="wd-event__state">{t(`eventState_${event.state}` as "eventState_open")}</p>
      <p className="wd-event__count num">
        {t("submitted", { n: results.sheetCount, m: results.expectedSheetCount })}
      </p>
      <div className="wd-bar" aria-hidden="true">
        <span className="wd-bar__fill" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
