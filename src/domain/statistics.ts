/** Small descriptive statistics over plain numbers; null where a figure is undefined. */
import { mean } from "./trimmed-mean";

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function sumOfSquaredDeviations(values: readonly number[], centre: number): number {
  return values.reduce((sum, v) => sum + (v - centre) ** 2, 0);
}

/** Divides by n: the spread of exactly these values (e.g. every evaluator of the event). */
export function populationSd(values: readonly number[]): number | null {
  const centre = mean(values);
  if (centre === null) return null;
  return Math.sqrt(sumOfSquaredDeviations(values, centre) / values.length);
}

/** Divides by n − 1: the spread estimated from a sample (e.g. the sheets a project happened to get). */
export function sampleSd(values: readonly number[]): number | null {
  const centre = mean(values);
  if (centre === null || values.length < 2) return null;
  return Math.sqrt(sumOfSquaredDeviations(values, centre) / (values.length - 1));
}

/** Standard error of the mean, sd / √n with the sample sd; null below two values. */
export function standardError(values: readonly number[]): number | null {
  const sd = sampleSd(values);
  return sd === null ? null : sd / Math.sqrt(values.length);
}
