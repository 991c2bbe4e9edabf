import { type Lang, periodLabel } from "../../../../domain/formats";
import { xAxisText } from "../../../components/chart-frame";
import { textWidth } from "../../../lib/chart-text";
import { monthLabelPx, monthTickLabel, spacedMonthTicks } from "../../../lib/month-ticks";

/**
 * The x axis over 旬 for a chart `width` pixels wide: ticks on the first 旬 of the months that fit
 * (worked out here, so recharts draws them all and measures none), labelled with the month alone
 * ("2023年2月" / "Feb 2023"); the tooltip names the whole 旬. Percent on the value axis.
 */
export function periodAxis(periods: readonly string[], lang: Lang, rem: number, width: number) {
  const margin = { top: 0.5 * rem, right: 0.8 * rem, bottom: 0, left: 0.2 * rem };
  const yAxisWidth = Math.ceil(textWidth("100%", 0.8 * rem) + 10);
  const plotPx = width - yAxisWidth - margin.left - margin.right;
  return {
    xAxis: {
      ...xAxisText(rem),
      dataKey: "period",
      ticks: spacedMonthTicks(periods, plotPx, monthLabelPx(periods, lang, rem)),
      tickFormatter: (id: string) => monthTickLabel(id, lang),
    },
    yAxisWidth,
    tooltipLabel: (id: unknown) => periodLabel(String(id), lang),
    margin,
  };
}

/** The height of a chart over 旬, in rem so that it keeps its shape when the type grows. */
export const periodAxisHeight = (rem: number) => Math.round(Math.max(260, 17.5 * rem));
