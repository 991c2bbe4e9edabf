/**
 * 旬 (ten-day periods) and calendar arithmetic on ISO dates. All maths is in UTC so that the local
 * time zone of a browser or server can never move a date by a day.
 */

/** 1 = 上旬 (days 1–10), 2 = 中旬 (11–20), 3 = 下旬 (21 to the month's end). */
export type PeriodPart = 1 | 2 | 3;
export type ParsedPeriod = { year: number; month: number; part: PeriodPart };
export type ParsedDate = { year: number; month: number; day: number };

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD_ID = /^(\d{4})-(0[1-9]|1[0-2])-([123])$/;

const pad2 = (n: number) => String(n).padStart(2, "0");
const pad4 = (n: number) => String(n).padStart(4, "0");

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Parses "YYYY-MM-DD", rejecting impossible dates such as 2023-02-29. */
export function parseIsoDate(isoDate: string): ParsedDate {
  const known = parsedDates.get(isoDate);
  if (known) return { ...known };
  const match = ISO_DATE.exec(isoDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      remember(parsedDates, isoDate, { year, month, day });
      return { year, month, day };
    }
  }
  throw new RangeError(`not an ISO calendar date: ${isoDate}`);
}

/**
 * A city's review reads the same few hundred dates and 旬 ids millions of times: each is parsed
 * once. Bounded, so odd input cannot grow it without end; callers get copies.
 */
const parsedDates = new Map<string, ParsedDate>();
const parsedPeriods = new Map<string, ParsedPeriod>();
function remember<T>(cache: Map<string, T>, key: string, value: T) {
  if (cache.size >= 20_000) cache.clear();
  cache.set(key, value);
}

export function toIsoDate({ year, month, day }: ParsedDate): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function parsePeriodId(periodId: string): ParsedPeriod {
  const known = parsedPeriods.get(periodId);
  if (known) return { ...known };
  const match = PERIOD_ID.exec(periodId);
  if (!match) throw new RangeError(`not a ten-day period id: ${periodId}`);
  const parsed = {
    year: Number(match[1]),
    month: Number(match[2]),
    part: Number(match[3]) as PeriodPart,
  };
  remember(parsedPeriods, periodId, parsed);
  return { ...parsed };
}

export function toPeriodId({ year, month, part }: ParsedPeriod): string {
  return `${pad4(year)}-${pad2(month)}-${part}`;
}

const utcMillis = (isoDate: string) => {
  const { year, month, day } = parseIsoDate(isoDate);
  return Date.UTC(year, month - 1, day);
};

/** The period containing a date: "2023-02-24" → "2023-02-3". */
export function periodOfDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const part: PeriodPart = day <= 10 ? 1 : day <= 20 ? 2 : 3;
  return toPeriodId({ year, month, part });
}

export function periodStart(periodId: string): string {
  const { year, month, part } = parsePeriodId(periodId);
  return toIsoDate({ year, month, day: (part - 1) * 10 + 1 });
}

/** Last day of the period; for 下旬 that is the month's last day (28, 29, 30 or 31). */
export function periodEnd(periodId: string): string {
  const { year, month, part } = parsePeriodId(periodId);
  const day = part === 3 ? daysInMonth(year, month) : part * 10;
  return toIsoDate({ year, month, day });
}

export function nextPeriod(periodId: string): string {
  const { year, month, part } = parsePeriodId(periodId);
  if (part < 3) return toPeriodId({ year, month, part: (part + 1) as PeriodPart });
  return month === 12
    ? toPeriodId({ year: year + 1, month: 1, part: 1 })
    : toPeriodId({ year, month: month + 1, part: 1 });
}

/**
 * Negative when a is earlier than b, 0 when equal, positive when later. Period ids are fixed-width
 * (YYYY-MM-P), so their text order is their order in time: no parsing on a path taken thousands of
 * times per history. A malformed id still throws.
 */
export function comparePeriods(a: string, b: string): number {
  if (!parsedPeriods.has(a)) parsePeriodId(a);
  if (!parsedPeriods.has(b)) parsePeriodId(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every period from `fromId` to `toId`, both included; empty when `fromId` is later. */
export function listPeriods(fromId: string, toId: string): string[] {
  const periods: string[] = [];
  for (let id = fromId; comparePeriods(id, toId) <= 0; id = nextPeriod(id)) periods.push(id);
  return periods;
}

/** 1 for 1 January, 365 (366 in a leap year) for 31 December. */
export function dayOfYear(isoDate: string): number {
  const { year } = parseIsoDate(isoDate);
  return (utcMillis(isoDate) - Date.UTC(year, 0, 1)) / MS_PER_DAY + 1;
}

/** 序时进度: share of the year elapsed at the end of the given day, % (31 December → 100). */
export function timeElapsedShareOfYear(isoDate: string): number {
  const { year } = parseIsoDate(isoDate);
  return (dayOfYear(isoDate) / daysInYear(year)) * 100;
}

/** Whole days from a to b: positive when b is later ("2023-02-24", "2023-03-01" → 5). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMillis(b) - utcMillis(a)) / MS_PER_DAY);
}
