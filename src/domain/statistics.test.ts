import { describe, expect, it } from "vitest";
import { median, populationSd, sampleSd, standardError } from "./statistics";

describe("statistics", () => {
  it("takes the median of odd and even counts, unsorted input, null when empty", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5); // (2 + 3) / 2
    expect(median([])).toBeNull();
  });

  it("divides by n for the population sd and by n − 1 for the sample sd", () => {
    // 2 4 4 4 5 5 7 9: mean 5, squared deviations sum to 32.
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(populationSd(values)).toBe(2); // √(32 / 8)
    expect(sampleSd(values)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(populationSd([])).toBeNull();
    expect(sampleSd([5])).toBeNull();
  });

  it("gives the standard error of the mean as sample sd / √n", () => {
    expect(standardError([80, 82, 84])).toBeCloseTo(2 / Math.sqrt(3), 12); // sd 2
    expect(standardError([80])).toBeNull();
  });
});
