import "leaflet/dist/leaflet.css";
import type { Feature, Geometry } from "geojson";
import {
  canvas,
  circleMarker,
  divIcon,
  geoJSON,
  latLngBounds,
  layerGroup,
  type PathOptions,
} from "leaflet";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { GeoJSON, MapContainer, Marker, useMap } from "react-leaflet";
import type { Lang } from "../../../../domain/i18n";
import { shortProjectName } from "../../../../domain/short-name";
import { lightGlyph, type StatusLight } from "../../../../domain/status-rules";
import { localized } from "../../../i18n/localized";
import type { DistrictCollection, WallProject } from "../display-data";
import { type Box, type Placement, placeLabels } from "../label-placement";

// Jimo stands out against muted neighbours on the screen's dark ground.
const jimoStyle: PathOptions = {
  color: "#8fc1ff",
  weight: 3,
  fillColor: "#1f4470",
  fillOpacity: 1,
};
const neighbourStyle: PathOptions = {
  color: "#34506f",
  weight: 1,
  fillColor: "#142a45",
  fillOpacity: 1,
};

/** Fits Jimo and every project into the view, again whenever the screen's size changes. */
function FitView({ data, projects }: { data: DistrictCollection; projects: WallProject[] }) {
  const map = useMap();
  const bounds = useMemo(() => {
    const jimo = data.features.filter((f) => f.properties.isJimo);
    const b = geoJSON(jimo).getBounds();
    for (const p of projects) b.extend([p.location.lat, p.location.lng]);
    return b.isValid() ? b.pad(0.04) : latLngBounds([36.2, 120.2], [36.7, 120.8]);
  }, [data, projects]);
  useEffect(() => {
    const fitAll = () => {
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { animate: false });
    };
    fitAll();
    const observer = new ResizeObserver(fitAll);
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, bounds]);
  return null;
}

// Red first, then yellow: they get the best spots, further out if need be; green ones only where
// room is left next to their point.
const labelOrder: Record<StatusLight, number> = { red: 0, yellow: 1, green: 2 };
const labelReach: Record<StatusLight, number> = { red: 4, yellow: 4, green: 0 };

/** The point on a box nearest to (x, y): where a leader line from the marker meets its label. */
const nearestOnBox = (b: Box, x: number, y: number): [number, number] => [
  Math.max(b.x, Math.min(x, b.x + b.w)),
  Math.max(b.y, Math.min(y, b.y + b.h)),
];

/** Where each project's point is on the map's box, again whenever the view moves or resizes. */
function usePointsOnScreen(projects: WallProject[]) {
  const map = useMap();
  const [view, setView] = useState<{ w: number; h: number; at: Map<string, [number, number]> }>();
  useEffect(() => {
    const update = () => {
      const size = map.getSize();
      const at = new Map<string, [number, number]>();
      for (const p of projects) {
        const pt = map.latLngToContainerPoint([p.location.lat, p.location.lng]);
        at.set(p.id, [pt.x, pt.y]);
      }
      setView({ w: size.x, h: size.y, at });
    };
    update();
    map.on("moveend zoomend resize viewreset", update);
    return () => {
      map.off("moveend zoomend resize viewreset", update);
    };
  }, [map, projects]);
  return view;
}

/** A box already on the map (the legend), relative to the map's box: labels keep clear of it. */
function reservedBoxes(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  const legend = container.parentElement?.querySelector(".wd-legend");
  if (!legend) return [];
  const r = legend.getBoundingClientRect();
  return [{ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height }];
}

/**
 * Each project's short name beside its point, red and yellow ones first. Labels are measured,
 * then placed around their points so that none covers another label, a point or the legend; one
 * with no free spot is left out rather than drawn over another.
 */
function MapLabels({ projects, lang, markerPx }: Omit<Props, "data">) {
  const map = useMap();
  const view = usePointsOnScreen(projects);
  const ordered = useMemo(
    () => [...projects].sort((a, b) => labelOrder[a.status] - labelOrder[b.status]),
    [projects],
  );
  const refs = useRef(new Map<string, HTMLSpanElement>());
  const [sizes, setSizes] = useState<Map<string, { w: number; h: number }>>();
  // Measured again when the text or its size (from the screen height) changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: markerPx and lang change the sizes
  useLayoutEffect(() => {
    const measured = new Map<string, { w: number; h: number }>();
    for (const [id, el] of refs.current)
      measured.set(id, { w: el.offsetWidth, h: el.offsetHeight });
    setSizes(measured);
  }, [ordered, lang, markerPx, view?.h]);
  const placed = useMemo(() => {
    if (!view || !sizes) return new Map<string, Placement | null>();
    const requests = ordered.flatMap((p) => {
      const at = view.at.get(p.id);
      const size = sizes.get(p.id);
      // The marker and its white ring.
      return at && size
        ? [
            {
              id: p.id,
              x: at[0],
              y: at[1],
              ...size,
              r: markerPx * 0.62,
              reach: labelReach[p.status],
            },
          ]
        : [];
    });
    return placeLabels(requests, view, reservedBoxes(map.getContainer()), markerPx * 0.15);
  }, [view, sizes, ordered, markerPx, map]);

  return createPortal(
    <div className="wd-maplabels" aria-hidden="true">
      <svg
        className="wd-maplabels__leaders"
        width={view?.w ?? 0}
        height={view?.h ?? 0}
        aria-hidden="true"
      >
        {ordered.map((p) => {
          const box = placed.get(p.id);
          const at = view?.at.get(p.id);
          if (!box?.far || !at) return null;
          const [x2, y2] = nearestOnBox(box, at[0], at[1]);
          // From the marker's edge, so the line does not cross its glyph.
          const length = Math.hypot(x2 - at[0], y2 - at[1]) || 1;
          const edge = (markerPx * 0.62) / length;
          const x1 = at[0] + (x2 - at[0]) * edge;
          const y1 = at[1] + (y2 - at[1]) * edge;
          return <line key={p.id} x1={x1} y1={y1} x2={x2} y2={y2} />;
        })}
      </svg>
      {ordered.map((p) => {
        const box = placed.get(p.id);
        return (
          <span
            key={p.id}
            ref={(el) => {
              if (el) refs.current.set(p.id, el);
              else refs.current.delete(p.id);
            }}
            className={`wd-maplabel wd-maplabel--${p.status}`}
            data-project-id={p.id}
            data-placed={box ? "true" : "false"}
            style={box ? { left: box.x, top: box.y } : undefined}
          >
            {shortProjectName(localized(p, "name", lang), lang)}
          </span>
        );
      })}
    </div>,
    map.getContainer(),
  );
}

type Props = { data: DistrictCollection; projects: WallProject[]; lang: Lang; markerPx: number };

/**
 * Above this many projects (a city's list) the wall draws them as dots on one canvas, and names and
 * marks with a glyph only the first red and yellow ones: thousands of labelled markers would
 * neither fit nor be read from across a room.
 */
const manyPoints = 200;
const labelledAtMost = 24;

/** Every project as a small dot in its light's colour, red ones drawn last so none is covered. */
function CanvasDots({ projects, markerPx }: { projects: WallProject[]; markerPx: number }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const style = getComputedStyle(container);
    const colour: Record<StatusLight, string> = {
      green: style.getPropertyValue("--w-green").trim() || "#3fb97a",
      yellow: style.getPropertyValue("--w-yellow").trim() || "#f5c542",
      red: style.getPropertyValue("--w-red").trim() || "#ff5b4f",
    };
    // A pane of their own above the districts' shapes (and below the labelled markers).
    if (!map.getPane("wd-dots")) {
      const pane = map.createPane("wd-dots");
      pane.style.zIndex = "450";
    }
    const renderer = canvas({ padding: 0.1, pane: "wd-dots" });
    const group = layerGroup();
    const ordered = [...projects].sort((a, b) => labelOrder[b.status] - labelOrder[a.status]);
    for (const p of ordered)
      group.addLayer(
        circleMarker([p.location.lat, p.location.lng], {
          renderer,
          radius: Math.max(2.5, markerPx * 0.16),
          stroke: true,
          color: "#0b1a2e",
          weight: 1,
          fillColor: colour[p.status],
          fillOpacity: 0.95,
          interactive: false,
        }),
      );
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, projects, markerPx]);
  return null;
}

/**
 * The district map, created once and kept for the life of the page (hidden, not removed, while
 * other panels show). A still picture: no zoom, no drag, nothing fetched from the internet.
 */
export function WallMap({ data, projects, lang, markerPx }: Props) {
  const many = projects.length > manyPoints;
  const marked = useMemo(
    () =>
      many
        ? [...projects]
            .filter((p) => p.status !== "green")
            .sort((a, b) => labelOrder[a.status] - labelOrder[b.status])
            .slice(0, labelledAtMost)
        : projects,
    [many, projects],
  );
  const icons = useMemo(() => {
    const make = (light: StatusLight) =>
      divIcon({
        className: `wd-marker wd-marker--${light}`,
        iconSize: [markerPx, markerPx],
        html: `<span aria-hidden="true">${lightGlyph[light]}</span>`,
      });
    return { green: make("green"), yellow: make("yellow"), red: make("red") };
  }, [markerPx]);
  return (
    <MapContainer
      className="wd-map"
      center={[36.39, 120.45]}
      zoom={10}
      zoomSnap={0.1}
      zoomControl={false}
      attributionControl={false}
      dragging={false}
      scrollWheelZoom={false}
      doubleClickZoom={false}
      touchZoom={false}
      boxZoom={false}
      keyboard={false}
    >
      <GeoJSON
        data={data}
        interactive={false}
        style={(feature?: Feature<Geometry, { isJimo: boolean }>) =>
          feature?.properties.isJimo ? jimoStyle : neighbourStyle
        }
      />
      <FitView data={data} projects={projects} />
      {many && <CanvasDots projects={projects} markerPx={markerPx} />}
      <MapLabels projects={marked} lang={lang} markerPx={markerPx} />
      {marked.map((p) => (
        <Marker
          key={p.id}
          position={[p.location.lat, p.location.lng]}
          icon={icons[p.status]}
          interactive={false}
          keyboard={false}
          title={localized(p, "name", lang)}
          // Red above yellow above green: the projects that need attention are never covered.
          zIndexOffset={{ green: 0, yellow: 500, red: 1000 }[p.status]}
        />
      ))}
    </MapContainer>
  );
}
