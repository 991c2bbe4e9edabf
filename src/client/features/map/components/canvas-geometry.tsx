import {
  canvas,
  type LatLngTuple,
  type Map as LeafletMap,
  layerGroup,
  polygon,
  polyline,
} from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import type { ProjectSummary } from "../../../../domain/api-views";
import { wgs84ToGcj02 } from "../utils/gcj02";

type Props = {
  map: LeafletMap;
  projects: ProjectSummary[];
  colourOf: (p: ProjectSummary) => string;
  gcj: boolean;
  onActivate: (id: string, viaKeyboard: boolean) => void;
};

/**
 * Every line and area project on one canvas: thousands of shapes as one element. The selected one
 * is drawn again above it by ProjectGeometry (as on a small map), so its emphasis looks the same.
 */
export function CanvasGeometry({ map, projects, colourOf, gcj, onActivate }: Props) {
  const renderer = useMemo(() => canvas({ padding: 0.3 }), []);
  const activate = useRef(onActivate);
  activate.current = onActivate;
  const colours = projects.map(colourOf).join();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `colours` stands for colourOf
  useEffect(() => {
    const toLatLng = ([lng, lat]: [number, number]): LatLngTuple => {
      if (!gcj) return [lat, lng];
      const p = wgs84ToGcj02(lat, lng);
      return [p.lat, p.lng];
    };
    const group = layerGroup();
    for (const p of projects) {
      const { geometry, id } = p;
      const colour = colourOf(p);
      const layer =
        geometry.type === "LineString"
          ? polyline(geometry.coordinates.map(toLatLng), {
              renderer,
              color: colour,
              weight: 5,
              opacity: 0.95,
              lineCap: "round",
            })
          : geometry.type === "Polygon"
            ? polygon(
                geometry.coordinates.map((ring) => ring.map(toLatLng)),
                {
                  renderer,
                  color: colour,
                  weight: 2.5,
                  dashArray: "6 4",
                  fillColor: colour,
                  fillOpacity: 0.22,
                },
              )
            : null;
      if (!layer) continue;
      layer.on("click", () => activate.current(id, false));
      group.addLayer(layer);
    }
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, projects, gcj, renderer, colours]);

  return null;
}
