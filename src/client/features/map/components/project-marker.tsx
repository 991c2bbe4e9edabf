import { divIcon, type LatLngLiteral, type Marker as LeafletMarker } from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { Marker } from "react-leaflet";
import type { MarkerAppearance } from "../utils/marker-scales";

type Props = {
  id: string;
  position: LatLngLiteral;
  appearance: MarkerAppearance;
  /** Accessible name: "<name>，<status word>，<score>". */
  label: string;
  /** Hover tooltip for mouse users. */
  title: string;
  selected: boolean;
  onActivate: (id: string, viaKeyboard: boolean) => void;
  onMarker: (id: string, marker: LeafletMarker | null) => void;
};

/**
 * One project: a disc sized by investment with a shape or rank inside, as a Leaflet marker so it is
 * a real keyboard stop (tabindex 0, role button) in the map's own tab order.
 */
export function ProjectMarker({
  id,
  position,
  appearance,
  label,
  title,
  selected,
  onActivate,
  onMarker,
}: Props) {
  const ref = useRef<LeafletMarker | null>(null);
  const { diameter, cssFill, ink, glyph } = appearance;
  // The ring of the selected marker is drawn outside the disc, so the icon box grows with it.
  const icon = useMemo(
    () =>
      divIcon({
        className: `pm-marker${selected ? " is-selected" : ""}`,
        iconSize: [diameter, diameter],
        html: `<span class="pm-marker__disc" style="background:${cssFill};color:${ink};font-size:${Math.max(11, Math.round(diameter * 0.42))}px"><span aria-hidden="true">${glyph}</span></span>`,
      }),
    [diameter, cssFill, ink, glyph, selected],
  );

  useEffect(() => {
    onMarker(id, ref.current);
    return () => onMarker(id, null);
  }, [id, onMarker]);

  // Leaflet gives the icon role="button" and tabindex; the name, the state and Space are ours.
  useEffect(() => {
    const element = ref.current?.getElement();
    if (!element) return;
    element.setAttribute("aria-label", label);
    if (selected) element.setAttribute("aria-current", "true");
    else element.removeAttribute("aria-current");
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      // Also stops Leaflet's own keypress → click, so one key press selects once.
      event.preventDefault();
      event.stopPropagation();
      onActivate(id, true);
    };
    element.addEventListener("keydown", onKeyDown);
    return () => element.removeEventListener("keydown", onKeyDown);
  }, [id, label, selected, onActivate]);

  const eventHandlers = useMemo(() => ({ click: () => onActivate(id, false) }), [id, onActivate]);

  return (
    <Marker
      ref={ref}
      position={position}
      icon={icon}
      title={title}
      keyboard
      riseOnHover
      // Small discs above large ones, the selected one above all.
      zIndexOffset={(selected ? 10_000 : 0) + (100 - diameter) * 20}
      eventHandlers={eventHandlers}
    />
  );
}
