import { lazy, Suspense } from "react";
import type { ProjectDetail } from "../../../../domain/api-views";
import { formatDate, formatPercent, formatScore } from "../../../../domain/formats";
import { useEvent, useSheets } from "../../../api/events";
import { AsyncState, EmptyState } from "../../../components/async-state";
import { Card } from "../../../components/card";
import { IllustrativeTag } from "../../../components/illustrative-tag";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { useDashboardView } from "../../../lib/use-dashboard-view";
import { detailMessages } from "../messages";

// The score's charts sit below the first screen and are the only ones on this page that need the
// charting library: it loads after the page has shown, not with it.
const CriterionMeansChart = lazy(() =>
  import("./criterion-means-chart").then((m) => ({ default: m.CriterionMeansChart })),
);
const SheetSpreadChart = lazy(() =>
  import("./sheet-spread-chart").then((m) => ({ default: m.SheetSpreadChart })),
);

/** The project's result in the current inspection event: score, rank, criteria, votes, spread. */
export function ProjectScore({ project }: { project: ProjectDetail }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const { eventId, results: resultsQuery } = useDashboardView();
  const eventQuery = useEvent(eventId);
  const sheetsQuery = useSheets(eventId);
  const event = eventQuery.data?.event;

  return (
    <Card
      className="detail-score"
      titleId="detail-score-title"
      title={
        <span>
          {t("scoreTitle")}
          {event && (
            <span className="detail-score__event">
              {t("scoreEvent", {
                event: localized(event, "name", lang),
                date: formatDate(event.date, lang),
              })}
            </span>
          )}
        </span>
      }
      tag={<IllustrativeTag />}
    >
      {!eventId && !resultsQuery.isFetching ? (
        <EmptyState>{t("noEvent")}</EmptyState>
      ) : (
        <AsyncState query={resultsQuery}>
          {() => {
            const results = resultsQuery.data?.results ?? [];
            const result = results.find((r) => r.projectId === project.id);
            if (!result || result.score === null) return <EmptyState>{t("noScore")}</EmptyState>;
            const inCategory = results.filter(
              (r) => r.category === result.category && r.rank !== null,
            );
            const trimmed = result.steps.method === "trimmed_mean";
            const votes = result.steps.votes;
            return (
              <div className="detail-score__grid">
                <dl className="detail-score__figures">
                  <div className="detail-score__big">
                    <dt>{t("composite")}</dt>
                    <dd>{formatScore(result.score)}</dd>
                  </div>
                  <div className="detail-score__big">
                    <dt>{t("rank")}</dt>
                    <dd>
                      {result.rank === null
                        ? t("noRank")
                        : t("rankValue", { rank: result.rank, total: inCategory.length })}
                      {result.tiedWith.length > 0 && (
                        <span className="detail-score__tied">{t("tied")}</span>
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>
                      {t("baseScore")}
                      <span className="detail-muted">
                        {" "}
                        ({trimmed ? t("baseScoreHint") : t("baseScoreMeanHint")})
                      </span>
                    </dt>
                    <dd>{result.baseScore === null ? "—" : formatScore(result.baseScore)}</dd>
                  </div>
                  <div>
                    <dt>{t("satisfaction")}</dt>
                    <dd>
                      {result.satisfactionRate === null
                        ? "—"
                        : formatPercent(result.satisfactionRate, lang)}
                    </dd>
                  </div>
                  <div>
                    <dt>{t("votes")}</dt>
                    <dd>
                      <ul className="detail-score__votes">
                        {(event?.voteOptions ?? []).map((o) => (
                          <li key={o.id}>
                            {localized(o, "name", lang)} <strong>{votes[o.id]}</strong>
                          </li>
                        ))}
                        <li className="detail-muted">{t("voteCount", { n: result.voteCount })}</li>
                      </ul>
                    </dd>
                  </div>
                </dl>
                <Suspense fallback={null}>
                  <AsyncState query={eventQuery}>
                    {() =>
                      event && (
                        <CriterionMeansChart criteria={event.scheme.criteria} result={result} />
                      )
                    }
                  </AsyncState>
                  <AsyncState query={sheetsQuery}>
                    {() => (
                      <SheetSpreadChart
                        sheets={(sheetsQuery.data?.sheets ?? []).filter(
                          (s) => s.projectId === project.id,
                        )}
                        result={result}
                        evaluators={eventQuery.data?.evaluators ?? []}
                        groups={event?.groups ?? []}
                      />
                    )}
                  </AsyncState>
                </Suspense>
              </div>
            );
          }}
        </AsyncState>
      )}
    </Card>
  );
}
