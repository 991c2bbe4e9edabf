import { formatNumber, formatPercent, formatScore } from "../../../../domain/formats";
import type { QualitySignals } from "../../../../domain/outcome-schemas";
import { pairKey } from "../../../../domain/pair-key";
import { DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { qualityMessages } from "../messages";
import type { QualityNames } from "./quality-names";
import { QualitySection } from "./quality-section";

type Props = { signals: QualitySignals; names: QualityNames };

/** 雷同评分表: sheets that look filled in without looking, one score or one share throughout. */
export function UniformSheets({ signals, names }: Props) {
  const t = useMessages(qualityMessages);
  const lang = useLang();
  const sheets = signals.uniformSheets;
  return (
    <QualitySection
      id="quality-uniform-title"
      title={t("uniformTitle")}
      measure={t("uniformMeasure", { digits: signals.thresholds.shareDecimals })}
    >
      <DataTable
        columns={[
          {
            id: "evaluator",
            header: t("evaluator"),
            rowHeader: true,
            cellClassName: "quality-nowrap",
            cell: (s) => names.evaluator(s.evaluatorId),
          },
          {
            id: "project",
            header: t("project"),
            cellClassName: "quality-name",
            cell: (s) => names.project(s.projectId),
          },
          {
            id: "kind",
            header: t("kind"),
            cell: (s) =>
              s.kind === "identical_scores"
                ? t("identical_scores", { score: formatNumber(s.score ?? 0, lang) })
                : t("same_share_of_max", { share: formatPercent((s.share ?? 0) * 100, lang, 0) }),
          },
          { id: "total", header: t("total"), numeric: true, cell: (s) => formatScore(s.total) },
        ]}
        rows={sheets}
        rowKey={pairKey}
        caption={t("uniformCaption")}
        empty={t("noUniform")}
        className="quality-table"
        tableProps={{ "data-signal": "uniform" }}
      />
    </QualitySection>
  );
}
