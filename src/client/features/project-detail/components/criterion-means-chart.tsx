import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { barAxis } from "../../../../domain/bar-scale";
import { formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import type { Criterion } from "../../../../domain/scoring-schemas";
import {
  axisTick,
  ChartFrame,
  legendText,
  verticalGridOnly,
  xAxisText,
} from "../../../components/chart-frame";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { textWidth, useRemPx } from "../../../lib/chart-text";
import { detailMessages } from "../messages";

type Props = { criteria: Criterion[]; result: ProjectResult };

/** Each criterion's mean as a bar filled towards its maximum; the rest of the bar is what was missed. */
export function CriterionMeansChart({ criteria, result }: Props) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const rem = useRemPx();
  const data = criteria.map((c) => {
    const mean = result.criterionMeans[c.id] ?? 0;
    return { name: localized(c, "name", lang), mean, gap: Math.max(0, c.max - mean), max: c.max };
  });
  const top = Math.max(...criteria.map((c) => c.max));
  const step = top <= 25 ? 5 : 10;
  // Chinese names do not wrap, so the axis is as wide as the longest; English ones wrap onto lines.
  const labelWidth =
    lang === "zh"
      ? Math.ceil(Math.max(0, ...data.map((d) => textWidth(d.name, 0.8 * rem))) + 10 + 0.25 * rem)
      : Math.round(10 * rem);
  return (
    <ChartFrame
      caption={t("criteriaCaption")}
      columns={[t("criterion"), t("mean"), t("max")]}
      rows={criteria.map((c) => {
        const mean = result.criterionMeans[c.id];
        return [localized(c, "name", lang), mean == null ? "—" : formatScore(mean), c.max];
      })}
      height={Math.round(Math.max(48, 3.2 * rem) + criteria.length * Math.max(40, 2.7 * rem))}
    >
      {/* Sized in rem so that rows keep room for their labels when the type grows. */}
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 0.25 * rem, right: rem, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke="#e3e8ef" {...verticalGridOnly} />
        <XAxis
          type="number"
          domain={barAxis(top)}
          ticks={Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step)}
          {...xAxisText(rem)}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={labelWidth}
          // Every criterion is named; recharts would otherwise drop labels it thinks crowded.
          interval={0}
          tick={axisTick}
        />
        <Tooltip
          formatter={(value, name, item) =>
            name === t("gap")
              ? [`${formatScore(Number(item.payload.max))}`, t("max")]
              : [formatScore(Number(value)), name]
          }
        />
        <Legend {...legendText(rem, "detail-legend")} />
        <Bar dataKey="mean" name={t("mean")} stackId="c" fill="#1d5fa8" isAnimationActive={false} />
        <Bar dataKey="gap" name={t("gap")} stackId="c" fill="#dbe3ee" isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
