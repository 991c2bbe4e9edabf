import { TileLayer } from "react-leaflet";
import type { Lang } from "../../../../domain/i18n";

// The tile services' own codes for the label language.
const AMAP_LANG: Record<Lang, string> = { zh: "zh_cn", en: "en" };
const TIANDITU_LABELS: Record<Lang, "cva" | "eva"> = { zh: "cva", en: "eva" };

import { useSettings } from "../../../api/settings";
import type { BasemapLayer } from "../stores/basemap-layer-store";

/**
 * The basemaps this deployment allows: always the offline one, and the online ones that the server
 * was started with (ONLINE_TILES) — the server admits their hosts in its content security policy.
 */
export function useAvailableLayers(): { layers: BasemapLayer[]; tiandituKey?: string } {
  const settings = useSettings().data;
  return {
    layers: ["offline", ...(settings?.onlineTileLayers ?? [])],
    tiandituKey: settings?.tiandituKey,
  };
}

/** The chosen layer if this deployment allows it, else the offline basemap. */
export function effectiveLayer(layer: BasemapLayer, available: BasemapLayer[]): BasemapLayer {
  return available.includes(layer) ? layer : "offline";
}

const tianditu = (layer: "vec" | "cva" | "eva", key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`;

/**
 * An optional online basemap, off by default. 高德 tiles are in GCJ-02, so the map converts every
 * project coordinate while it is shown; OSM and 天地图 (CGCS2000 ≈ WGS-84) need no conversion.
 */
export function OnlineTileLayer({
  layer,
  lang,
  tiandituKey,
}: {
  layer: BasemapLayer;
  lang: Lang;
  tiandituKey?: string;
}) {
  switch (layer) {
    case "offline":
      return null;
    case "osm":
      return (
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          maxZoom={19}
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
        />
      );
    case "amap":
      return (
        <TileLayer
          url={`https://webrd0{s}.is.autonavi.com/appmaptile?lang=${AMAP_LANG[lang]}&size=1&scale=1&style=8&x={x}&y={y}&z={z}`}
          subdomains="1234"
          maxZoom={18}
          attribution="&copy; 高德地图 AutoNavi"
        />
      );
    case "tianditu":
      if (!tiandituKey) return null;
      return (
        <>
          <TileLayer
            url={tianditu("vec", tiandituKey)}
            subdomains="01234567"
            maxZoom={18}
            attribution="&copy; 天地图 Tianditu"
          />
          <TileLayer
            url={tianditu(TIANDITU_LABELS[lang], tiandituKey)}
            subdomains="01234567"
            maxZoom={18}
          />
        </>
      );
  }
}
