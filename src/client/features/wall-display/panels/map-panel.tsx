import {
  formatPercent,
  formatProgress,
  formatScore,
  formatYi,
  type Lang,
} from "../../../../domain/formats";
import { computeOverviewKpis } from "../../../../domain/overview-kpis";
import { lightGlyph, lightWordKey, statusLights } from "../../../../domain/status-rules";
import { commonMessages } from "../../../i18n/common-messages";
import { type Translate, translate } from "../../../i18n/messages";
import type { DistrictCollection, WallProject, WallResult } from "../display-data";
import type { wallMessages } from "../messages";
import { WallMap } from "./wall-map";

type Props = {
  projects: WallProject[];
  results: WallResult[];
  basemap: DistrictCollection | undefined;
  lang: Lang;
  t: Translate<typeof wallMessages.zh>;
  markerPx: number;
};

/** The district with every project by status, and the key figures along the bottom. */
export function MapPanel({ projects, results, basemap, lang, t, markerPx }: Props) {
  const c = translate(commonMessages, lang);
  const k = computeOverviewKpis(projects, results);
  const figures = [
    { key: "kpiProjects", value: String(k.projectCount) },
    { key: "kpiTotal", value: formatYi(k.totalInvestment, lang) },
    {
      key: "kpiYtd",
      value: k.ytdCompletionPct === null ? "—" : formatPercent(k.ytdCompletionPct, lang),
    },
    {
      key: "kpiProgress",
      value: k.meanProgress === null ? "—" : formatProgress(k.meanProgress, lang),
    },
    { key: "kpiScore", value: k.meanScore === null ? "—" : formatScore(k.meanScore) },
  ] as const;
  return (
    <div className="wd-mapwrap">
      <div className="wd-mapwrap__map">
        {basemap && <WallMap data={basemap} projects={projects} lang={lang} markerPx={markerPx} />}
        <ul className="wd-legend" aria-label={t("kpiStatus")}>
          {statusLights.map((light) => (
            <li key={light}>
              <span className={`wd-marker wd-marker--${light} wd-legend__mark`} aria-hidden="true">
                {lightGlyph[light]}
              </span>
              {c(lightWordKey[light])} <span className="num">{k.statusCounts[light]}</span>
            </li>
          ))}
          <li className="wd-legend__note">{t("approxLocation")}</li>
        </ul>
      </div>
      <dl className="wd-kpis">
        {figures.map((f) => (
          <div key={f.key} className="wd-kpi">
            <dt>{t(f.key)}</dt>
            <dd className="num">{f.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
