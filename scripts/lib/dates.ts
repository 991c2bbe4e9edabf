/** Calendar helpers on ISO dates (UTC, whole days) and ten-day periods (旬). */

const DAY = 86_400_000;

export const toDay = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
};

export const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => fromDay(toDay(iso) + days);

export const daysBetween = (from: string, to: string): number => toDay(to) - toDay(from);

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export type Period = {
  /** e.g. "2023-02-3" */
  id: string;
  year: number;
  month: number;
  /** 1 = 上旬 (1–10), 2 = 中旬 (11–20), 3 = 下旬 (21–end). */
  third: 1 | 2 | 3;
  start: string;
  end: string;
};

/** Every 旬 from the first period of `from` (YYYY-MM) through the last of `to` (YYYY-MM). */
export function periodsBetween(from: string, to: string): Period[] {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  const out: Period[] = [];
  for (let index = fy * 12 + fm - 1; index <= ty * 12 + tm - 1; index++) {
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const mm = String(m).padStart(2, "0");
    const last = daysInMonth(y, m);
    const bounds: Array<[1 | 2 | 3, number, number]> = [
      [1, 1, 10],
      [2, 11, 20],
      [3, 21, last],
    ];
    for (const [third, a, b] of bounds)
      out.push({
        id: `${y}-${mm}-${third}`,
        year: y,
        month: m,
        third,
        start: `${y}-${mm}-${String(a).padStart(2, "0")}`,
        end: `${y}-${mm}-${String(b).padStart(2, "0")}`,
      });
  }
  return out;
}

/** Day of the year (1 = 1 January) and the year's length, for 序时进度. */
export function yearFraction(iso: string): { dayOfYear: number; daysInYear: number } {
  const year = iso.slice(0, 4);
  const dayOfYear = daysBetween(`${year}-01-01`, iso) + 1;
  const daysInYear = daysBetween(`${year}-01-01`, `${Number(year) + 1}-01-01`);
  return { dayOfYear, daysInYear };
}
