import { useState } from "react";
import { useSearch } from "wouter";
import { categoriesPresent } from "../../../domain/category";
import { useEvent } from "../../api/events";
import { AsyncState, EmptyState } from "../../components/async-state";
import { FilterBar } from "../../components/filter-bar";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { useDashboardView } from "../../lib/use-dashboard-view";
import { CategoryRanking } from "./components/category-ranking";
import { EventSummary } from "./components/event-summary";
import { ScoreExplanationDialog } from "./components/score-explanation-dialog";
import { ScoringRulesNote } from "./components/scoring-rules-note";
import { resultsMessages } from "./messages";
import "./results.css";
import { IllustrativeTag } from "../../components/illustrative-tag";

/** `/results`: the chosen event's rankings per category, and how every score was computed. */
export function ResultsPage() {
  const t = useMessages(resultsMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const {
    search,
    eventId,
    events: eventsQuery,
    results: resultsQuery,
    projects: projectsQuery,
    shown,
    shownIds,
  } = useDashboardView();
  const rawSearch = useSearch();
  const linkSearch = rawSearch ? `?${rawSearch}` : "";
  const eventQuery = useEvent(eventId);
  // Which score's explanation is open: view state only, not worth a link.
  const [explained, setExplained] = useState<string | null>(null);

  // Everything the page shows arrives before any of it is drawn (a disabled query without an event
  // never settles, so it is not waited for): drawing piece by piece moved what was already seen.
  const loading =
    eventsQuery.isPending ||
    projectsQuery.isPending ||
    (eventId !== undefined && (eventQuery.isPending || resultsQuery.isPending));

  return (
    <div className="results">
      <header className="page-header">
        <h1>{t("title")}</h1>
        <IllustrativeTag />
      </header>
      {loading ? (
        <div className="results-loading state state--loading" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {common("loading")}
        </div>
      ) : (
        <AsyncState query={eventsQuery}>
          {() =>
            !eventsQuery.data?.events.length ? (
              <EmptyState>{t("noEvents")}</EmptyState>
            ) : (
              <>
                <EventSummary
                  events={eventsQuery.data.events}
                  eventId={eventId}
                  results={resultsQuery.data}
                />
                <AsyncState query={projectsQuery}>
                  {() => {
                    const projects = projectsQuery.data?.projects ?? [];
                    return <FilterBar projects={projects} shown={shown.length} />;
                  }}
                </AsyncState>
                <AsyncState query={eventQuery}>
                  {() => (
                    <AsyncState query={resultsQuery}>
                      {() => {
                        const event = eventQuery.data?.event;
                        const results = resultsQuery.data?.results ?? [];
                        const projects = projectsQuery.data?.projects ?? [];
                        if (!event) return null;
                        const names = new Map(
                          projects.map((p) => [p.id, localized(p, "name", lang)]),
                        );
                        const open = results.find((r) => r.projectId === explained);
                        return (
                          <>
                            {categoriesPresent(results).map((category) => (
                              <CategoryRanking
                                key={category}
                                category={category}
                                results={results.filter((r) => r.category === category)}
                                names={names}
                                shownIds={projects.length ? shownIds : null}
                                criteria={event.scheme.criteria}
                                selectedId={search.sel}
                                linkSearch={linkSearch}
                                onExplain={setExplained}
                              />
                            ))}
                            <ScoringRulesNote event={event} />
                            {open && (
                              <ScoreExplanationDialog
                                result={open}
                                names={names}
                                event={event}
                                evaluators={eventQuery.data?.evaluators ?? []}
                                onClose={() => setExplained(null)}
                              />
                            )}
                          </>
                        );
                      }}
                    </AsyncState>
                  )}
                </AsyncState>
              </>
            )
          }
        </AsyncState>
      )}
    </div>
  );
}
