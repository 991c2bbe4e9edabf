import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatProgress,
  formatScore,
  formatYi,
  formatYiGroup,
  periodLabel,
} from "./formats";

describe("periodLabel", () => {
  it("names the ten-day period in both languages", () => {
    expect(periodLabel("2023-02-3", "zh")).toBe("2023年2月下旬");
    expect(periodLabel("2023-02-1", "zh")).toBe("2023年2月上旬");
    expect(periodLabel("2023-11-2", "zh")).toBe("2023年11月中旬");
    expect(periodLabel("2023-02-3", "en")).toBe("Feb 2023, late");
    expect(periodLabel("2023-02-1", "en")).toBe("Feb 2023, early");
    expect(periodLabel("2023-09-2", "en")).toBe("Sep 2023, mid");
  });
});

describe("formatYi", () => {
  it("uses 亿元 from 1亿 up and 万元 below in Chinese", () => {
    expect(formatYi(12.5, "zh")).toBe("12.5亿元");
    expect(formatYi(1, "zh")).toBe("1亿元");
    expect(formatYi(3.456, "zh")).toBe("3.46亿元"); // two decimals at most
    expect(formatYi(3.1, "zh")).toBe("3.1亿元"); // trailing zero trimmed
    expect(formatYi(1234.5, "zh")).toBe("1,234.5亿元");
    expect(formatYi(0.35, "zh")).toBe("3,500万元"); // 0.35 × 10,000
    expect(formatYi(0.0123, "zh")).toBe("123万元"); // 0.0123 × 10,000
    expect(formatYi(0, "zh")).toBe("0万元");
    expect(formatYi(0.9999999, "zh")).toBe("1亿元"); // 9,999.999万 rounds to 10,000万 = 1亿
  });

  it("uses bn from 10亿 up and m below in English (1亿 = 100 million)", () => {
    expect(formatYi(12.5, "en")).toBe("CNY 1.25 bn"); // 12.5 / 10
    expect(formatYi(10, "en")).toBe("CNY 1 bn");
    expect(formatYi(180, "en")).toBe("CNY 18 bn");
    expect(formatYi(3.5, "en")).toBe("CNY 350 m"); // 3.5 × 100
    expect(formatYi(0.35, "en")).toBe("CNY 35 m"); // 0.35 × 100
    expect(formatYi(1.234, "en")).toBe("CNY 123.4 m");
    expect(formatYi(9.5, "en")).toBe("CNY 950 m");
  });

  it("shows a dash for a value that is not a number", () => {
    expect(formatYi(Number.NaN, "zh")).toBe("—");
  });
});

describe("formatPercent / formatScore / formatNumber", () => {
  it("formats percentages with fixed decimals", () => {
    expect(formatPercent(45.3, "zh")).toBe("45.3%");
    expect(formatPercent(45.26, "en")).toBe("45.3%");
    expect(formatPercent(100, "en")).toBe("100.0%");
    expect(formatPercent(45.256, "zh", 2)).toBe("45.26%");
    expect(formatPercent(7, "zh", 0)).toBe("7%");
  });

  it("formats scores with two decimals, rounding halves up", () => {
    expect(formatScore(85)).toBe("85.00");
    expect(formatScore(84.666666)).toBe("84.67");
    expect(formatScore(1.005)).toBe("1.01"); // the double is 1.00499…, still shown as 1.01
  });

  it("groups digits for each locale", () => {
    expect(formatNumber(1234567.891, "zh")).toBe("1,234,567.89");
    expect(formatNumber(1234567.891, "en")).toBe("1,234,567.89");
    expect(formatNumber(12.5, "en", 0)).toBe("13");
  });
});

describe("formatDate", () => {
  it("writes the date in each language's way", () => {
    expect(formatDate("2023-02-24", "zh")).toBe("2023年2月24日");
    expect(formatDate("2023-02-24", "en")).toBe("24 Feb 2023");
    expect(formatDate("2023-09-01", "en")).toBe("1 Sep 2023");
  });
});

describe("formatYiGroup", () => {
  it("writes sums shown side by side in the unit of the largest", () => {
    expect(formatYiGroup([5.14, 0.9596], "zh")).toEqual(["5.14亿元", "0.96亿元"]);
    expect(formatYiGroup([0.39, 0.1776], "zh")).toEqual(["3,900万元", "1,776万元"]);
    expect(formatYiGroup([49.11, 11.5312], "en")).toEqual(["CNY 4.91 bn", "CNY 1.15 bn"]);
    expect(formatYiGroup([5.14, 0.9596], "en")).toEqual(["CNY 514 m", "CNY 95.96 m"]);
  });

  it("keeps a small sum readable beside a large one", () => {
    expect(formatYiGroup([120, 0.0012], "zh")).toEqual(["120亿元", "0.0012亿元"]);
    expect(formatYiGroup([120, 0], "zh")).toEqual(["120亿元", "0亿元"]);
    expect(formatYiGroup([12.02, 0.9596, 5.14], "en")).toEqual([
      "CNY 1.2 bn",
      "CNY 0.096 bn",
      "CNY 0.51 bn",
    ]);
  });

  it("one sum alone is written as formatYi writes it", () => {
    for (const v of [0.35, 1, 12.5, 0.9999999]) {
      for (const lang of ["zh", "en"] as const) {
        expect(formatYiGroup([v], lang)).toEqual([formatYi(v, lang)]);
      }
    }
  });
});

describe("formatProgress", () => {
  it("always shows one decimal", () => {
    expect(formatProgress(8.6, "zh")).toBe("8.6%");
    expect(formatProgress(9, "en")).toBe("9.0%");
    expect(formatProgress(100, "zh")).toBe("100.0%");
  });
});
