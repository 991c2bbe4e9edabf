import { zeroBasedTicks } from "../../../../domain/chart-geometry";
import { formatNumber, formatYi, periodLabel } from "../../../../domain/formats";
import type { ProgressReport } from "../../../../domain/project";
import { EmptyState } from "../../../components/async-state";
import { ChartFrame } from "../../../components/chart-frame";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useRemPx } from "../../../lib/chart-text";
import { detailMessages } from "../messages";
import { periodChartHeight } from "../utils/period-axis";
import { PeriodChart } from "./period-chart";

/** The S-curve: planned against completed cumulative investment, one point per 旬. */
export function InvestmentChart({ reports }: { reports: ProgressReport[] }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const rem = useRemPx();
  if (!reports.length) return <EmptyState>{t("noReports")}</EmptyState>;
  const planned = reports.map((r) => r.plannedCumulativeInvestment);
  const actual = reports.map((r) => r.cumulativeInvestment);
  const height = periodChartHeight(rem);
  const format = (v: number) => formatYi(v, lang);
  return (
    <ChartFrame
      caption={t("investmentCaption")}
      columns={[t("period"), t("planned"), t("actual"), t("completedInPeriod")]}
      rows={reports.map((r) => [
        periodLabel(r.period, lang),
        formatNumber(r.plannedCumulativeInvestment, lang, 2, 2),
        formatNumber(r.cumulativeInvestment, lang, 2, 2),
        formatNumber(r.completedInvestment, lang, 2, 2),
      ])}
      height={height}
    >
      {(width) => (
        <PeriodChart
          periods={reports.map((r) => r.period)}
          series={[
            {
              name: t("planned"),
              values: planned,
              color: "#7b8794",
              strokeWidth: Math.max(2, rem / 7.5),
              dash: `${0.4 * rem} ${0.27 * rem}`,
              format,
            },
            {
              name: t("actual"),
              values: actual,
              color: "#1d5fa8",
              strokeWidth: Math.max(2.5, rem / 6),
              format,
            },
          ]}
          yTicks={zeroBasedTicks(Math.max(0, ...planned, ...actual))}
          yTickLabel={(v) => formatNumber(v, lang, 1)}
          legend
          lang={lang}
          rem={rem}
          width={width}
          height={height}
        />
      )}
    </ChartFrame>
  );
}
