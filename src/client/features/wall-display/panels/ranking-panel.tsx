import { useRef } from "react";
import { formatScore, type Lang } from "../../../../domain/formats";
import type { Category } from "../../../../domain/project";
import { categoryName } from "../../../../domain/shared-messages";
import { localized } from "../../../i18n/localized";
import type { Translate } from "../../../i18n/messages";
import type { ResultsData, WallEvent, WallProject } from "../display-data";
import type { wallMessages } from "../messages";

type Props = {
  results: ResultsData;
  projects: WallProject[];
  event: WallEvent | undefined;
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

export function RankingPanel({ results, projects, event, lang, t }: Props) {
  const moved = useMovement(results);
  const byId = new Map(projects.map((p) => [p.id, p]));
  const column = (category: Category) => {
    const rows = results.results
      .filter((r) => r.category === category)
      .sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999));
    return (
      <div className={`wd-rank wd-rank--${category}`} key={category}>
        <h3 className="wd-rank__title">{categoryName(category, lang)}</h3>
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
  return (
    <div className="wd-ranking">
      {column("manufacturing")}
      <div className="wd-ranking__side">
        {column("urban_renewal")}
        {event && <EventCard event={event} results={results} lang={lang} t={t} />}
      </div>
    </div>
  );
}

/** Which event, its state, and while it is open how many sheets are in. */
function EventCard({ event, results, lang, t }: Omit<Props, "projects"> & { event: WallEvent }) {
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
