import type { LatLngTuple } from "leaflet";
import { type ReactNode, useMemo } from "react";
import { Polygon, Polyline } from "react-leaflet";
import type { ProjectSummary } from "../../../../domain/api-views";
import { wgs84ToGcj02 } from "../utils/gcj02";

type Props = {
  project: ProjectSummary;
  colour: string;
  selected: boolean;
  gcj: boolean;
  onActivate: (id: string, viaKeyboard: boolean) => void;
  children: ReactNode;
};

/**
 * A line project (地铁7号线二期) is drawn as its line and an area project (营流片区) as its area, under
 * its marker; the marker stays the one keyboard stop, the shape answers to the pointer.
 */
export function ProjectGeometry({ project, colour, selected, gcj, onActivate, children }: Props) {
  const { geometry, id } = project;
  const toLatLng = useMemo(
    () =>
      ([lng, lat]: [number, number]): LatLngTuple => {
        if (!gcj) return [lat, lng];
        const p = wgs84ToGcj02(lat, lng);
        return [p.lat, p.lng];
      },
    [gcj],
  );
  const positions = useMemo(() => {
    if (geometry.type === "LineString") return geometry.coordinates.map(toLatLng);
    if (geometry.type === "Polygon") return geometry.coordinates.map((ring) => ring.map(toLatLng));
    return null;
  }, [geometry, toLatLng]);
  const eventHandlers = useMemo(() => ({ click: () => onActivate(id, false) }), [id, onActivate]);

  if (!positions) return <>{children}</>;
  const weight = selected ? 7 : 5;
  return (
    <>
      {geometry.type === "LineString" ? (
        <>
          {/* A white casing keeps the line readable on any basemap. */}
          <Polyline
            positions={positions as LatLngTuple[]}
            pathOptions={{ color: "#fff", weight: weight + 4, opacity: 0.9 }}
            interactive={false}
          />
          <Polyline
            positions={positions as LatLngTuple[]}
            pathOptions={{ color: colour, weight, opacity: 0.95, lineCap: "round" }}
            eventHandlers={eventHandlers}
          />
        </>
      ) : (
        <Polygon
          positions={positions as LatLngTuple[][]}
          pathOptions={{
            color: colour,
            weight: selected ? 4 : 2.5,
            dashArray: "6 4",
            fillColor: colour,
            fillOpacity: selected ? 0.35 : 0.22,
          }}
          eventHandlers={eventHandlers}
        />
      )}
      {children}
    </>
  );
}
