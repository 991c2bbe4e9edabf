import { describe, expect, it } from "vitest";
import { outOfChina, wgs84ToGcj02 } from "./gcj02";

// Reference pairs from eviltransform's own test suite (wgsLat, wgsLng, gcjLat, gcjLng).
const cases = [
  ["Shanghai", 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215],
  ["Shenzhen", 22.543847, 113.912316, 22.540796131694766, 113.9171764808363],
  ["Beijing", 39.911954, 116.377817, 39.91334545536069, 116.38404722455657],
] as const;

describe("wgs84ToGcj02", () => {
  it.each(cases)("matches the reference value in %s", (_, lat, lng, gcjLat, gcjLng) => {
    const gcj = wgs84ToGcj02(lat, lng);
    expect(gcj.lat).toBeCloseTo(gcjLat, 7);
    expect(gcj.lng).toBeCloseTo(gcjLng, 7);
  });

  it("shifts a point in Jimo by a few hundred metres, not kilometres", () => {
    const wgs = { lat: 36.39, lng: 120.45 };
    const gcj = wgs84ToGcj02(wgs.lat, wgs.lng);
    const metresPerDegree = 111_320;
    const dy = (gcj.lat - wgs.lat) * metresPerDegree;
    const dx = (gcj.lng - wgs.lng) * metresPerDegree * Math.cos((wgs.lat * Math.PI) / 180);
    const shift = Math.hypot(dx, dy);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(1000);
  });

  it("leaves points outside China unchanged", () => {
    expect(outOfChina(51.5, -0.12)).toBe(true);
    expect(wgs84ToGcj02(51.5, -0.12)).toEqual({ lat: 51.5, lng: -0.12 });
    expect(outOfChina(36.39, 120.45)).toBe(false);
  });
});
