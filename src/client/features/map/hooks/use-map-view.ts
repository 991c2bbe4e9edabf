import type { LatLngBounds, LatLngLiteral, Map as LeafletMap } from "leaflet";
import { useCallback, useEffect, useRef, useState } from "react";

type Options = {
  /** Jimo's bounds, once the basemap has arrived: the home view. */
  home: LatLngBounds | null;
  selectedId?: string;
  /** Where each project is drawn (before any dodging). */
  positions: Map<string, LatLngLiteral>;
  label: string;
};

/**
 * The map's view: fits Jimo, follows container resizes (refitting until the user has moved the
 * map), and flies to a project selected outside the map. Reports width and zoom for marker layout.
 */
export function useMapView(
  map: LeafletMap | null,
  { home, selectedId, positions, label }: Options,
) {
  const [width, setWidth] = useState(1000);
  const [zoom, setZoom] = useState<number | null>(null);
  const interacted = useRef(false);
  const selectedOnMap = useRef<string | null>(null);
  const previousSelection = useRef(selectedId);

  // Without animation: the fit follows layout changes while the page settles, and a zoom animation
  // still running when the map is removed (the reader navigates on) ends on a map with no panes
  // (Leaflet's transition-end timer outlives map.remove()).
  const fitHome = useCallback(() => {
    if (map && home) map.fitBounds(home, { padding: [12, 12], animate: false });
  }, [map, home]);
  useEffect(fitHome, [fitHome]);

  // Leaflet measures its container once; follow layout changes.
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const markInteracted = () => {
      interacted.current = true;
    };
    const onZoom = () => setZoom(map.getZoom());
    onZoom();
    map.on("zoomend", onZoom);
    container.addEventListener("pointerdown", markInteracted);
    container.addEventListener("wheel", markInteracted, { passive: true });
    const observer = new ResizeObserver(() => {
      map.invalidateSize();
      setWidth(container.clientWidth);
      if (!interacted.current) fitHome();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      map.off("zoomend", onZoom);
      container.removeEventListener("pointerdown", markInteracted);
      container.removeEventListener("wheel", markInteracted);
    };
  }, [map, fitHome]);

  useEffect(() => {
    const container = map?.getContainer();
    container?.setAttribute("role", "region");
    container?.setAttribute("aria-label", label);
  }, [map, label]);

  // A project chosen elsewhere (the list, a table) is brought into view, close enough to stand out
  // from its neighbours; one chosen on the map stays where the user put it.
  useEffect(() => {
    if (!map || !selectedId || selectedId === previousSelection.current) return;
    previousSelection.current = selectedId;
    const position = positions.get(selectedId);
    if (selectedOnMap.current === selectedId || !position) return;
    interacted.current = true;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    map.flyTo(position, Math.max(map.getZoom(), 12), { animate: !still, duration: 0.6 });
  }, [map, selectedId, positions]);

  const resetView = useCallback(() => {
    interacted.current = false;
    fitHome();
  }, [fitHome]);
  const markSelectedOnMap = useCallback((id: string) => {
    selectedOnMap.current = id;
  }, []);

  return { width, zoom, resetView, markSelectedOnMap };
}
