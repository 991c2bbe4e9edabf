/**
 * Display formats for both languages. Locales are always passed explicitly, and month names are our
 * own, so output does not depend on the runtime's default locale or ICU version.
 */
import { defineMessages, type Lang, LOCALE, text } from "./i18n";
import { parseIsoDate, parsePeriodId } from "./periods";
import { roundTo } from "./rounding";

// Many views import the language type along with the formats; it is declared once, in i18n.
export type { Lang } from "./i18n";

// Spelled out because newer ICU data writes September as "Sept" in en-GB.
const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const PERIOD_PART: Record<Lang, Record<1 | 2 | 3, string>> = {
  zh: { 1: "上旬", 2: "中旬", 3: "下旬" },
  en: { 1: "early", 2: "mid", 3: "late" },
};
const MISSING = "—";

/** Number with the language's digit grouping; `maxDigits` decimals at most, trailing zeros dropped. */
// Building an Intl.NumberFormat costs far more than using one, and pages format thousands of
// numbers: one per language and digit count is kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, maxDigits = 2, minDigits = 0): string {
  if (!Number.isFinite(value)) return MISSING;
  const key = `${lang} ${minDigits} ${maxDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
      useGrouping: true,
    });
    numberFormats.set(key, format);
  }
  return format.format(roundTo(value, maxDigits));
}

const dateMessages = defineMessages({
  zh: { date: "{year}年{month}月{day}日", period: "{year}年{month}月{part}" },
  en: { date: "{day} {month} {year}", period: "{month} {year}, {part}" },
});
const MONTH: Record<Lang, (month: number) => string> = {
  zh: String,
  en: (month) => MONTHS_EN[month - 1],
};

/** "2023年2月下旬" / "Feb 2023, late". */
export function periodLabel(periodId: string, lang: Lang): string {
  const { year, month, part } = parsePeriodId(periodId);
  return text(dateMessages, "period", lang, {
    year,
    month: MONTH[lang](month),
    part: PERIOD_PART[lang][part],
  });
}

/** The unit a sum of money is written in: 亿元 / 万元 in Chinese, billion / million CNY in English. */
export type MoneyUnit = "yi" | "wan" | "bn" | "m";

const MONEY_SCALE: Record<MoneyUnit, number> = { yi: 1, wan: 10_000, bn: 0.1, m: 100 };

/**
 * Money held in 亿元. Chinese: 亿元 from 1亿 up, 万元 below. English: 1亿 = 100 million, so billions
 * from 10亿 up and millions below. Decided on the rounded figure so that 0.999999亿 is 亿元, not
 * "10,000万元". For a group of sums shown side by side, the largest one decides, so all of them
 * share one unit and can be compared at a glance.
 */
export function moneyUnitFor(valuesInYi: number[], lang: Lang): MoneyUnit {
  const finite = valuesInYi.filter(Number.isFinite).map(Math.abs);
  const largest = finite.length ? Math.max(...finite) : 0;
  if (lang === "zh") return roundTo(largest * 10_000, 2) < 10_000 ? "wan" : "yi";
  return roundTo(largest * 100, 2) < 1_000 ? "m" : "bn";
}

/**
 * A sum in the given unit: two decimals at most, more (up to four) for a sum under 1 so it keeps two
 * significant digits: a small sum beside a large one reads "0.096 bn", not "0.1 bn" or "0 bn".
 */
export function formatYiIn(valueInYi: number, unit: MoneyUnit, lang: Lang): string {
  if (!Number.isFinite(valueInYi)) return MISSING;
  const scaled = valueInYi * MONEY_SCALE[unit];
  const magnitude = scaled === 0 ? 0 : Math.floor(Math.log10(Math.abs(scaled)));
  const digits = Math.min(4, Math.max(2, 1 - magnitude));
  const n = formatNumber(scaled, lang, digits);
  switch (unit) {
    case "yi":
      return `${n}亿元`;
    case "wan":
      return `${n}万元`;
    case "bn":
      return `CNY ${n} bn`;
    case "m":
      return `CNY ${n} m`;
  }
}

/** 万元 as people type it → 亿元 as stored (1亿元 = 10,000万元). */
export const wanToYi = (wan: number): number => wan / 10_000;
/** 亿元 as stored → 万元 as a form shows it, without float noise (0.0012亿 → 12, not 11.999…). */
export const yiToWan = (yi: number): number => roundTo(yi * 10_000, 4);

/** "3,500万元" / "12.5亿元" / "CNY 35 m" / "CNY 1.25 bn", the unit chosen for this sum alone. */
export function formatYi(valueInYi: number, lang: Lang): string {
  return formatYiIn(valueInYi, moneyUnitFor([valueInYi], lang), lang);
}

/** Sums shown side by side, all in the unit the largest of them needs. */
export function formatYiGroup(valuesInYi: number[], lang: Lang): string[] {
  const unit = moneyUnitFor(valuesInYi, lang);
  return valuesInYi.map((v) => formatYiIn(v, unit, lang));
}

/** "45.3%": always `digits` decimals, so a column of percentages lines up. */
export function formatPercent(value: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(value)) return MISSING;
  return `${formatNumber(value, lang, digits, digits)}%`;
}

/** 形象进度 (0–100) is shown with one decimal everywhere: map, tables, project page, exports, wall. */
export const PROGRESS_DIGITS = 1;

/** "8.6%": 形象进度 in the one format every view uses. */
export function formatProgress(value: number, lang: Lang): string {
  return formatPercent(value, lang, PROGRESS_DIGITS);
}

/** Scores always show two decimals ("85.00"), without grouping; the same in both languages. */
export function formatScore(value: number): string {
  if (!Number.isFinite(value)) return MISSING;
  return roundTo(value, 2).toFixed(2);
}

/** "2023年2月24日" / "24 Feb 2023". */
export function formatDate(isoDate: string, lang: Lang): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return text(dateMessages, "date", lang, { year, month: MONTH[lang](month), day });
}
