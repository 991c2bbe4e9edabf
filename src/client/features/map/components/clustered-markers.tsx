import type { LatLngLiteral, Map as LeafletMap } from "leaflet";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ClusterIndex, ClusterView, MapItems } from "../utils/project-clusters";
import { ClusterMarker } from "./cluster-marker";

type Props = {
  map: LeafletMap;
  index: ClusterIndex;
  /** Always drawn as its own marker, even where its neighbours are still a cluster. */
  selectedId?: string;
  ring: (cluster: ClusterView) => string;
  label: (cluster: ClusterView) => string;
  /** One project's marker (today's labelled disc). */
  renderProject: (id: string) => ReactNode;
};

/** The view's box, a little larger so markers are there before they scroll in. */
function boxOf(map: LeafletMap): [number, number, number, number] {
  const b = map.getBounds().pad(0.25);
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

/**
 * The projects in view as clusters and lone markers, asked again on every move: only a bounded
 * number of elements is ever on the page, whatever the list's length.
 */
export function ClusteredMarkers({ map, index, selectedId, ring, label, renderProject }: Props) {
  const [view, setView] = useState<{ items: MapItems; focusNear: LatLngLiteral | null }>(() => ({
    items: index.itemsIn(boxOf(map), map.getZoom()),
    focusNear: null,
  }));
  const items = view.items;
  // Where a cluster opened from the keyboard was: consumed by the move that ends its flight only,
  // so a refresh of the data mid-flight cannot spend it on markers about to vanish.
  const flyingFrom = useRef<LatLngLiteral | null>(null);

  useEffect(() => {
    const itemsNow = () => index.itemsIn(boxOf(map), map.getZoom());
    setView({ items: itemsNow(), focusNear: null });
    const moved = () => {
      const focusNear = flyingFrom.current;
      flyingFrom.current = null;
      setView({ items: itemsNow(), focusNear });
    };
    map.on("moveend", moved);
    return () => {
      map.off("moveend", moved);
    };
  }, [map, index]);

  // A cluster opened from the keyboard hands the focus to what it fell apart into, nearest first.
  useEffect(() => {
    const near = view.focusNear;
    if (!near) return;
    const target = map.latLngToContainerPoint(near);
    const origin = map.getContainer().getBoundingClientRect();
    let best: HTMLElement | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const el of map.getPane("markerPane")?.querySelectorAll<HTMLElement>("[role=button]") ??
      []) {
      const r = el.getBoundingClientRect();
      const d = Math.hypot(
        r.left + r.width / 2 - origin.left - target.x,
        r.top + r.height / 2 - origin.top - target.y,
      );
      if (d < bestDistance) [best, bestDistance] = [el, d];
    }
    (best as HTMLElement | null)?.focus({ preventScroll: true });
  }, [map, view]);

  const open = useCallback(
    (cluster: ClusterView, viaKeyboard: boolean) => {
      const zoom = Math.min(map.getMaxZoom(), index.expansionZoom(cluster.clusterId));
      flyingFrom.current = viaKeyboard ? cluster.position : null;
      const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      map.flyTo(cluster.position, Math.max(zoom, map.getZoom() + 1), {
        animate: !still,
        duration: 0.5,
      });
    },
    [map, index],
  );

  const lone = useMemo(() => {
    const ids = new Set(items.projectIds);
    if (selectedId) ids.add(selectedId);
    return [...ids];
  }, [items, selectedId]);

  return (
    <>
      {items.clusters.map((cluster) => (
        <ClusterMarker
          key={cluster.key}
          position={cluster.position}
          count={cluster.count}
          ring={ring(cluster)}
          label={label(cluster)}
          onOpen={(viaKeyboard) => open(cluster, viaKeyboard)}
        />
      ))}
      {lone.map((id) => renderProject(id))}
    </>
  );
}
