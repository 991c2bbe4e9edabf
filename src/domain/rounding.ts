/**
 * Round half away from zero to `digits` decimals. The value is first cut to 15 significant digits so
 * that float noise (1.005 × 100 = 100.49999…) does not decide which way a half rounds.
 */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const raw = Math.abs(value) * factor;
  // Cutting to 15 significant digits moves a value by under 5e-14 of itself, so it can only
  // change the rounding when the value lies that close to a half; elsewhere skip the (slow)
  // string round trip: results sum hundreds of thousands of sheets.
  const fraction = raw - Math.floor(raw);
  const scaled =
    Math.abs(fraction - 0.5) > 1e-12 * Math.max(1, raw) ? raw : Number(raw.toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 ? -rounded : rounded;
}
