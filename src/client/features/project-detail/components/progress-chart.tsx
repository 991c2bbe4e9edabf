import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatProgress, periodLabel } from "../../../../domain/formats";
import type { ProgressReport } from "../../../../domain/project";
import { EmptyState } from "../../../components/async-state";
import { axisTick, ChartFrame, horizontalGridOnly } from "../../../components/chart-frame";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { textWidth, useRemPx } from "../../../lib/chart-text";
import { detailMessages } from "../messages";
import { periodChart, periodChartHeight } from "../utils/period-axis";

/** 形象进度 per 旬; the data table carries each report's note as well. */
export function ProgressChart({ reports }: { reports: ProgressReport[] }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const rem = useRemPx();
  if (!reports.length) return <EmptyState>{t("noReports")}</EmptyState>;
  const data = reports.map((r) => ({ period: r.period, progress: r.progress }));
  // The widest tick ("100%") plus the tick line and its gap.
  const yAxisWidth = Math.ceil(textWidth("100%", 0.8 * rem) + 10);
  return (
    <ChartFrame
      caption={t("progressCaption")}
      columns={[t("period"), t("progressPct"), t("note")]}
      rows={reports.map((r) => [
        periodLabel(r.period, lang),
        formatProgress(r.progress, lang),
        localized(r, "note", lang),
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
          <AreaChart data={data} margin={axis.margin}>
            <CartesianGrid stroke="#e3e8ef" {...horizontalGridOnly} />
            <XAxis {...axis.xAxis} />
            <YAxis
              width={yAxisWidth}
              interval={0}
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tick={axisTick}
              tickFormatter={(v: number) => `${v}%`}
            />
            <Tooltip
              labelFormatter={axis.tooltipLabel}
              formatter={(value) => [formatProgress(Number(value), lang), t("progressPct")]}
            />
            <Area
              type="monotone"
              dataKey="progress"
              name={t("progressPct")}
              stroke="#16794a"
              strokeWidth={Math.max(2.5, rem / 6)}
              fill="#e3f4ea"
              isAnimationActive={false}
            />
          </AreaChart>
        );
      }}
    </ChartFrame>
  );
}
