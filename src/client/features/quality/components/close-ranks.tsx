import { formatNumber, formatScore } from "../../../../domain/formats";
import type { QualitySignals } from "../../../../domain/outcome-schemas";
import { DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useCategoryBook } from "../../../lib/use-category-book";
import { qualityMessages } from "../messages";
import type { QualityNames } from "./quality-names";
import { QualitySection } from "./quality-section";

type Props = { signals: QualitySignals; names: QualityNames };

/** 名次差距在误差范围内: neighbours in the official ranking whose composites differ by less than their noise. */
export function CloseRanks({ signals, names }: Props) {
  const t = useMessages(qualityMessages);
  const lang = useLang();
  const categories = useCategoryBook();
  const pairs = signals.closeRanks;
  return (
    <QualitySection
      id="quality-close-title"
      title={t("closeTitle")}
      measure={t("closeMeasure", {
        k: formatNumber(signals.thresholds.closeRankStandardErrors, lang),
      })}
    >
      <DataTable
        columns={[
          {
            id: "pair",
            header: t("pair"),
            rowHeader: true,
            cellClassName: "quality-name",
            cell: (p) => (
              <>
                {t(p.decidedBy === "tied" ? "tiedPair" : "above", {
                  higher: names.project(p.higher),
                  higherRank: p.higherRank,
                  higherScore: formatScore(p.higherScore),
                  lower: names.project(p.lower),
                  lowerRank: p.lowerRank,
                  lowerScore: formatScore(p.lowerScore),
                })}
                <span className="quality-sub">
                  {categories.name(p.category, lang)}
                  {(p.decidedBy === "base_score" || p.decidedBy === "satisfied_share") &&
                    ` · ${t("decidedBy", { by: t(`by_${p.decidedBy}`) })}`}
                </span>
              </>
            ),
          },
          {
            id: "difference",
            header: t("difference"),
            numeric: true,
            cell: (p) => formatScore(p.difference),
          },
          {
            id: "se",
            header: t("standardError"),
            numeric: true,
            cell: (p) => formatScore(p.standardError),
          },
          {
            id: "higherSe",
            header: t("higherSe"),
            numeric: true,
            cell: (p) =>
              `${formatScore(p.higherStandardError)} / ${formatScore(p.lowerStandardError)}`,
          },
        ]}
        rows={pairs}
        rowKey={(p) => `${p.higher}/${p.lower}`}
        caption={t("closeCaption")}
        empty={t("noClose")}
        className="quality-table"
        tableProps={{ "data-signal": "close-ranks" }}
      />
    </QualitySection>
  );
}
