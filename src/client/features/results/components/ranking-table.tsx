import type { ReactNode } from "react";
import { Link } from "wouter";
import { formatPercent, formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { resultsMessages } from "../messages";
import { VoteSplit } from "./vote-split";

type Props = {
  results: ProjectResult[];
  names: Map<string, string>;
  caption: string;
  selectedId: string | undefined;
  linkSearch: string;
  onExplain: (projectId: string) => void;
};

/**
 * The category's ranking in official order, saying what it orders by and marking the figure that
 * decided a place where composites were equal. Each score is a button that opens how it was
 * computed. On a phone each row becomes a card (see results.css), so nothing needs a sideways scroll.
 */
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
  const anyDecider = results.some((r) => r.tieBreak !== "none");
  const decider = (r: ProjectResult, by: ProjectResult["tieBreak"]) =>
    r.tieBreak === by && (
      <span className="results-decider" title={t("decider")}>
        ◆<span className="visually-hidden">{t("decider")}</span>
      </span>
    );
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
  const columns = {
    composite: t("composite"),
    baseScore: t("baseScore"),
    satisfiedShare: t("satisfiedShare"),
    votes: t("votes"),
    satisfaction: t("satisfaction"),
    sheets: t("sheets"),
  };
  // The heading goes with each cell too: a phone shows the rows as cards without the table head.
  const cell = (key: keyof typeof columns, content: ReactNode, extra = "") => (
    <td className={`num results-${key} ${extra}`.trim()} data-label={columns[key]}>
      {content}
    </td>
  );
  return (
    <div className="results-table">
      <p className="results-order" data-testid="ranking-order">
        {t("orderedBy")}
      </p>
      <div className="table-scroll">
        <table className="data-table results-ranking">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t("rank")}
              </th>
              <th scope="col">{t("project")}</th>
              {Object.entries(columns).map(([key, label]) => (
                <th key={key} scope="col" className={`num results-${key}`}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const selected = r.projectId === selectedId;
              return (
                <tr
                  key={r.projectId}
                  data-project-id={r.projectId}
                  data-tie-break={r.tieBreak}
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
                  {cell("composite", scoreButton(r, r.score, "composite"))}
                  {cell(
                    "baseScore",
                    <>
                      {decider(r, "base_score")}
                      {scoreButton(r, r.baseScore, "baseScore")}
                    </>,
                  )}
                  {cell(
                    "satisfiedShare",
                    <>
                      {decider(r, "satisfied_share")}
                      {r.satisfiedShare === null
                        ? "—"
                        : formatPercent(r.satisfiedShare * 100, lang, 2)}
                    </>,
                  )}
                  {cell("votes", <VoteSplit votes={r.steps.votes} />)}
                  {cell(
                    "satisfaction",
                    r.satisfactionRate === null ? "—" : formatPercent(r.satisfactionRate, lang),
                  )}
                  {cell("sheets", r.sheetCount)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {anyDecider && <p className="results-muted">{t("deciderNote")}</p>}
      {anyTie && <p className="results-muted">{t("tiedNote")}</p>}
    </div>
  );
}
