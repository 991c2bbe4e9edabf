import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent, periodLabel } from "../../../../domain/formats";
import type { ReviewResponse } from "../../../api/review";
import {
  axisTick,
  ChartFrame,
  horizontalGridOnly,
  legendText,
} from "../../../components/chart-frame";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useRemPx } from "../../../lib/chart-text";
import { reviewMessages } from "../messages";
import { periodAxis, periodAxisHeight } from "../utils/period-ticks";

/**
 * The district's completion of the year's plan against 序时进度, per 旬. Both restart with the year,
 * so the lines fall to zero at each January: that is the new year's plan, not a loss.
 */
export function PlanChart({ review }: { review: ReviewResponse }) {
  const t = useMessages(reviewMessages);
  const lang = useLang();
  const rem = useRemPx();
  const { periods, plan } = review;
  const fmt = (v: number | null) => (v === null ? "—" : formatPercent(v, lang));
  const strokeWidth = Math.max(2.5, rem / 6);
  return (
    <ChartFrame
      caption={t("planCaption", {
        from: periodLabel(periods[0] ?? "", lang),
        to: periodLabel(periods.at(-1) ?? "", lang),
      })}
      columns={[t("period"), t("completion"), t("timeElapsed"), t("gap")]}
      rows={plan.map((p) => [
        periodLabel(p.period, lang),
        fmt(p.completionPct),
        fmt(p.timeElapsedPct),
        p.completionPct === null ? "—" : (p.completionPct - p.timeElapsedPct).toFixed(1),
      ])}
      height={periodAxisHeight(rem)}
      className="review-chart"
    >
      {(width) => {
        const axis = periodAxis(periods, lang, rem, width);
        return (
          <LineChart data={plan} margin={axis.margin}>
            <CartesianGrid stroke="#e3e8ef" {...horizontalGridOnly} />
            <XAxis {...axis.xAxis} />
            <YAxis
              width={axis.yAxisWidth}
              interval={0}
              domain={[0, (max: number) => Math.max(100, Math.ceil(max / 25) * 25)]}
              tick={axisTick}
              tickFormatter={(v: number) => `${v}%`}
            />
            <Tooltip
              labelFormatter={axis.tooltipLabel}
              formatter={(value, name) => [fmt(value === null ? null : Number(value)), name]}
            />
            <Legend {...legendText(rem, "review-legend")} />
            <Line
              dataKey="completionPct"
              name={t("completion")}
              stroke="#1d5fa8"
              strokeWidth={strokeWidth}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="timeElapsedPct"
              name={t("timeElapsed")}
              stroke="#55606e"
              strokeDasharray="6 4"
              strokeWidth={strokeWidth}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        );
      }}
    </ChartFrame>
  );
}
