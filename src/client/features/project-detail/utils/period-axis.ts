import { type Lang, periodLabel } from "../../../../domain/formats";
import { xAxisText } from "../../../components/chart-frame";

/** Candidate ticks: the first 旬 of each month; recharts then drops the ones that would overlap. */
export function monthTicks(periodIds: string[]): string[] {
  return periodIds.filter((id) => id.endsWith("-1"));
}

/** A month's short axis label, "2023年2月" / "Feb 2023", taken from the period's full label. */
export function monthTickLabel(periodId: string, lang: Lang): string {
  return periodLabel(periodId, lang).replace(/(上旬|中旬|下旬|, early|, mid|, late)$/, "");
}

/**
 * What the charts over 旬 share (investment, progress): their height (in rem, so they keep their shape
 * when the type grows), the plot margins, a month-labelled x axis and the tooltip's period name.
 * `rem` is pixels per rem.
 */
export function periodChart(periodIds: string[], lang: Lang, rem: number) {
  return {
    height: Math.round(Math.max(260, 17.5 * rem)),
    margin: { top: 0.5 * rem, right: 0.8 * rem, bottom: 0, left: 0.2 * rem },
    xAxis: {
      dataKey: "period",
      ticks: monthTicks(periodIds),
      tickFormatter: (id: string) => monthTickLabel(id, lang),
      interval: "preserveStartEnd" as const,
      minTickGap: rem,
      ...xAxisText(rem),
    },
    tooltipLabel: (id: unknown) => periodLabel(String(id), lang),
  };
}
