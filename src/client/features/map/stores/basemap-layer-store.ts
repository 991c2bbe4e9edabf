import { create } from "zustand";
import { persist } from "zustand/middleware";

export type BasemapLayer = "offline" | "osm" | "amap" | "tianditu";

type BasemapLayerState = { layer: BasemapLayer; setLayer: (layer: BasemapLayer) => void };

/**
 * Which basemap the map draws: a personal display preference, not worth a link, so it lives here
 * (remembered in localStorage) rather than in the URL. Offline by default: the intranet has no internet.
 */
const useBasemapLayerStore = create<BasemapLayerState>()(
  persist((set) => ({ layer: "offline", setLayer: (layer) => set({ layer }) }), {
    name: "kp-map-basemap",
  }),
);

export const useBasemapLayer = () => useBasemapLayerStore((s) => s.layer);
export const useSetBasemapLayer = () => useBasemapLayerStore((s) => s.setLayer);
