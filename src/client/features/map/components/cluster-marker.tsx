import type { Marker as LeafletMarker } from "leaflet";
import { divIcon, type LatLngLiteral } from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { Marker } from "react-leaflet";

type Props = {
  position: LatLngLiteral;
  count: number;
  /** The ring's CSS background: the mix of its projects' colours. */
  ring: string;
  /** Accessible name: where, how many, which lights, and that Enter zooms in. */
  label: string;
  onOpen: (viaKeyboard: boolean) => void;
};

/** Room for the count: grows slowly with it, within a touch target and a modest disc. */
const diameterFor = (count: number) => Math.round(Math.min(60, 34 + Math.log10(count) * 10));

/** Many projects close together: a disc with their number, a keyboard stop that zooms in. */
export function ClusterMarker({ position, count, ring, label, onOpen }: Props) {
  const ref = useRef<LeafletMarker | null>(null);
  const diameter = diameterFor(count);
  const icon = useMemo(
    () =>
      divIcon({
        className: "pm-cluster",
        iconSize: [diameter, diameter],
        html: `<span class="pm-cluster__ring" style="background:${ring}"><span class="pm-cluster__count" aria-hidden="true">${count.toLocaleString("en-US")}</span></span>`,
      }),
    [diameter, ring, count],
  );

  useEffect(() => {
    const element = ref.current?.getElement();
    if (!element) return;
    element.setAttribute("aria-label", label);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      event.stopPropagation();
      onOpen(true);
    };
    element.addEventListener("keydown", onKeyDown);
    return () => element.removeEventListener("keydown", onKeyDown);
  }, [label, onOpen]);

  const eventHandlers = useMemo(() => ({ click: () => onOpen(false) }), [onOpen]);
  return (
    <Marker
      ref={ref}
      position={position}
      icon={icon}
      keyboard
      riseOnHover
      zIndexOffset={-1000}
      eventHandlers={eventHandlers}
    />
  );
}
