import { formatNumber, formatScore } from "../../../../domain/formats";
import type { QualitySignals } from "../../../../domain/outcome-schemas";
import { EmptyState } from "../../../components/async-state";
import { commonMessages } from "../../../i18n/common-messages";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { qualityMessages } from "../messages";
import type { QualityNames } from "./quality-names";

type Props = { signals: QualitySignals; names: QualityNames };

/** 名次差距在误差范围内: neighbours in the official ranking whose composites differ by less than their noise. */
export function CloseRanks({ signals, names }: Props) {
  const t = useMessages(qualityMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const pairs = signals.closeRanks;
  return (
    <section className="quality-section" aria-labelledby="quality-close-title">
      <h3 id="quality-close-title">{t("closeTitle")}</h3>
      <p className="quality-measure">
        {t("closeMeasure", {
          k: formatNumber(signals.thresholds.closeRankStandardErrors, lang),
        })}
      </p>
      {pairs.length === 0 ? (
        <EmptyState>{t("noClose")}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table quality-table" data-signal="close-ranks">
            <caption>{t("closeCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pair")}</th>
                <th scope="col" className="num">
                  {t("difference")}
                </th>
                <th scope="col" className="num">
                  {t("standardError")}
                </th>
                <th scope="col" className="num">
                  {t("higherSe")}
                </th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={`${p.higher}/${p.lower}`}>
                  <th scope="row" className="quality-name">
                    {t(p.decidedBy === "tied" ? "tiedPair" : "above", {
                      higher: names.project(p.higher),
                      higherRank: p.higherRank,
                      higherScore: formatScore(p.higherScore),
                      lower: names.project(p.lower),
                      lowerRank: p.lowerRank,
                      lowerScore: formatScore(p.lowerScore),
                    })}
                    <span className="quality-sub">
                      {common(p.category)}
                      {(p.decidedBy === "base_score" || p.decidedBy === "satisfied_share") &&
                        ` · ${t("decidedBy", { by: t(`by_${p.decidedBy}`) })}`}
                    </span>
                  </th>
                  <td className="num">{formatScore(p.difference)}</td>
                  <td className="num">{formatScore(p.standardError)}</td>
                  <td className="num">
                    {formatScore(p.higherStandardError)} / {formatScore(p.lowerStandardError)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
