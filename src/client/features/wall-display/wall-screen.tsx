import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { chooseEvent } from "../../../domain/default-event";
import { latestAgendaPeriod } from "../../../domain/dispatch-agenda";
import { formatDate } from "../../../domain/formats";
import { IllustrativeTag } from "../../components/illustrative-tag";
import type { Translate } from "../../i18n/messages";
import {
  isUnauthorized,
  useBasemap,
  useWallCategories,
  useWallDispatch,
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
import { panelReadiness, skippedPanels, sourceState } from "./panel-needs";
import { type PanelContext, panelRegistry, panelSpecs } from "./panel-registry";
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
  const categories = useWallCategories(token);
  // The dashboard's rule: the latest finished event, unless the link names another.
  const { event, named } = chooseEvent(eventsQ.data?.events ?? [], params.event);
  const resultsQ = useWallResults(token, event?.id);
  const basemapQ = useBasemap();
  // The dashboard's rule for "the latest 旬": the one 数据截至 falls in, as the API gives it.
  const agendaPeriod = projectsQ.data && latestAgendaPeriod(projectsQ.data.asOf);
  const dispatchQ = useWallDispatch(token, agendaPeriod, params.panels.includes("dispatch"));
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

  const sources = {
    projects: sourceState({ hasData: Boolean(projects), failed: projectsQ.isError }),
    results: sourceState({
      hasData: Boolean(results),
      failed: resultsQ.isError || eventsQ.isError,
      none: noEvent,
    }),
    basemap: sourceState({ hasData: Boolean(basemapQ.data), failed: basemapQ.isError }),
    dispatch: sourceState({ hasData: Boolean(dispatchQ.data), failed: dispatchQ.isError }),
  };
  // Keyed by content: a new set each render would look like a change to the rotation.
  const skippedKey = [...skippedPanels(panelSpecs, sources, renderFailed)].sort().join(" ");
  const failing = useMemo(
    () => new Set(skippedKey ? (skippedKey.split(" ") as PanelId[]) : []),
    [skippedKey],
  );

  const rotation = useRotation(params.panels, params.intervalSeconds * 1000, failing);
  const idle = useIdle(3000);
  const [shiftX, shiftY] = useBurnInShift();
  useReloadOnNewBuild();
  const lastFetchAt = Math.max(
    projectsQ.dataUpdatedAt,
    resultsQ.dataUpdatedAt,
    dispatchQ.dataUpdatedAt,
  );
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

  const unauthorized = [projectsQ.error, eventsQ.error, resultsQ.error, dispatchQ.error].some(
    isUnauthorized,
  );
  if (unauthorized)
    return <ScreenMessage title={t("revokedTitle")} body={t("revokedBody")} tone="error" />;
  if (!projects && projectsQ.isError)
    return <ScreenMessage title={t("unreachableTitle")} body={t("unreachableBody")} tone="wait" />;

  const badge = <LiveBadge live={live} lastFetchAt={lastFetchAt} t={t} />;
  const asOf = projectsQ.data && (
    <>
      {t("reportAsOf", { date: formatDate(projectsQ.data.asOf, lang) })}
      {projectsQ.data.illustrative && <IllustrativeTag className="wd-tag" />}
    </>
  );
  const context: PanelContext = {
    projects: projects ?? [],
    results: noEvent ? undefined : results,
    basemap: basemapQ.data,
    dispatch: dispatchQ.data,
    event,
    eventName: event && <WallEventName event={event} lang={lang} t={t} />,
    asOf,
    spotlight: spotProject && {
      project: spotProject,
      detail: spotDetail.data?.project.id === spotProject.id ? spotDetail.data : undefined,
      position: spotIndex + 1,
      count,
    },
    markerPx,
    categories,
    lang,
    t,
  };
  // The static basemap does not age: the header's time is that of the live data shown.
  const updatedAt = {
    projects: projectsQ.dataUpdatedAt,
    results: resultsQ.dataUpdatedAt,
    basemap: 0,
    dispatch: dispatchQ.dataUpdatedAt,
  };
  const panel = (id: PanelId) => {
    const spec = panelRegistry[id];
    const readiness = panelReadiness(spec.needs, sources);
    const body = readiness === "ready" ? spec.render(context) : null;
    return (
      <PanelFrame
        key={id}
        id={id}
        active={rotation.active === id}
        title={t(`panel_${id}`)}
        fetchedAt={Math.max(0, ...[...spec.needs, ...(spec.uses ?? [])].map((n) => updatedAt[n]))}
        subtitle={spec.subtitle(context)}
        badge={badge}
        t={t}
        lang={lang}
      >
        <PanelBoundary panel={id} onError={onPanelError} retryKey={retryKey}>
          {/* Only results can be "none": there is no finished event to show. */}
          {body || <p className="wd-loading">{t(readiness === "none" ? "noEvent" : "loading")}</p>}
        </PanelBoundary>
      </PanelFrame>
    );
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
      <div className="wd__stage">{params.panels.map(panel)}</div>
      <ParamNotes notes={notes} t={t} />
      <ScreenControls rotation={rotation} idle={idle} t={t} />
    </main>
  );
}
