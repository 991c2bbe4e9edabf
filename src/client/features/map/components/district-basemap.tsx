import type { Feature, Geometry } from "geojson";
import { divIcon, type LatLngBounds, latLng, type PathOptions } from "leaflet";
import { useMemo, useState } from "react";
import { GeoJSON, Marker, Pane, useMap, useMapEvents } from "react-leaflet";
import type { Lang } from "../../../../domain/i18n";
import type { DistrictCollection, DistrictProperties } from "../../../api/static-files";
import { wgs84ToGcj02 } from "../utils/gcj02";
import { type Box, labelPoint } from "../utils/label-point";

type Props = { data: DistrictCollection; lang: Lang; online: boolean; gcj: boolean };

// On the map's small labels an English name drops its "District" / "City"; a Chinese one is short.
const placeLabel: Record<Lang, (p: DistrictProperties) => string> = {
  zh: (p) => p.name,
  en: (p) => p.nameEn.replace(/ (District|City)$/, ""),
};

const jimoStyle: PathOptions = {
  color: "#0f3d6e",
  weight: 2.5,
  fillColor: "#fdfcf8",
  fillOpacity: 1,
};
const neighbourStyle: PathOptions = {
  color: "#a8a49a",
  weight: 1,
  fillColor: "#e6e3da",
  fillOpacity: 1,
};
// Over online tiles only Jimo's outline is drawn, so the tiles stay readable.
const jimoOutline: PathOptions = { color: "#0f3d6e", weight: 3, dashArray: "8 6", fillOpacity: 0 };

/** The view less a margin, so a label is not drawn half off the edge. */
function insetBox(bounds: LatLngBounds): Box {
  const dx = (bounds.getEast() - bounds.getWest()) * 0.08;
  const dy = (bounds.getNorth() - bounds.getSouth()) * 0.08;
  return [
    bounds.getWest() + dx,
    bounds.getSouth() + dy,
    bounds.getEast() - dx,
    bounds.getNorth() - dy,
  ];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The offline basemap: Jimo emphasised, its neighbours muted and named; nothing from the internet. */
export function DistrictBasemap({ data, lang, online, gcj }: Props) {
  const map = useMap();
  const [view, setView] = useState(() => insetBox(map.getBounds()));
  useMapEvents({ moveend: () => setView(insetBox(map.getBounds())) });
  // A neighbour is named in the part of it that is on screen; Jimo at its own centre.
  const labels = useMemo(
    () =>
      data.features.flatMap((feature) => {
        const { name, isJimo } = feature.properties;
        const point = labelPoint(feature.geometry, isJimo ? undefined : view);
        if (!point) return [];
        const text = placeLabel[lang](feature.properties);
        return [
          {
            key: name,
            position: point,
            icon: divIcon({
              className: `pm-district-label${isJimo ? " pm-district-label--jimo" : ""}`,
              html: `<span class="pm-district-label__text">${escapeHtml(text)}</span>`,
              iconSize: undefined,
            }),
          },
        ];
      }),
    [data, lang, view],
  );

  return (
    <>
      {/* Its own pane under the project lines and areas, whenever the file arrives. */}
      <Pane name="pm-basemap" style={{ zIndex: 350 }}>
        <GeoJSON
          // Leaflet's GeoJSON layer does not redraw on new options: a new key rebuilds it.
          key={`${online}-${gcj}`}
          data={data}
          interactive={false}
          filter={(feature: Feature<Geometry, DistrictProperties>) =>
            !online || feature.properties.isJimo
          }
          style={(feature) => {
            if (online) return jimoOutline;
            return feature?.properties.isJimo ? jimoStyle : neighbourStyle;
          }}
          coordsToLatLng={
            gcj
              ? (coords) => {
                  const p = wgs84ToGcj02(coords[1], coords[0]);
                  return latLng(p.lat, p.lng);
                }
              : undefined
          }
        />
      </Pane>
      {!online && (
        // Names sit between the areas and the project markers, and never catch the pointer.
        <Pane name="pm-district-labels" style={{ zIndex: 450, pointerEvents: "none" }}>
          {labels.map((label) => (
            <Marker
              key={label.key}
              position={label.position}
              icon={label.icon}
              interactive={false}
              keyboard={false}
              pane="pm-district-labels"
            />
          ))}
        </Pane>
      )}
    </>
  );
}
