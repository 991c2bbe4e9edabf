import "leaflet/dist/leaflet.css";
import type { Feature, Geometry } from "geojson";
import { divIcon, geoJSON, latLngBounds, type PathOptions } from "leaflet";
import { useEffect, useMemo } from "react";
import { GeoJSON, MapContainer, Marker, useMap } from "react-leaflet";
import type { Lang } from "../../../../domain/formats";
import type { StatusLight } from "../../../../domain/status-rules";
import { localized } from "../../../i18n/localized";
import type { DistrictCollection, WallProject } from "../display-data";

const glyphs: Record<StatusLight, string> = { green: "●", yellow: "▲", red: "■" };

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

type Props = { data: DistrictCollection; projects: WallProject[]; lang: Lang; markerPx: number };

/**
 * The district map, created once and kept for the life of the page (hidden, not removed, while
 * other panels show). A still picture: no zoom, no drag, nothing fetched from the internet.
 */
export function WallMap({ data, projects, lang, markerPx }: Props) {
  const icons = useMemo(() => {
    const make = (light: StatusLight) =>
      divIcon({
        className: `wd-marker wd-marker--${light}`,
        iconSize: [markerPx, markerPx],
        html: `<span aria-hidden="true">${glyphs[light]}</span>`,
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
      {projects.map((p) => (
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
