import { formatNumber, formatPercent, formatScore } from "../../../../domain/formats";
import type { QualitySignals } from "../../../../domain/outcome-schemas";
import { pairKey } from "../../../../domain/pair-key";
import { EmptyState } from "../../../components/async-state";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { qualityMessages } from "../messages";
import type { QualityNames } from "./quality-names";

type Props = { signals: QualitySignals; names: QualityNames };

/** 雷同评分表: sheets that look filled in without looking, one score or one share throughout. */
export function UniformSheets({ signals, names }: Props) {
  const t = useMessages(qualityMessages);
  const lang = useLang();
  const sheets = signals.uniformSheets;
  return (
    <section className="quality-section" aria-labelledby="quality-uniform-title">
      <h3 id="quality-uniform-title">{t("uniformTitle")}</h3>
      <p className="quality-measure">
        {t("uniformMeasure", { digits: signals.thresholds.shareDecimals })}
      </p>
      {sheets.length === 0 ? (
        <EmptyState>{t("noUniform")}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table quality-table" data-signal="uniform">
            <caption>{t("uniformCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("evaluator")}</th>
                <th scope="col">{t("project")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col" className="num">
                  {t("total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sheets.map((s) => (
                <tr key={pairKey(s)}>
                  <th scope="row" className="quality-nowrap">
                    {names.evaluator(s.evaluatorId)}
                  </th>
                  <td className="quality-name">{names.project(s.projectId)}</td>
                  <td>
                    {s.kind === "identical_scores"
                      ? t("identical_scores", { score: formatNumber(s.score ?? 0, lang) })
                      : t("same_share_of_max", {
                          share: formatPercent((s.share ?? 0) * 100, lang, 0),
                        })}
                  </td>
                  <td className="num">{formatScore(s.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
