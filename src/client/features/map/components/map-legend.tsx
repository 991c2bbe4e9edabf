import { formatNumber, type Lang } from "../../../../domain/formats";
import { lightGlyph, lightWordKey, statusLights } from "../../../../domain/status-rules";
import { commonMessages } from "../../../i18n/common-messages";
import { useMessages } from "../../../i18n/messages";
import { mapMessages } from "../messages";
import { type ColourBy, noScoreFill, paletteFor, statusFill } from "../utils/marker-scales";

type Props = {
  colourBy: ColourBy;
  breaks: number[];
  /** Whether any project has a score yet (not while results load). */
  hasScored: boolean;
  hasUnscored: boolean;
  offline: boolean;
  lang: Lang;
};

function Swatch({ fill, ink, glyph }: { fill: string; ink: string; glyph: string }) {
  return (
    <span className="pm-legend__disc" style={{ background: fill, color: ink }} aria-hidden="true">
      {glyph}
    </span>
  );
}

/** What the colours, shapes, numbers and sizes mean — in words, so the map never needs colour alone. */
export function MapLegend({ colourBy, breaks, hasScored, hasUnscored, offline, lang }: Props) {
  const t = useMessages(mapMessages);
  const common = useMessages(commonMessages);
  const n = (v: number) => formatNumber(v, lang, 1);
  const palette = hasScored ? paletteFor(breaks) : [];

  return (
    <div className="pm-legend">
      <h3 className="visually-hidden">{t("legend")}</h3>
      <ul className="pm-legend__items">
        {colourBy === "status"
          ? statusLights.map((light) => (
              <li key={light}>
                <Swatch
                  fill={statusFill[light].fill}
                  ink={statusFill[light].ink}
                  glyph={lightGlyph[light]}
                />
                {common(lightWordKey[light])}
              </li>
            ))
          : palette
              .map((colour, i) => {
                const text =
                  breaks.length === 0
                    ? t("scored")
                    : i === 0
                      ? t("scoreBelow", { to: n(breaks[0]) })
                      : i === breaks.length
                        ? t("scoreAtLeast", { from: n(breaks[i - 1]) })
                        : t("scoreRange", { from: n(breaks[i - 1]), to: n(breaks[i]) });
                return (
                  <li key={colour.fill}>
                    <Swatch fill={colour.fill} ink={colour.ink} glyph="" />
                    {text}
                  </li>
                );
              })
              // Highest first, as people read a ranking.
              .reverse()}
        {colourBy === "score" && hasUnscored && (
          <li>
            <Swatch fill={noScoreFill.fill} ink={noScoreFill.ink} glyph="–" />
            {t("noScore")}
          </li>
        )}
      </ul>
      <ul className="pm-legend__items pm-legend__items--notes">
        <li>
          <span className="pm-legend__sizes" aria-hidden="true">
            <span className="pm-legend__size" />
            <span className="pm-legend__size pm-legend__size--big" />
          </span>
          {t("sizeNote")}
        </li>
        {colourBy === "score" && <li>{t("rankNote")}</li>}
        {offline && (
          <li>
            <span className="pm-legend__area pm-legend__area--jimo" aria-hidden="true" />
            {t("jimo")}
          </li>
        )}
        {offline && (
          <li>
            <span className="pm-legend__area pm-legend__area--neighbour" aria-hidden="true" />
            {t("neighbours")}
          </li>
        )}
      </ul>
    </div>
  );
}
