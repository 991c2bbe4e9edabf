import { Link } from "wouter";
import { formatPercent, formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { resultsMessages } from "../messages";

type Props = {
  results: ProjectResult[];
  names: Map<string, string>;
  caption: string;
  selectedId: string | undefined;
  linkSearch: string;
  onExplain: (projectId: string) => void;
};

/** The category's ranking; each score is a button that opens how it was computed. */
export function RankingTable({
  results,
  names,
  caption,
  selectedId,
  linkSearch,
  onExplain,
}: Props) {
  const t = useMessages(resultsMessages);
  const lang = useLang();
  const anyTie = results.some((r) => r.tiedWith.length > 0);
  const scoreButton = (r: ProjectResult, value: number | null, what: "composite" | "baseScore") =>
    value === null ? (
      "—"
    ) : (
      <button
        type="button"
        className="results-score-button"
        aria-haspopup="dialog"
        data-score={what}
        onClick={() => onExplain(r.projectId)}
      >
        {formatScore(value)}
        <span className="visually-hidden">
          {" "}
          {t("explain", { project: names.get(r.projectId) ?? r.projectId, what: t(what) })}
        </span>
      </button>
    );
  return (
    <div className="results-table">
      <div className="table-scroll">
        <table className="data-table results-ranking">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t("rank")}
              </th>
              <th scope="col">{t("project")}</th>
              <th scope="col" className="num">
                {t("composite")}
              </th>
              <th scope="col" className="num">
                {t("baseScore")}
              </th>
              <th scope="col" className="num">
                {t("satisfaction")}
              </th>
              <th scope="col" className="num">
                {t("votes")}
              </th>
              <th scope="col" className="num">
                {t("sheets")}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const selected = r.projectId === selectedId;
              return (
                <tr
                  key={r.projectId}
                  data-project-id={r.projectId}
                  className={selected ? "is-selected" : undefined}
                >
                  <td className="num results-rank">
                    {r.rank ?? t("notRanked")}
                    {r.tiedWith.length > 0 && <span className="results-tied">{t("tied")}</span>}
                  </td>
                  <th scope="row" className="results-name">
                    <Link href={`/projects/${r.projectId}${linkSearch}`}>
                      {names.get(r.projectId) ?? r.projectId}
                    </Link>
                    {selected && <span className="visually-hidden">{t("selected")}</span>}
                  </th>
                  <td className="num">{scoreButton(r, r.score, "composite")}</td>
                  <td className="num">{scoreButton(r, r.baseScore, "baseScore")}</td>
                  <td className="num">
                    {r.satisfactionRate === null ? "—" : formatPercent(r.satisfactionRate, lang)}
                  </td>
                  <td className="num">{r.voteCount}</td>
                  <td className="num">{r.sheetCount}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {anyTie && <p className="results-muted">{t("tiedNote")}</p>}
    </div>
  );
}
