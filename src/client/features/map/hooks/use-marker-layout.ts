import type { LatLngLiteral, Map as LeafletMap } from "leaflet";
import { useMemo } from "react";
import { dodge } from "../utils/dodge";

type Item = { id: string; position: LatLngLiteral; diameter: number };

/**
 * Where each marker is drawn at the current zoom: its project's position, nudged apart from
 * neighbours it would cover (see dodge). Recomputed on zoom, never on pan.
 */
export function useMarkerLayout(map: LeafletMap | null, zoom: number | null, items: Item[]) {
  // Items are rebuilt every render; their content is what matters.
  const signature = items
    .map((i) => `${i.id}:${i.position.lat},${i.position.lng}:${i.diameter}`)
    .join("|");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `signature` stands for `items`
  return useMemo(() => {
    const layout = new Map<string, LatLngLiteral>(items.map((i) => [i.id, i.position]));
    if (!map || zoom === null) return layout;
    const points = items.map((i) => map.project(i.position, zoom));
    const moved = dodge(points.map((p, k) => ({ x: p.x, y: p.y, half: items[k].diameter / 2 })));
    items.forEach((item, k) => {
      const { x, y } = moved[k];
      if (Math.hypot(x - points[k].x, y - points[k].y) < 0.5) return;
      const { lat, lng } = map.unproject([x, y], zoom);
      layout.set(item.id, { lat, lng });
    });
    return layout;
  }, [map, zoom, signature]);
}
