import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { chooseEvent } from "../../../domain/default-event";
import { formatDate } from "../../../domain/formats";
import type { Translate } from "../../i18n/messages";
import {
  isUnauthorized,
  useBasemap,
  useWallEvents,
  useWallProject,
  useWallProjects,
  useWallResults,
} from "./display-data";
import type { DisplayParams, PanelId } from "./display-params";
import { WallEventName } from "./event-name";
import { useHeartbeat } from "./hooks/use-heartbeat";
import { useRotation } from "./hooks/use-rotation";
import { useBurnInShift, useIdle, useReloadOnNewBuild } from "./hooks/use-screen-care";
import { useWallLive } from "./hooks/use-wall-live";
import { dataAgeMs, LiveBadge } from "./live-badge";
import type { wallMessages } from "./messages";
import { PanelBoundary, PanelFrame } from "./panel-frame";
import { MapPanel } from "./panels/map-panel";
import { OverviewPanel } from "./panels/overview-panel";
import { ProgressPanel } from "./panels/progress-panel";
import { RankingPanel } from "./panels/ranking-panel";
import { SpotlightPanel } from "./panels/spotlight-panel";
import { ParamNotes, ScreenControls } from "./screen-controls";
import { ScreenMessage } from "./screen-message";

type T = Translate<typeof wallMessages.zh>;
type Props = { params: DisplayParams & { token: string }; t: T };

const subscribeResize = (onChange: () => void) => {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
};
const useViewportHeight = () => useSyncExternalStore(subscribeResize, () => window.innerHeight);
const retryFailedEveryMs = 5 * 60_000;

/** The wall screen once it has a token: data, rotation, live stream, heartbeat, and the panels. */
export function WallScreen({ params, t }: Props) {
  const { token, lang } = params;
  const projectsQ = useWallProjects(token);
  const eventsQ = useWallEvents(token);
  // The dashboard's rule: the latest finished event, unless the link names another.
  const { event, named } = chooseEvent(eventsQ.data?.events ?? [], params.event);
  const resultsQ = useWallResults(token, event?.id);
  const basemapQ = useBasemap();
  const live = useWallLive(token);
  const projects = projectsQ.data?.projects;
  const results = resultsQ.data;
  const noEvent = eventsQ.data !== undefined && !event;
  // An event asked for by the link that does not exist is noted like any other bad parameter.
  const fallbackEventId = event?.id;
  const notes = useMemo(
    () =>
      params.event && eventsQ.data && !named
        ? [
            ...params.notes,
            {
              name: "event",
              value: params.event,
              fallback: fallbackEventId ?? "",
              how: fallbackEventId ? ("default" as const) : ("ignored" as const),
            },
          ]
        : params.notes,
    [params.event, params.notes, eventsQ.data, named, fallbackEventId],
  );

  // Panels that threw are skipped, and given another try every few minutes.
  const [renderFailed, setRenderFailed] = useState<ReadonlySet<PanelId>>(new Set());
  const [retryKey, setRetryKey] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => {
      setRenderFailed(new Set());
      setRetryKey((n) => n + 1);
    }, retryFailedEveryMs);
    return () => clearInterval(timer);
  }, []);
  const onPanelError = useCallback((panel: PanelId, error: Error) => {
    console.warn(`wall screen: panel ${panel} failed and is skipped`, error);
    setRenderFailed((s) => (s.has(panel) ? s : new Set([...s, panel])));
  }, []);

  const failing = useMemo(() => {
    const f = new Set<PanelId>(renderFailed);
    // A panel whose data never arrived is skipped; one with older data keeps showing it.
    if (!projects && projectsQ.isError)
      for (const p of ["overview", "map", "progress", "spotlight"] as const) f.add(p);
    if (!basemapQ.data && basemapQ.isError) f.add("map");
    if (!results && (resultsQ.isError || eventsQ.isError)) f.add("ranking");
    return f;
  }, [
    renderFailed,
    projects,
    projectsQ.isError,
    basemapQ.data,
    basemapQ.isError,
    results,
    resultsQ.isError,
    eventsQ.isError,
  ]);

  const rotation = useRotation(params.panels, params.intervalSeconds * 1000, failing);
  const idle = useIdle(3000);
  const [shiftX, shiftY] = useBurnInShift();
  useReloadOnNewBuild();
  const lastFetchAt = Math.max(projectsQ.dataUpdatedAt, resultsQ.dataUpdatedAt);
  useHeartbeat(token, () => ({
    panel: rotation.active,
    dataAgeSeconds: dataAgeMs(live, lastFetchAt, Date.now()) / 1000,
    errors: [...failing],
  }));
  const markerPx = Math.round(useViewportHeight() * 0.032);
  const count = projects?.length ?? 0;
  const spotIndex = count ? ((rotation.spotlightTurn % count) + count) % count : 0;
  const spotProject = projects?.[spotIndex];
  const spotDetail = useWallProject(token, spotProject?.id);

  const unauthorized = [projectsQ.error, eventsQ.error, resultsQ.error].some(isUnauthorized);
  if (unauthorized)
    return <ScreenMessage title={t("revokedTitle")} body={t("revokedBody")} tone="error" />;
  if (!projects && projectsQ.isError)
    return <ScreenMessage title={t("unreachableTitle")} body={t("unreachableBody")} tone="wait" />;

  const badge = <LiveBadge live={live} lastFetchAt={lastFetchAt} t={t} />;
  const loading = <p className="wd-loading">{t("loading")}</p>;
  const eventName = event && <WallEventName event={event} lang={lang} t={t} />;
  const asOf = projectsQ.data && (
    <>
      {t("reportAsOf", { date: formatDate(projectsQ.data.asOf, lang) })}
      {projectsQ.data.illustrative && <span className="wd-tag">{t("illustrative")}</span>}
    </>
  );
  // Panels with scores say which inspection they come from, beside the report date.
  const asOfAndEvent = (
    <>
      {asOf}
      {eventName && <span className="wd-head__event">{eventName}</span>}
    </>
  );
  const frame = (
    id: PanelId,
    fetchedAt: number,
    subtitle: React.ReactNode,
    body: React.ReactNode,
  ) => (
    <PanelFrame
      key={id}
      id={id}
      active={rotation.active === id}
      title={t(`panel_${id}`)}
      fetchedAt={fetchedAt}
      subtitle={subtitle}
      badge={badge}
      t={t}
      lang={lang}
    >
      <PanelBoundary panel={id} onError={onPanelError} retryKey={retryKey}>
        {body}
      </PanelBoundary>
    </PanelFrame>
  );
  const panels: Record<PanelId, () => React.ReactNode> = {
    overview: () =>
      frame(
        "overview",
        Math.max(projectsQ.dataUpdatedAt, resultsQ.dataUpdatedAt),
        asOf,
        projects ? (
          <OverviewPanel
            projects={projects}
            results={noEvent ? undefined : results}
            eventName={eventName}
            lang={lang}
            t={t}
          />
        ) : (
          loading
        ),
      ),
    map: () =>
      frame(
        "map",
        projectsQ.dataUpdatedAt,
        asOfAndEvent,
        projects ? (
          <MapPanel
            projects={projects}
            results={results?.results ?? []}
            basemap={basemapQ.data}
            lang={lang}
            t={t}
            markerPx={markerPx}
          />
        ) : (
          loading
        ),
      ),
    ranking: () =>
      frame(
        "ranking",
        resultsQ.dataUpdatedAt,
        event && (
          <>
            {eventName}
            {results?.illustrative && <span className="wd-tag">{t("illustrative")}</span>}
          </>
        ),
        noEvent ? (
          <p className="wd-loading">{t("noEvent")}</p>
        ) : results && projects ? (
          <RankingPanel results={results} projects={projects} event={event} lang={lang} t={t} />
        ) : (
          loading
        ),
      ),
    progress: () =>
      frame(
        "progress",
        projectsQ.dataUpdatedAt,
        asOf,
        projects ? <ProgressPanel projects={projects} lang={lang} t={t} /> : loading,
      ),
    spotlight: () =>
      frame(
        "spotlight",
        projectsQ.dataUpdatedAt,
        // The score box names the event, next to the score.
        asOf,
        spotProject ? (
          <SpotlightPanel
            project={spotProject}
            detail={spotDetail.data?.project.id === spotProject.id ? spotDetail.data : undefined}
            result={results?.results.find((r) => r.projectId === spotProject.id)}
            eventName={eventName}
            position={spotIndex + 1}
            count={count}
            lang={lang}
            t={t}
          />
        ) : (
          loading
        ),
      ),
  };

  return (
    <main
      className={`wd${idle ? " is-idle" : ""}`}
      data-active-panel={rotation.active}
      // Which panels are being skipped, for people and checks looking at the screen.
      data-skipped-panels={[...failing].sort().join(" ")}
      style={{ transform: `translate(${shiftX}px, ${shiftY}px)` }}
    >
      <h1 className="visually-hidden">{t("screenName")}</h1>
      <div className="wd__stage">{params.panels.map((id) => panels[id]())}</div>
      <ParamNotes notes={notes} t={t} />
      <ScreenControls rotation={rotation} idle={idle} t={t} />
    </main>
  );
}
