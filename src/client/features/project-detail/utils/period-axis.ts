import { type Lang, periodLabel } from "../../../../domain/formats";

/** Candidate ticks: the first 旬 of each month; recharts then drops the ones that would overlap. */
export function monthTicks(periodIds: string[]): string[] {
  return periodIds.filter((id) => id.endsWith("-1"));
}

/** A month's short axis label, "2023年2月" / "Feb 2023", taken from the period's full label. */
export function monthTickLabel(periodId: string, lang: Lang): string {
  return periodLabel(periodId, lang).replace(/(上旬|中旬|下旬|, early|, mid|, late)$/, "");
}
