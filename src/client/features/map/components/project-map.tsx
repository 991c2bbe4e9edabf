import { useQuery } from "@tanstack/react-query";
import "leaflet/dist/leaflet.css";
import "../project-map.css";
import {
  Browser,
  geoJSON,
  type LatLngLiteral,
  type Map as LeafletMap,
  type Marker as LeafletMarker,
} from "leaflet";
import { useCallback, useMemo, useRef, useState } from "react";
import { AttributionControl, LayerGroup, MapContainer, ZoomControl } from "react-leaflet";
import type { ProjectSummary } from "../../../../domain/api-views";
import { formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import { basemapQueryOptions } from "../../../api/static-files";
import { commonMessages } from "../../../i18n/common-messages";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { useMapView } from "../hooks/use-map-view";
import { useMarkerLayout } from "../hooks/use-marker-layout";
import { mapMessages } from "../messages";
import { useBasemapLayer } from "../stores/basemap-layer-store";
import { wgs84ToGcj02 } from "../utils/gcj02";
import {
  type ColourBy,
  markerAppearance,
  noScoreFill,
  paletteFor,
  scoreBreaks,
  statusFill,
} from "../utils/marker-scales";
import {
  buildClusterIndex,
  type ClusterView,
  manyProjects,
  ringGradient,
} from "../utils/project-clusters";
import { CanvasGeometry } from "./canvas-geometry";
import { ClusteredMarkers } from "./clustered-markers";
import { DistrictBasemap } from "./district-basemap";
import { MapFooter } from "./map-footer";
import { MarkerLeaders } from "./marker-leaders";
import { effectiveLayer, OnlineTileLayer, useAvailableLayers } from "./online-tile-layer";
import { ProjectGeometry } from "./project-geometry";
import { ProjectMarker } from "./project-marker";
import { ProjectPopup } from "./project-popup";

type Props = {
  projects: ProjectSummary[];
  results?: ProjectResult[];
  selectedId?: string;
  onSelect: (id: string) => void;
  colourBy: ColourBy;
  /** Sets the size: compact maps default to 420px high. */
  className?: string;
  /** "page" for the full /map screen: scroll-wheel zoom, touch dragging, basemap choice. */
  variant?: "compact" | "page";
};

// Before the basemap arrives: roughly Jimo, so nothing jumps far when it does.
const initialCenter: LatLngLiteral = { lat: 36.45, lng: 120.55 };
const statusWord = { green: "statusGreen", yellow: "statusYellow", red: "statusRed" } as const;
/** WCAG 2.5.8: every target at least 24 × 24 px. */
const minTarget = 24;

/** The district map of the projects: offline basemap, one keyboard-reachable marker per project. */
export function ProjectMap(props: Props) {
  const { projects, results, selectedId, onSelect, colourBy, className } = props;
  const variant = props.variant ?? "compact";
  const lang = useLang();
  const t = useMessages(mapMessages);
  const common = useMessages(commonMessages);
  const available = useAvailableLayers();
  const layer = effectiveLayer(useBasemapLayer(), available.layers);
  const gcj = layer === "amap";
  const districts = useQuery(basemapQueryOptions());
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  const [focusPopupFor, setFocusPopupFor] = useState<string | null>(null);
  const markers = useRef(new Map<string, LeafletMarker>());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  const resultById = useMemo(() => new Map(results?.map((r) => [r.projectId, r])), [results]);
  const breaks = useMemo(
    () => scoreBreaks((results ?? []).flatMap((r) => (r.score == null ? [] : [r.score]))),
    [results],
  );
  const positions = useMemo(
    () =>
      new Map(
        projects.map((p) => [
          p.id,
          gcj ? wgs84ToGcj02(p.location.lat, p.location.lng) : { ...p.location },
        ]),
      ),
    [projects, gcj],
  );
  const home = useMemo(() => {
    const jimo = districts.data?.features.find((f) => f.properties.isJimo);
    return jimo ? geoJSON(jimo).getBounds() : null;
  }, [districts.data]);
  const view = useMapView(map, { home, selectedId, positions, label: t("mapLabel") });

  // Discs grow with the map: smaller on a phone, larger on the wall screen.
  const scale = Math.min(1.3, Math.max(0.8, Math.round(view.width / 50) / 20));
  const appearanceOf = (p: ProjectSummary) => {
    const appearance = markerAppearance(p, colourBy, resultById.get(p.id), breaks);
    return {
      ...appearance,
      diameter: Math.max(minTarget, Math.round(appearance.diameter * scale)),
    };
  };
  // A city's list: clusters and a canvas instead of a marker (and a nudge) for each project.
  const many = projects.length > manyProjects;
  const layout = useMarkerLayout(
    map,
    view.zoom,
    (many ? [] : projects).map((p) => ({
      id: p.id,
      position: positions.get(p.id) ?? p.location,
      diameter: appearanceOf(p).diameter,
    })),
  );

  const { markSelectedOnMap } = view;
  const activate = useCallback(
    (id: string, viaKeyboard: boolean) => {
      markSelectedOnMap(id);
      setClosedFor(null);
      setFocusPopupFor(viaKeyboard ? id : null);
      onSelectRef.current(id);
    },
    [markSelectedOnMap],
  );
  const onMarker = useCallback((id: string, marker: LeafletMarker | null) => {
    if (marker) markers.current.set(id, marker);
    else markers.current.delete(id);
  }, []);
  const selected = projects.find((p) => p.id === selectedId);
  const selectedKey = selected?.id;
  const onPopupClose = useCallback(
    (returnFocus: boolean) => {
      if (!selectedKey) return;
      setClosedFor(selectedKey);
      setFocusPopupFor(null);
      if (returnFocus)
        markers.current.get(selectedKey)?.getElement()?.focus({ preventScroll: true });
    },
    [selectedKey],
  );

  // The legend's colours in its order: a cluster's ring shows its projects' mix of them.
  const ringColours = useMemo(
    () =>
      colourBy === "status"
        ? [statusFill.red.fill, statusFill.yellow.fill, statusFill.green.fill]
        : [...paletteFor(breaks).map((c) => c.fill), noScoreFill.fill],
    [colourBy, breaks],
  );
  const clusterIndex = useMemo(() => {
    if (!many) return null;
    const slot = new Map(ringColours.map((colour, k) => [colour, k]));
    return buildClusterIndex(
      projects.map((p) => ({
        id: p.id,
        position: positions.get(p.id) ?? p.location,
        status: p.status,
        place: localized(p, "street", lang),
        colour: slot.get(markerAppearance(p, colourBy, resultById.get(p.id), breaks).fill) ?? 0,
      })),
    );
  }, [many, projects, positions, lang, colourBy, resultById, breaks, ringColours]);
  const clusterLabel = (cluster: ClusterView) => {
    const { place, mixed, red, yellow, green } = cluster.tally;
    return t(mixed ? "clusterLabelAround" : "clusterLabel", {
      place,
      count: cluster.count.toLocaleString(lang === "en" ? "en-US" : "zh-CN"),
      red,
      yellow,
      green,
    });
  };
  const byId = useMemo(() => new Map(projects.map((p) => [p.id, p])), [projects]);

  const labelOf = (p: ProjectSummary) => {
    const result = resultById.get(p.id);
    const parts = [
      localized(p, "name", lang),
      common(statusWord[p.status]),
      result?.score == null
        ? t("markerNoScore")
        : t("markerScore", { score: formatScore(result.score) }),
    ];
    // The rank is printed on the disc in score mode, so it belongs in the name too.
    if (result?.rank != null) parts.push(t("rank", { rank: result.rank }));
    return parts.join(t("listSeparator"));
  };

  const markerOf = (p: ProjectSummary) => (
    <ProjectMarker
      key={p.id}
      id={p.id}
      position={layout.get(p.id) ?? positions.get(p.id) ?? p.location}
      appearance={appearanceOf(p)}
      label={labelOf(p)}
      title={localized(p, "name", lang)}
      selected={p.id === selectedId}
      onActivate={activate}
      onMarker={onMarker}
    />
  );

  return (
    <div className={`project-map${className ? ` ${className}` : ""}`}>
      <div className="pm-canvas">
        <MapContainer
          ref={setMap}
          center={initialCenter}
          zoom={9}
          minZoom={8}
          maxZoom={17}
          zoomControl={false}
          attributionControl={false}
          zoomSnap={0.25}
          scrollWheelZoom={variant === "page"}
          // A small map on a phone must not trap the finger that scrolls the page.
          dragging={variant === "page" || !Browser.mobile}
          className="pm-leaflet"
        >
          <ZoomControl
            key={lang}
            position="topright"
            zoomInTitle={t("zoomIn")}
            zoomOutTitle={t("zoomOut")}
          />
          {/* Leaflet's default prefix carries a flag: a government screen shows the plain name. */}
          <AttributionControl position="bottomright" prefix="Leaflet" />
          <OnlineTileLayer layer={layer} lang={lang} tiandituKey={available.tiandituKey} />
          {districts.data && (
            <DistrictBasemap
              data={districts.data}
              lang={lang}
              online={layer !== "offline"}
              gcj={gcj}
            />
          )}
          {!many && <MarkerLeaders positions={positions} layout={layout} />}
          {!many && (
            /* Rebuilt when the filter changes, so the markers' tab order is always the list's. */
            <LayerGroup key={projects.map((p) => p.id).join()}>
              {projects.map((p) => (
                <ProjectGeometry
                  key={p.id}
                  project={p}
                  colour={appearanceOf(p).fill}
                  selected={p.id === selectedId}
                  gcj={gcj}
                  onActivate={activate}
                >
                  {markerOf(p)}
                </ProjectGeometry>
              ))}
            </LayerGroup>
          )}
          {many && map && clusterIndex && (
            <>
              <CanvasGeometry
                map={map}
                projects={projects}
                colourOf={(p) => appearanceOf(p).fill}
                gcj={gcj}
                onActivate={activate}
              />
              {selected && selected.geometry.type !== "Point" && (
                <ProjectGeometry
                  project={selected}
                  colour={appearanceOf(selected).fill}
                  selected
                  gcj={gcj}
                  onActivate={activate}
                >
                  {null}
                </ProjectGeometry>
              )}
              <ClusteredMarkers
                map={map}
                index={clusterIndex}
                selectedId={selected?.id}
                ring={(cluster) => ringGradient(cluster.tally, ringColours)}
                label={clusterLabel}
                renderProject={(id) => {
                  const p = byId.get(id);
                  return p ? markerOf(p) : null;
                }}
              />
            </>
          )}
          {selected && closedFor !== selected.id && (
            <ProjectPopup
              key={selected.id}
              project={selected}
              result={resultById.get(selected.id)}
              position={layout.get(selected.id) ?? positions.get(selected.id) ?? selected.location}
              markerRadius={appearanceOf(selected).diameter / 2}
              mapWidth={view.width}
              takeFocus={focusPopupFor === selected.id}
              onClose={onPopupClose}
            />
          )}
        </MapContainer>
        <p className="pm-approx illustrative-tag">
          {t("approximate")}
          <span className="visually-hidden">{t("approximateNote")}</span>
        </p>
      </div>
      <MapFooter
        colourBy={colourBy}
        breaks={breaks}
        hasScored={projects.some((p) => resultById.get(p.id)?.score != null)}
        hasUnscored={
          colourBy === "score" && projects.some((p) => resultById.get(p.id)?.score == null)
        }
        layer={layer}
        lang={lang}
        showBasemap={variant === "page"}
        onResetView={view.resetView}
      />
    </div>
  );
}
