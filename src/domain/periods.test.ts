import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  dayOfYear,
  daysBetween,
  listPeriods,
  nextPeriod,
  periodEnd,
  periodOfDate,
  periodStart,
  timeElapsedShareOfYear,
} from "./periods";

describe("periodOfDate", () => {
  it("puts days 1–10, 11–20 and 21–end in 上旬, 中旬 and 下旬", () => {
    expect(periodOfDate("2023-02-01")).toBe("2023-02-1");
    expect(periodOfDate("2023-02-10")).toBe("2023-02-1");
    expect(periodOfDate("2023-02-11")).toBe("2023-02-2");
    expect(periodOfDate("2023-02-20")).toBe("2023-02-2");
    expect(periodOfDate("2023-02-21")).toBe("2023-02-3");
    expect(periodOfDate("2023-02-24")).toBe("2023-02-3"); // the 观摩会 day
    expect(periodOfDate("2023-12-31")).toBe("2023-12-3");
  });

  it("rejects impossible dates", () => {
    expect(() => periodOfDate("2023-02-29")).toThrow(RangeError); // 2023 is not a leap year
    expect(() => periodOfDate("2023-13-01")).toThrow(RangeError);
    expect(() => periodOfDate("24/02/2023")).toThrow(RangeError);
  });
});

describe("periodStart / periodEnd", () => {
  it("spans ten days for 上旬 and 中旬", () => {
    expect(periodStart("2023-02-1")).toBe("2023-02-01");
    expect(periodEnd("2023-02-1")).toBe("2023-02-10");
    expect(periodStart("2023-02-2")).toBe("2023-02-11");
    expect(periodEnd("2023-02-2")).toBe("2023-02-20");
    expect(periodStart("2023-02-3")).toBe("2023-02-21");
  });

  it("ends 下旬 on the month's last day, leap years included", () => {
    expect(periodEnd("2023-02-3")).toBe("2023-02-28"); // 2023 % 4 ≠ 0
    expect(periodEnd("2024-02-3")).toBe("2024-02-29"); // 2024 % 4 = 0, % 100 ≠ 0
    expect(periodEnd("2000-02-3")).toBe("2000-02-29"); // 2000 % 400 = 0
    expect(periodEnd("2100-02-3")).toBe("2100-02-28"); // 2100 % 100 = 0, % 400 ≠ 0
    expect(periodEnd("2023-04-3")).toBe("2023-04-30");
    expect(periodEnd("2023-12-3")).toBe("2023-12-31");
  });

  it("rejects malformed ids", () => {
    expect(() => periodEnd("2023-02-4")).toThrow(RangeError);
    expect(() => periodStart("2023-2-1")).toThrow(RangeError);
  });
});

describe("nextPeriod / listPeriods / comparePeriods", () => {
  it("steps across month and year ends", () => {
    expect(nextPeriod("2023-02-2")).toBe("2023-02-3");
    expect(nextPeriod("2023-02-3")).toBe("2023-03-1");
    expect(nextPeriod("2023-12-3")).toBe("2024-01-1");
  });

  it("lists periods inclusively, across the leap February of 2024", () => {
    expect(listPeriods("2024-01-3", "2024-03-1")).toEqual([
      "2024-01-3",
      "2024-02-1",
      "2024-02-2",
      "2024-02-3",
      "2024-03-1",
    ]);
    expect(listPeriods("2023-12-3", "2024-01-1")).toEqual(["2023-12-3", "2024-01-1"]);
    expect(listPeriods("2023-02-3", "2023-02-3")).toEqual(["2023-02-3"]);
    expect(listPeriods("2023-03-1", "2023-02-3")).toEqual([]);
    expect(listPeriods("2023-01-1", "2023-12-3")).toHaveLength(36); // 12 months × 3
  });

  it("orders by year, then month, then part", () => {
    expect(comparePeriods("2023-02-3", "2023-03-1")).toBeLessThan(0);
    expect(comparePeriods("2024-01-1", "2023-12-3")).toBeGreaterThan(0);
    expect(comparePeriods("2023-02-2", "2023-02-2")).toBe(0);
  });
});

describe("dayOfYear / daysBetween", () => {
  it("counts days of the year from 1", () => {
    expect(dayOfYear("2023-01-01")).toBe(1);
    expect(dayOfYear("2023-02-24")).toBe(55); // 31 + 24
    expect(dayOfYear("2023-03-01")).toBe(60); // 31 + 28 + 1
    expect(dayOfYear("2024-03-01")).toBe(61); // 31 + 29 + 1
    expect(dayOfYear("2024-12-31")).toBe(366);
  });

  it("counts whole days, signed, across month ends and leap days", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2); // 28 → 29 → 1
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
    expect(daysBetween("2023-02-24", "2023-02-24")).toBe(0);
    expect(daysBetween("2023-03-01", "2023-02-24")).toBe(-5); // 24 → 28 is 4, + 1
    expect(daysBetween("2023-12-31", "2024-12-31")).toBe(366); // all of 2024
  });
});

describe("timeElapsedShareOfYear", () => {
  it("is the share of the year elapsed at the end of the day", () => {
    expect(timeElapsedShareOfYear("2023-12-31")).toBe(100); // 365 / 365
    expect(timeElapsedShareOfYear("2023-01-01")).toBeCloseTo((1 / 365) * 100, 10); // ≈ 0.274
    expect(timeElapsedShareOfYear("2023-02-24")).toBeCloseTo((55 / 365) * 100, 10); // ≈ 15.07
    expect(timeElapsedShareOfYear("2024-07-01")).toBe(50); // 183 / 366
    expect(timeElapsedShareOfYear("2024-12-31")).toBe(100); // 366 / 366
  });
});
