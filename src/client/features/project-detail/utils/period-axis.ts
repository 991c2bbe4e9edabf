import { type Lang, periodLabel } from "../../../../domain/formats";
import { xAxisText } from "../../../components/chart-frame";
import { monthLabelPx, monthTickLabel, spacedMonthTicks } from "../../../lib/month-ticks";

/** The height of a chart over 旬, in rem so that it keeps its shape when the type grows. */
export function periodChartHeight(rem: number): number {
  return Math.round(Math.max(260, 17.5 * rem));
}

/**
 * What the charts over 旬 share (investment, progress): the plot margins, the month ticks that fit
 * and their labels, the room below the plot for them, and the tooltip's period name. `rem` is
 * pixels per rem; `width` the chart's and `yAxisWidth` its value axis's, in pixels.
 */
export function periodChart(
  periodIds: string[],
  lang: Lang,
  rem: number,
  width: number,
  yAxisWidth: number,
) {
  const margin = { top: 0.5 * rem, right: 0.8 * rem, bottom: 0, left: 0.2 * rem };
  const labelPx = monthLabelPx(periodIds, lang, rem);
  const { height, tickMargin } = xAxisText(rem);
  return {
    margin,
    ticks: spacedMonthTicks(periodIds, width - yAxisWidth - margin.left - margin.right, labelPx),
    tickLabel: (id: string) => monthTickLabel(id, lang),
    xAxisHeight: height,
    tickMargin,
    tooltipLabel: (id: string) => periodLabel(id, lang),
  };
}
