// The month ticks of a chart over 旬, chosen by arithmetic: recharts' own choice (an interval like
// "preserveStartEnd") measures every label in the page, which is what made the charts slow.
import { type Lang, periodLabel } from "../../domain/formats";
import { textWidth } from "./chart-text";

/** Candidate ticks: the first 旬 of each month. */
export function monthTicks(periodIds: readonly string[]): string[] {
  return periodIds.filter((id) => id.endsWith("-1"));
}

const monthSteps = [1, 2, 3, 4, 6, 12];

/**
 * The month ticks that fit a plot `plotPx` wide when each label takes `labelPx` (gap included):
 * every month, or every 2nd, 3rd… counted from January so that the labels are regular (quarters,
 * half-years), and none so near the right end that its label would be cut.
 */
export function spacedMonthTicks(
  periodIds: readonly string[],
  plotPx: number,
  labelPx: number,
): string[] {
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

/** The room a month label takes along the axis (at the axis's 0.8rem), a rem of gap included. */
export function monthLabelPx(periodIds: readonly string[], lang: Lang, rem: number): number {
  const widths = monthTicks(periodIds).map((id) => textWidth(monthTickLabel(id, lang), 0.8 * rem));
  return Math.max(0, ...widths) + rem;
}
