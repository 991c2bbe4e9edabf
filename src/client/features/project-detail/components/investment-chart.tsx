import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatYi, periodLabel } from "../../../../domain/formats";
import type { ProgressReport } from "../../../../domain/project";
import { EmptyState } from "../../../components/async-state";
import {
  axisTick,
  ChartFrame,
  horizontalGridOnly,
  legendText,
} from "../../../components/chart-frame";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { textWidth, useRemPx } from "../../../lib/chart-text";
import { detailMessages } from "../messages";
import { periodChart, periodChartHeight } from "../utils/period-axis";

const line = { type: "monotone", dot: false, isAnimationActive: false } as const;

/** The S-curve: planned against completed cumulative investment, one point per 旬. */
export function InvestmentChart({ reports }: { reports: ProgressReport[] }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const rem = useRemPx();
  if (!reports.length) return <EmptyState>{t("noReports")}</EmptyState>;
  const data = reports.map((r) => ({
    period: r.period,
    planned: r.plannedCumulativeInvestment,
    actual: r.cumulativeInvestment,
  }));
  const top = Math.max(0, ...data.map((d) => Math.max(d.planned, d.actual)));
  // Room for the widest value label: recharts rounds the top up, so allow for a larger one than the
  // data's own (measuring the drawn labels instead cost a second layout of the whole chart).
  const yAxisWidth = Math.ceil(
    Math.max(...[top, top * 1.3].map((v) => textWidth(formatNumber(v, lang, 1), 0.8 * rem))) + 12,
  );
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
      height={periodChartHeight(rem)}
    >
      {(width) => {
        const axis = periodChart(
          data.map((d) => d.period),
          lang,
          rem,
          width,
          yAxisWidth,
        );
        return (
          <LineChart data={data} margin={axis.margin}>
            <CartesianGrid stroke="#e3e8ef" {...horizontalGridOnly} />
            <XAxis {...axis.xAxis} />
            <YAxis
              width={yAxisWidth}
              interval={0}
              tick={axisTick}
              tickFormatter={(v: number) => formatNumber(v, lang, 1)}
            />
            <Tooltip
              labelFormatter={axis.tooltipLabel}
              formatter={(value) => formatYi(Number(value), lang)}
            />
            <Legend {...legendText(rem, "detail-legend")} />
            <Line
              {...line}
              dataKey="planned"
              name={t("planned")}
              stroke="#7b8794"
              strokeWidth={Math.max(2, rem / 7.5)}
              strokeDasharray={`${0.4 * rem} ${0.27 * rem}`}
            />
            <Line
              {...line}
              dataKey="actual"
              name={t("actual")}
              stroke="#1d5fa8"
              strokeWidth={Math.max(2.5, rem / 6)}
            />
          </LineChart>
        );
      }}
    </ChartFrame>
  );
}
