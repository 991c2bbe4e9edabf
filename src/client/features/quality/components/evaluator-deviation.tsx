import { formatNumber } from "../../../../domain/formats";
import type { QualitySignals } from "../../../../domain/outcome-schemas";
import { EmptyState } from "../../../components/async-state";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { qualityMessages } from "../messages";
import { type QualityNames, signed } from "./quality-names";

type Props = { signals: QualitySignals; names: QualityNames };

/** 评委打分偏差: evaluators whose totals sit far above or below the others', with the measure. */
export function EvaluatorDeviation({ signals, names }: Props) {
  const t = useMessages(qualityMessages);
  const lang = useLang();
  const { zScore, deviationMean, deviationSd } = signals.thresholds;
  const num = (v: number) => formatNumber(v, lang, 2, 2);
  const flagged = signals.evaluatorDeviation
    .filter((e) => e.flagged)
    .sort((a, b) => Math.abs(b.zScore ?? 0) - Math.abs(a.zScore ?? 0));
  return (
    <section className="quality-section" aria-labelledby="quality-deviation-title">
      <h3 id="quality-deviation-title">{t("deviationTitle")}</h3>
      <p className="quality-measure">
        {t("deviationMeasure", {
          z: formatNumber(zScore, lang),
          mean: deviationMean === null ? "—" : signed(deviationMean, num),
          sd: deviationSd === null ? "—" : num(deviationSd),
        })}
      </p>
      {flagged.length === 0 ? (
        <EmptyState>{t("noDeviation", { z: formatNumber(zScore, lang) })}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table quality-table" data-signal="deviation">
            <caption>{t("deviationCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("evaluator")}</th>
                <th scope="col" className="num">
                  {t("zScore")}
                </th>
                <th scope="col" className="num">
                  {t("meanDeviation")}
                </th>
                <th scope="col">{t("direction")}</th>
                <th scope="col" className="num">
                  {t("comparedSheets")}
                </th>
              </tr>
            </thead>
            <tbody>
              {flagged.map((e) => (
                <tr key={e.evaluatorId} data-evaluator-id={e.evaluatorId}>
                  <th scope="row" className="quality-nowrap">
                    {names.evaluator(e.evaluatorId)}
                    <span className="quality-sub">{names.group(e.groupId)}</span>
                  </th>
                  <td className="num">{e.zScore === null ? "—" : signed(e.zScore, num)}</td>
                  <td className="num">
                    {e.meanDeviation === null ? "—" : signed(e.meanDeviation, num)}
                  </td>
                  <td>
                    <span className={`quality-direction quality-direction--${e.direction}`}>
                      <span aria-hidden="true">{e.direction === "lenient" ? "▲ " : "▼ "}</span>
                      {e.direction === "lenient" ? t("lenient") : t("harsh")}
                    </span>
                  </td>
                  <td className="num">{e.sheetCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
