import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent, periodLabel } from "../../../../domain/formats";
import { lightWordKey, type StatusLight } from "../../../../domain/status-rules";
import type { ReviewResponse } from "../../../api/review";
import {
  axisTick,
  ChartFrame,
  horizontalGridOnly,
  legendText,
} from "../../../components/chart-frame";
import { commonMessages } from "../../../i18n/common-messages";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useRemPx } from "../../../lib/chart-text";
import { reviewMessages } from "../messages";
import { periodAxis, periodAxisHeight } from "../utils/period-ticks";

// Red at the bottom, on the zero line: the share that matters is read without subtracting.
const stack: { light: StatusLight; fill: string }[] = [
  { light: "red", fill: "#b42318" },
  { light: "yellow", fill: "#e0a100" },
  { light: "green", fill: "#16794a" },
];

const pct = (n: number, of: number) => (of ? (n / of) * 100 : 0);

/** The district's share of red, yellow and green per 旬, as stacked bars from zero to 100%. */
export function LightSharesChart({ review }: { review: ReviewResponse }) {
  const t = useMessages(reviewMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const rem = useRemPx();
  const { periods, shares } = review;
  const data = shares.map((s) => ({
    period: s.period,
    red: pct(s.red, s.active),
    yellow: pct(s.yellow, s.active),
    green: pct(s.green, s.active),
  }));
  const word = (light: StatusLight) => common(lightWordKey[light]);
  const cell = (n: number, of: number) =>
    t("sharesShort", { pct: formatPercent(pct(n, of), lang, 0), n });
  return (
    <ChartFrame
      caption={t("sharesCaption", {
        from: periodLabel(periods[0] ?? "", lang),
        to: periodLabel(periods.at(-1) ?? "", lang),
      })}
      columns={[t("period"), t("active"), word("red"), word("yellow"), word("green")]}
      rows={shares.map((s) => [
        periodLabel(s.period, lang),
        s.active,
        cell(s.red, s.active),
        cell(s.yellow, s.active),
        cell(s.green, s.active),
      ])}
      height={periodAxisHeight(rem)}
      className="review-chart"
    >
      {(width) => {
        const axis = periodAxis(periods, lang, rem, width);
        return (
          <BarChart data={data} margin={axis.margin} barCategoryGap="12%">
            <CartesianGrid stroke="#e3e8ef" {...horizontalGridOnly} />
            <XAxis {...axis.xAxis} />
            <YAxis
              width={axis.yAxisWidth}
              interval={0}
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tick={axisTick}
              tickFormatter={(v: number) => `${v}%`}
            />
            <Tooltip
              labelFormatter={axis.tooltipLabel}
              formatter={(value, name) => [formatPercent(Number(value), lang, 0), name]}
            />
            <Legend {...legendText(rem, "review-legend")} />
            {stack.map(({ light, fill }) => (
              <Bar
                key={light}
                dataKey={light}
                name={word(light)}
                stackId="lights"
                fill={fill}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
