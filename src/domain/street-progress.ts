import type { StatusLight } from "./status-rules";

type Row = {
  street: string;
  streetEn: string;
  ytdInvestment: number;
  yearPlanInvestment: number;
  status: StatusLight;
};

export type StreetProgress = {
  street: string;
  streetEn: string;
  projects: number;
  /** The street's year plan done: its projects' investment this year over their plans, %. */
  donePct: number;
  red: number;
  yellow: number;
};

/**
 * Year plan done per street (街道/镇), the furthest behind first: what a wall shows instead of one
 * bar per project when a city's list has thousands. Sums, not an average of percentages, so a big
 * project weighs as much as its plan does.
 */
export function streetProgress(rows: readonly Row[]): StreetProgress[] {
  const byStreet = new Map<string, StreetProgress & { ytd: number; plan: number }>();
  for (const row of rows) {
    const street = byStreet.get(row.street) ?? {
      street: row.street,
      streetEn: row.streetEn,
      projects: 0,
      donePct: 0,
      red: 0,
      yellow: 0,
      ytd: 0,
      plan: 0,
    };
    street.projects += 1;
    street.ytd += row.ytdInvestment;
    street.plan += row.yearPlanInvestment;
    if (row.status === "red") street.red += 1;
    if (row.status === "yellow") street.yellow += 1;
    byStreet.set(row.street, street);
  }
  return [...byStreet.values()]
    .map(({ ytd, plan, ...street }) => ({
      ...street,
      donePct: plan > 0 ? Math.round((ytd / plan) * 1000) / 10 : 0,
    }))
    .sort((a, b) => a.donePct - b.donePct || a.street.localeCompare(b.street, "zh"));
}
