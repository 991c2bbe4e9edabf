/**
 * Display formats for both languages. Locales are always passed explicitly, and month names are our
 * own, so output does not depend on the runtime's default locale or ICU version.
 */
import { parseIsoDate, parsePeriodId } from "./periods";
import { roundTo } from "./rounding";

export type Lang = "zh" | "en";

const NUMBER_LOCALE: Record<Lang, string> = { zh: "zh-CN", en: "en-GB" };
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
const PERIOD_PART_ZH = { 1: "上旬", 2: "中旬", 3: "下旬" } as const;
const PERIOD_PART_EN = { 1: "early", 2: "mid", 3: "late" } as const;
const MISSING = "—";

/** Number with the language's digit grouping; `maxDigits` decimals at most, trailing zeros dropped. */
export function formatNumber(value: number, lang: Lang, maxDigits = 2, minDigits = 0): string {
  if (!Number.isFinite(value)) return MISSING;
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], {
    minimumFractionDigits: minDigits,
    maximumFractionDigits: maxDigits,
    useGrouping: true,
  }).format(roundTo(value, maxDigits));
}

/** "2023年2月下旬" / "Feb 2023, late". */
export function periodLabel(periodId: string, lang: Lang): string {
  const { year, month, part } = parsePeriodId(periodId);
  return lang === "zh"
    ? `${year}年${month}月${PERIOD_PART_ZH[part]}`
    : `${MONTHS_EN[month - 1]} ${year}, ${PERIOD_PART_EN[part]}`;
}

/**
 * Money held in 亿元. Chinese: 亿元 from 1亿 up, 万元 below ("3,500万元"). English: 1亿 = 100 million, so
 * "CNY 1.25 bn" from 10亿 up and "CNY 35 m" below. The unit is chosen on the rounded figure so that
 * 0.999999亿 reads "1亿元" rather than "10,000万元".
 */
export function formatYi(valueInYi: number, lang: Lang): string {
  if (!Number.isFinite(valueInYi)) return MISSING;
  if (lang === "zh") {
    const wan = roundTo(valueInYi * 10_000, 2);
    return Math.abs(wan) < 10_000
      ? `${formatNumber(wan, "zh")}万元`
      : `${formatNumber(valueInYi, "zh")}亿元`;
  }
  const millions = roundTo(valueInYi * 100, 2);
  return Math.abs(millions) < 1_000
    ? `CNY ${formatNumber(millions, "en")} m`
    : `CNY ${formatNumber(valueInYi / 10, "en")} bn`;
}

/** "45.3%": always `digits` decimals, so a column of percentages lines up. */
export function formatPercent(value: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(value)) return MISSING;
  return `${formatNumber(value, lang, digits, digits)}%`;
}

/** Scores always show two decimals ("85.00"), without grouping; the same in both languages. */
export function formatScore(value: number): string {
  if (!Number.isFinite(value)) return MISSING;
  return roundTo(value, 2).toFixed(2);
}

/** "2023年2月24日" / "24 Feb 2023". */
export function formatDate(isoDate: string, lang: Lang): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return lang === "zh" ? `${year}年${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}
