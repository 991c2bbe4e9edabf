import type { ReactNode } from "react";
import type { CategoryBook } from "../../../domain/category";
import { periodLabel } from "../../../domain/formats";
import type { Lang } from "../../../domain/i18n";
import { IllustrativeTag } from "../../components/illustrative-tag";
import type { Translate } from "../../i18n/messages";
import type {
  DispatchData,
  DistrictCollection,
  ProjectData,
  ResultsData,
  WallEvent,
  WallProject,
} from "./display-data";
import type { PanelId } from "./display-params";
import type { wallMessages } from "./messages";
import type { Need } from "./panel-needs";
import { DispatchPanel } from "./panels/dispatch-panel";
import { MapPanel } from "./panels/map-panel";
import { OverviewPanel } from "./panels/overview-panel";
import { ProgressPanel } from "./panels/progress-panel";
import { RankingPanel } from "./panels/ranking-panel";
import { SpotlightPanel } from "./panels/spotlight-panel";

type T = Translate<typeof wallMessages.zh>;

/** What every panel may draw on. A panel is rendered only once all it `needs` is ready. */
export type PanelContext = {
  projects: WallProject[];
  /** The chosen event's results; undefined while loading or when there is no event. */
  results: ResultsData | undefined;
  basemap: DistrictCollection | undefined;
  /** The latest 旬's dispatch agenda, when the rotation shows it. */
  dispatch: DispatchData | undefined;
  event: WallEvent | undefined;
  /** Which inspection the scores come from, as shown in headers. */
  eventName: ReactNode;
  /** The report date (and the illustrative tag), the usual second line of a header. */
  asOf: ReactNode;
  /** The project the spotlight shows this turn. */
  spotlight:
    | { project: WallProject; detail: ProjectData | undefined; position: number; count: number }
    | undefined;
  markerPx: number;
  /** The district's categories: names, order and colours. */
  categories: CategoryBook;
  lang: Lang;
  t: T;
};

export type PanelSpec = {
  /** Data the panel waits on (loading) and is skipped without (failed, none). */
  needs: readonly Need[];
  /** Data it shows when there, without waiting; with `needs`, what the header's data time covers. */
  uses?: readonly Need[];
  /** The header's second line. */
  subtitle: (c: PanelContext) => ReactNode;
  render: (c: PanelContext) => ReactNode;
};

const illustrativeTag = (c: PanelContext) =>
  c.results?.illustrative && <IllustrativeTag className="wd-tag" />;

/**
 * Every wall panel, declared once. The ids and their default order are the link's vocabulary
 * (shared with the admin page that builds links); this record must have exactly one entry per id.
 * Adding a panel: its id there, its entry here, its title as `panel_<id>` in the messages.
 */
export const panelRegistry: Record<PanelId, PanelSpec> = {
  overview: {
    needs: ["projects"],
    uses: ["results"],
    subtitle: (c) => c.asOf,
    // The panels whose props are a part of the context take it as it is.
    render: (c) => <OverviewPanel {...c} />,
  },
  map: {
    needs: ["projects", "basemap"],
    uses: ["results"],
    subtitle: (c) => (
      <>
        {c.asOf}
        {c.eventName && <span className="wd-head__event">{c.eventName}</span>}
      </>
    ),
    render: (c) => (
      <MapPanel
        projects={c.projects}
        results={c.results?.results ?? []}
        basemap={c.basemap}
        lang={c.lang}
        t={c.t}
        markerPx={c.markerPx}
      />
    ),
  },
  ranking: {
    needs: ["projects", "results"],
    subtitle: (c) =>
      c.event && (
        <>
          {c.eventName}
          {illustrativeTag(c)}
        </>
      ),
    render: (c) =>
      c.results && (
        <RankingPanel
          results={c.results}
          projects={c.projects}
          event={c.event}
          categories={c.categories}
          lang={c.lang}
          t={c.t}
        />
      ),
  },
  progress: {
    needs: ["projects"],
    subtitle: (c) => c.asOf,
    render: (c) => <ProgressPanel {...c} />,
  },
  spotlight: {
    needs: ["projects"],
    // The score box names the event, next to the score.
    subtitle: (c) => c.asOf,
    render: (c) =>
      c.spotlight && (
        <SpotlightPanel
          project={c.spotlight.project}
          detail={c.spotlight.detail}
          result={c.results?.results.find((r) => r.projectId === c.spotlight?.project.id)}
          eventName={c.eventName}
          position={c.spotlight.position}
          count={c.spotlight.count}
          categories={c.categories}
          lang={c.lang}
          t={c.t}
        />
      ),
  },
  dispatch: {
    needs: ["dispatch"],
    subtitle: (c) =>
      c.dispatch && (
        <>
          {c.t("dispatchOf", {
            period: periodLabel(c.dispatch.period, c.lang),
            n: c.dispatch.projectCount,
          })}
          {c.dispatch.illustrative && <IllustrativeTag className="wd-tag" />}
        </>
      ),
    render: (c) => c.dispatch && <DispatchPanel agenda={c.dispatch} lang={c.lang} t={c.t} />,
  },
};

export const panelSpecs = (Object.keys(panelRegistry) as PanelId[]).map((id) => ({
  id,
  ...panelRegistry[id],
}));
