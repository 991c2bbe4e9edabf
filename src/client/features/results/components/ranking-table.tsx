import type { ReactNode } from "react";
import { Link } from "wouter";
import { formatPercent, formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import { type DataColumn, DataTable } from "../../../components/data-table";
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
 * computed. On a phone each row becomes a card, so nothing needs a sideways scroll.
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
  // Each figure's cell repeats its heading: a phone shows the rows as cards without the table head.
  const figure = (
    id: string,
    header: string,
    cell: (r: ProjectResult) => ReactNode,
  ): DataColumn<ProjectResult> => ({
    id,
    header,
    cell,
    numeric: true,
    className: `results-${id}`,
    label: header,
  });
  const columns: DataColumn<ProjectResult>[] = [
    {
      id: "rank",
      header: t("rank"),
      numeric: true,
      cellClassName: "results-rank",
      cell: (r) => (
        <>
          {r.rank ?? t("notRanked")}
          {r.tiedWith.length > 0 && <span className="results-tied">{t("tied")}</span>}
        </>
      ),
    },
    {
      id: "name",
      header: t("project"),
      rowHeader: true,
      cellClassName: "results-name",
      cell: (r) => (
        <>
          <Link href={`/projects/${r.projectId}${linkSearch}`}>
            {names.get(r.projectId) ?? r.projectId}
          </Link>
          {r.projectId === selectedId && <span className="visually-hidden">{t("selected")}</span>}
        </>
      ),
    },
    figure("composite", t("composite"), (r) => scoreButton(r, r.score, "composite")),
    figure("baseScore", t("baseScore"), (r) => (
      <>
        {decider(r, "base_score")}
        {scoreButton(r, r.baseScore, "baseScore")}
      </>
    )),
    figure("satisfiedShare", t("satisfiedShare"), (r) => (
      <>
        {decider(r, "satisfied_share")}
        {r.satisfiedShare === null ? "—" : formatPercent(r.satisfiedShare * 100, lang, 2)}
      </>
    )),
    figure("votes", t("votes"), (r) => <VoteSplit votes={r.steps.votes} />),
    figure("satisfaction", t("satisfaction"), (r) =>
      r.satisfactionRate === null ? "—" : formatPercent(r.satisfactionRate, lang),
    ),
    figure("sheets", t("sheets"), (r) => r.sheetCount),
  ];
  return (
    <div className="results-table">
      <p className="results-order" data-testid="ranking-order">
        {t("orderedBy")}
      </p>
      {/* Its own phone cards (results.css): rank and name on a line, then two figures a line. */}
      <DataTable
        columns={columns}
        rows={results}
        rowKey={(r) => r.projectId}
        caption={caption}
        captionHidden
        className="results-ranking"
        rowProps={(r) => ({
          "data-project-id": r.projectId,
          "data-tie-break": r.tieBreak,
          className: r.projectId === selectedId ? "is-selected" : undefined,
        })}
      />
      {anyDecider && <p className="results-muted">{t("deciderNote")}</p>}
      {anyTie && <p className="results-muted">{t("tiedNote")}</p>}
    </div>
  );
}
