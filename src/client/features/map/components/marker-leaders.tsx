import type { LatLngLiteral } from "leaflet";
import { Fragment } from "react";
import { CircleMarker, Polyline } from "react-leaflet";

type Props = {
  /** Where each project is. */
  positions: Map<string, LatLngLiteral>;
  /** Where its marker is drawn, when nudged aside. */
  layout: Map<string, LatLngLiteral>;
};

const leader = { color: "#1b2430", weight: 1.5, opacity: 0.75 };
const pin = { color: "#1b2430", weight: 1.5, fillColor: "#fff", fillOpacity: 1 };

/** A marker moved aside keeps a thin line to a dot at its project's place: nothing is misplaced. */
export function MarkerLeaders({ positions, layout }: Props) {
  return (
    <>
      {[...positions].map(([id, at]) => {
        const drawn = layout.get(id);
        if (!drawn || (drawn.lat === at.lat && drawn.lng === at.lng)) return null;
        return (
          <Fragment key={id}>
            <Polyline positions={[at, drawn]} pathOptions={leader} interactive={false} />
            <CircleMarker center={at} radius={3} pathOptions={pin} interactive={false} />
          </Fragment>
        );
      })}
    </>
  );
}
