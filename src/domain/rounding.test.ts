import { describe, expect, it } from "vitest";
import { roundTo } from "./rounding";

/** The rule as written: cut to 15 significant digits, then round half away from zero. */
function byTheRule(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const rounded = Math.round(Number((Math.abs(value) * factor).toPrecision(15))) / factor;
  return value < 0 ? -rounded : rounded;
}

describe("roundTo", () => {
  it("rounds halves away from zero despite float noise", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(8.1 + 7.2, 2)).toBe(15.3);
    expect(roundTo(0.125, 2)).toBe(0.13);
  });

  it("gives the rule's answer everywhere, halves and near-halves included", () => {
    const values: number[] = [];
    for (let k = 0; k < 20_000; k++)
      values.push(k / 1000, k / 200 + 0.005, (k * 0.1 + 0.2) * 3, k / 8, -k / 16, k * 1.0000001);
    for (const v of values)
      for (const digits of [0, 1, 2, 4]) expect(roundTo(v, digits)).toBe(byTheRule(v, digits));
  });
});
