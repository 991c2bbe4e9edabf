import { type Lang, periodLabel } from "../../../../domain/formats";
import { xAxisText } from "../../../components/chart-frame";

/**
 * The x axis over 旬: ticks on the first 旬 of a month (recharts drops those that would overlap),
 * labelled with the month alone ("2023年2月" / "Feb 2023"); the tooltip names the whole 旬.
 */
export function periodAxis(periods: readonly string[], lang: Lang, rem: number) {
  return {
    xAxis: {
      ...xAxisText(rem),
      dataKey: "period",
      ticks: periods.filter((id) => id.endsWith("-1")),
      tickFormatter: (id: string) =>
        periodLabel(id, lang).replace(/(上旬|中旬|下旬|, early|, mid|, late)$/, ""),
      interval: "preserveStartEnd" as const,
      minTickGap: rem,
    },
    tooltipLabel: (id: unknown) => periodLabel(String(id), lang),
    height: Math.round(Math.max(260, 17.5 * rem)),
    margin: { top: 0.5 * rem, right: 0.8 * rem, bottom: 0, left: 0.2 * rem },
  };
}
