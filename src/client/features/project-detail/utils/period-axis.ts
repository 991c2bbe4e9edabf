import { type Lang, periodLabel } from "../../../../domain/formats";
import { xAxisText } from "../../../components/chart-frame";
import { textWidth } from "../../../lib/chart-text";

/** Candidate ticks: the first 旬 of each month. */
export function monthTicks(periodIds: string[]): string[] {
  return periodIds.filter((id) => id.endsWith("-1"));
}

const monthSteps = [1, 2, 3, 4, 6, 12];

/**
 * The month ticks that fit a plot `plotPx` wide when each label takes `labelPx` (gap included):
 * every month, or every 2nd, 3rd… counted from January so that the labels are regular (quarters,
 * half-years), and none so near the right end that its label would be cut. Chosen by arithmetic:
 * recharts' own choice measures every label in the page, which is what made the charts slow.
 */
export function spacedMonthTicks(periodIds: string[], plotPx: number, labelPx: number): string[] {
  const months = monthTicks(periodIds);
  const last = periodIds.length - 1;
  const x = (id: string) => (last > 0 ? (periodIds.indexOf(id) / last) * plotPx : 0);
  const month = (id: string) => Number(id.split("-")[1]);
  const every = (k: number) => months.filter((id) => (month(id) - 1) % k === 0);
  // The smallest calendar step whose neighbouring labels are a label's width apart.
  const apart = (ticks: string[]) =>
    ticks.every((id, i) => i === 0 || x(id) - x(ticks[i - 1] ?? id) >= labelPx);
  const chosen = every(monthSteps.find((k) => apart(every(k))) ?? 12);
  return chosen.filter((id, i) => i === 0 || plotPx - x(id) >= labelPx / 2 - 4);
}

/** A month's short axis label, "2023年2月" / "Feb 2023", taken from the period's full label. */
export function monthTickLabel(periodId: string, lang: Lang): string {
  return periodLabel(periodId, lang).replace(/(上旬|中旬|下旬|, early|, mid|, late)$/, "");
}

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
  const months = monthTicks(periodIds);
  const labelPx =
    Math.max(0, ...months.map((id) => textWidth(monthTickLabel(id, lang), 0.8 * rem))) + rem;
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
