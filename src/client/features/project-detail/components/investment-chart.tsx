import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber, formatYi, periodLabel } from "../../../../domain/formats";
import type { ProgressReport } from "../../../../domain/project";
import { EmptyState } from "../../../components/async-state";
import { ChartFigure } from "../../../components/chart-figure";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";
import { monthTickLabel, monthTicks } from "../utils/period-axis";

/** The S-curve: planned against completed cumulative investment, one point per 旬. */
export function InvestmentChart({ reports }: { reports: ProgressReport[] }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  if (!reports.length) return <EmptyState>{t("noReports")}</EmptyState>;
  const data = reports.map((r) => ({
    period: r.period,
    planned: r.plannedCumulativeInvestment,
    actual: r.cumulativeInvestment,
  }));
  return (
    <ChartFigure
      caption={t("investmentCaption")}
      columns={[t("period"), t("planned"), t("actual"), t("completedInPeriod")]}
      rows={reports.map((r) => [
        periodLabel(r.period, lang),
        formatNumber(r.plannedCumulativeInvestment, lang, 2, 2),
        formatNumber(r.cumulativeInvestment, lang, 2, 2),
        formatNumber(r.completedInvestment, lang, 2, 2),
      ])}
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart
          // The figure is hidden from assistive tech (its data table is the text alternative), so the
          // chart must not take keyboard focus either.
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke="#e3e8ef" vertical={false} />
          <XAxis
            dataKey="period"
            ticks={monthTicks(data.map((d) => d.period))}
            tickFormatter={(id: string) => monthTickLabel(id, lang)}
            interval="preserveStartEnd"
            minTickGap={16}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            width={44}
            tick={{ fontSize: 12 }}
            tickFormatter={(v: number) => formatNumber(v, lang, 1)}
          />
          <Tooltip
            labelFormatter={(id) => periodLabel(String(id), lang)}
            formatter={(value) => formatYi(Number(value), lang)}
          />
          <Legend
            wrapperStyle={{ fontSize: 13 }}
            itemSorter={null}
            // Legend text in the text colour: a pale series colour would not be readable.
            formatter={(value) => <span className="detail-legend">{value}</span>}
          />
          <Line
            type="monotone"
            dataKey="planned"
            name={t("planned")}
            stroke="#7b8794"
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="actual"
            name={t("actual")}
            stroke="#1d5fa8"
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
