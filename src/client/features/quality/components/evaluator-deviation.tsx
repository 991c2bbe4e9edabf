import { formatNumber } from "../../../../domain/formats";
import type { QualitySignals } from "../../../../domain/outcome-schemas";
import { DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { qualityMessages } from "../messages";
import { type QualityNames, signed } from "./quality-names";
import { QualitySection } from "./quality-section";

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
    <QualitySection
      id="quality-deviation-title"
      title={t("deviationTitle")}
      measure={t("deviationMeasure", {
        z: formatNumber(zScore, lang),
        mean: deviationMean === null ? "—" : signed(deviationMean, num),
        sd: deviationSd === null ? "—" : num(deviationSd),
      })}
    >
      <DataTable
        columns={[
          {
            id: "evaluator",
            header: t("evaluator"),
            rowHeader: true,
            cellClassName: "quality-nowrap",
            cell: (e) => (
              <>
                {names.evaluator(e.evaluatorId)}
                <span className="quality-sub">{names.group(e.groupId)}</span>
              </>
            ),
          },
          {
            id: "z",
            header: t("zScore"),
            numeric: true,
            cell: (e) => (e.zScore === null ? "—" : signed(e.zScore, num)),
          },
          {
            id: "mean",
            header: t("meanDeviation"),
            numeric: true,
            cell: (e) => (e.meanDeviation === null ? "—" : signed(e.meanDeviation, num)),
          },
          {
            id: "direction",
            header: t("direction"),
            cell: (e) => (
              <span className={`quality-direction quality-direction--${e.direction}`}>
                <span aria-hidden="true">{e.direction === "lenient" ? "▲ " : "▼ "}</span>
                {e.direction === "lenient" ? t("lenient") : t("harsh")}
              </span>
            ),
          },
          { id: "sheets", header: t("comparedSheets"), numeric: true, cell: (e) => e.sheetCount },
        ]}
        rows={flagged}
        rowKey={(e) => e.evaluatorId}
        caption={t("deviationCaption")}
        empty={t("noDeviation", { z: formatNumber(zScore, lang) })}
        className="quality-table"
        tableProps={{ "data-signal": "deviation" }}
        rowProps={(e) => ({ "data-evaluator-id": e.evaluatorId })}
      />
    </QualitySection>
  );
}
