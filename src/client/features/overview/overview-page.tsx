import type { ReactNode } from "react";
import { Link, useSearch } from "wouter";
import { latestAgendaPeriod } from "../../../domain/dispatch-agenda";
import { formatDate, periodLabel } from "../../../domain/formats";
import { AsyncState } from "../../components/async-state";
import { FilterBar } from "../../components/filter-bar";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { useDashboardView } from "../../lib/use-dashboard-view";
import { BehindPlanList } from "./components/behind-plan-list";
import { KpiCards } from "./components/kpi-cards";
import { PlanCompletion } from "./components/plan-completion";
import { ScoreRanking } from "./components/score-ranking";
import { overviewMessages } from "./messages";
import "./overview.css";
import { IllustrativeTag } from "../../components/illustrative-tag";

/** `/`: key figures, the map (passed in by the route), the ranking and what lags behind. */
export function OverviewPage({ map }: { map: ReactNode }) {
  const t = useMessages(overviewMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const {
    search,
    projects: projectsQuery,
    results: resultsQuery,
    shown: projects,
    shownIds,
  } = useDashboardView();
  const rawSearch = useSearch();
  const linkSearch = rawSearch ? `?${rawSearch}` : "";

  return (
    <AsyncState query={projectsQuery}>
      {() => {
        const data = projectsQuery.data;
        if (!data) return null;
        const results = (resultsQuery.data?.results ?? []).filter((r) => shownIds.has(r.projectId));
        const timeElapsedPct = data.projects[0]?.statusExplanation.timeElapsedPct ?? 0;
        return (
          <div className="overview">
            <header className="page-header">
              <h1>{t("title")}</h1>
              <span className="page-header__meta">
                {common(data.asOfBasis === "report" ? "dataAsOfReport" : "dataAsOf", {
                  date: formatDate(data.asOf, lang),
                })}
              </span>
              <IllustrativeTag />
            </header>
            <FilterBar projects={data.projects} shown={projects.length} />
            <KpiCards projects={projects} results={results} timeElapsedPct={timeElapsedPct} />
            <div className="overview__grid">
              <section className="card overview__map" aria-labelledby="overview-map-title">
                <h2 className="card__title" id="overview-map-title">
                  {t("map")}
                  <Link href={`/map${linkSearch}`} className="button button--small button--ghost">
                    {t("openMap")}
                  </Link>
                </h2>
                {map}
              </section>
              <section className="card overview__behind" aria-labelledby="overview-behind-title">
                <h2 className="card__title" id="overview-behind-title">
                  {t("behind")}
                  <Link
                    href={`/dispatch/${latestAgendaPeriod(data.asOf)}`}
                    className="button button--small button--ghost"
                  >
                    {t("openDispatch", {
                      period: periodLabel(latestAgendaPeriod(data.asOf), lang),
                    })}
                  </Link>
                </h2>
                <BehindPlanList projects={projects} linkSearch={linkSearch} />
              </section>
              <section className="card overview__ranking" aria-labelledby="overview-ranking-title">
                <h2 className="card__title" id="overview-ranking-title">
                  {t("ranking")}
                  <Link
                    href={`/results${linkSearch}`}
                    className="button button--small button--ghost"
                  >
                    {t("openResults")}
                  </Link>
                </h2>
                <AsyncState query={resultsQuery}>
                  {() => (
                    <ScoreRanking
                      projects={projects}
                      results={results}
                      selectedId={search.sel}
                      linkSearch={linkSearch}
                    />
                  )}
                </AsyncState>
              </section>
              <section className="card overview__plan" aria-labelledby="overview-plan-title">
                <h2 className="card__title" id="overview-plan-title">
                  {t("planCompletion")}
                </h2>
                <PlanCompletion
                  projects={projects}
                  timeElapsedPct={timeElapsedPct}
                  linkSearch={linkSearch}
                />
              </section>
            </div>
          </div>
        );
      }}
    </AsyncState>
  );
}
