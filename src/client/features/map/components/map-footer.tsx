import { useId } from "react";
import type { Lang } from "../../../../domain/i18n";
import { useMessages } from "../../../i18n/messages";
import { mapMessages } from "../messages";
import { type BasemapLayer, useSetBasemapLayer } from "../stores/basemap-layer-store";
import type { ColourBy } from "../utils/marker-scales";
import { MapLegend } from "./map-legend";
import { useAvailableLayers } from "./online-tile-layer";

type Props = {
  colourBy: ColourBy;
  breaks: number[];
  hasScored: boolean;
  hasUnscored: boolean;
  layer: BasemapLayer;
  lang: Lang;
  /** The basemap choice is offered on the full map page only; compact maps follow it. */
  showBasemap: boolean;
  onResetView: () => void;
};

/** Under the map: the legend, the basemap choice and a way back to the whole district. */
export function MapFooter(props: Props) {
  const { colourBy, breaks, hasScored, hasUnscored, layer, lang, showBasemap, onResetView } = props;
  const t = useMessages(mapMessages);
  const setLayer = useSetBasemapLayer();
  const { layers } = useAvailableLayers();
  // With only the offline basemap allowed (the default), there is nothing to choose.
  const offerBasemaps = showBasemap && layers.length > 1;
  const id = useId();
  return (
    <div className="pm-footer">
      <MapLegend
        colourBy={colourBy}
        breaks={breaks}
        hasScored={hasScored}
        hasUnscored={hasUnscored}
        offline={layer === "offline"}
        lang={lang}
      />
      <div className="pm-footer__controls">
        {offerBasemaps && (
          <label className="pm-footer__basemap" htmlFor={`${id}-basemap`}>
            {t("basemap")}
            <select
              id={`${id}-basemap`}
              className="select"
              value={layer}
              onChange={(event) => setLayer(event.target.value as BasemapLayer)}
            >
              {layers.map((option) => (
                <option key={option} value={option}>
                  {t(option)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button button--small button--ghost" onClick={onResetView}>
          {t("resetView")}
        </button>
      </div>
      {offerBasemaps && layer !== "offline" && (
        <p className="pm-footer__warning" role="note">
          {t("onlineWarning")}
        </p>
      )}
    </div>
  );
}
