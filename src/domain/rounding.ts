/**
 * Round half away from zero to `digits` decimals. The value is first cut to 15 significant digits so
 * that float noise (1.005 × 100 = 100.49999…) does not decide which way a half rounds.
 */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 ? -rounded : rounded;
}
