import { describe, expect, it } from "vitest";
import { spacedMonthTicks } from "./month-ticks";

// Three 旬 a month, 2022-01 to 2023-02.
const periods = Array.from({ length: 14 }, (_, m) => {
  const year = 2022 + Math.floor(m / 12);
  const month = String((m % 12) + 1).padStart(2, "0");
  return [1, 2, 3].map((x) => `${year}-${month}-${x}`);
}).flat();

describe("spacedMonthTicks", () => {
  it("labels every month when there is room", () => {
    expect(spacedMonthTicks(periods, 2000, 80)).toHaveLength(14);
  });

  it("keeps labels apart by whole calendar steps when room is short", () => {
    const ticks = spacedMonthTicks(periods, 400, 80);
    expect(ticks).toEqual(["2022-01-1", "2022-04-1", "2022-07-1", "2022-10-1", "2023-01-1"]);
    // Neighbouring labels never overlap.
    const x = (id: string) => (periods.indexOf(id) / (periods.length - 1)) * 400;
    for (let i = 1; i < ticks.length; i++)
      expect(x(ticks[i] as string) - x(ticks[i - 1] as string)).toBeGreaterThanOrEqual(80);
  });

  it("drops a label so near the right end that it would be cut", () => {
    const short = periods.slice(0, 3 * 6 + 1); // ends on the first 旬 of July
    expect(spacedMonthTicks(short, 300, 80)).not.toContain("2022-07-1");
  });

  it("gives at least the first month on a tiny chart", () => {
    expect(spacedMonthTicks(periods, 50, 80)).toEqual(["2022-01-1"]);
  });
});
