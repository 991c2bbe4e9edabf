/**
 * WGS-84 → GCJ-02 ("Mars coordinates"), the offset that Chinese map services such as 高德 apply to
 * their tiles. Our locations are WGS-84, so on a GCJ-02 layer they must be shifted by this amount
 * (a few hundred metres around Qingdao) or every marker lands beside its place.
 * The standard formula, as in eviltransform (googollee/eviltransform).
 */
export type LatLngLiteral = { lat: number; lng: number };

// Krasovsky 1940 ellipsoid, which GCJ-02 is defined on (not WGS-84's 6378137).
const earthRadius = 6378245.0;
const eccentricitySquared = 0.006693421622965943;

/** GCJ-02 applies only inside China's bounding box; outside it the coordinates are unchanged. */
export function outOfChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transform(x: number, y: number): LatLngLiteral {
  const xy = x * y;
  const absX = Math.sqrt(Math.abs(x));
  const xPi = x * Math.PI;
  const yPi = y * Math.PI;
  const d = 20.0 * Math.sin(6.0 * xPi) + 20.0 * Math.sin(2.0 * xPi);
  let lat = d + 20.0 * Math.sin(yPi) + 40.0 * Math.sin(yPi / 3.0);
  let lng = d + 20.0 * Math.sin(xPi) + 40.0 * Math.sin(xPi / 3.0);
  lat += 160.0 * Math.sin(yPi / 12.0) + 320 * Math.sin(yPi / 30.0);
  lng += 150.0 * Math.sin(xPi / 12.0) + 300.0 * Math.sin(xPi / 30.0);
  lat *= 2.0 / 3.0;
  lng *= 2.0 / 3.0;
  lat += -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * xy + 0.2 * absX;
  lng += 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * xy + 0.1 * absX;
  return { lat, lng };
}

/** The GCJ-02 offset (degrees) at a WGS-84 point. */
function delta(lat: number, lng: number): LatLngLiteral {
  const d = transform(lng - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - eccentricitySquared * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  return {
    lat:
      (d.lat * 180.0) /
      (((earthRadius * (1 - eccentricitySquared)) / (magic * sqrtMagic)) * Math.PI),
    lng: (d.lng * 180.0) / ((earthRadius / sqrtMagic) * Math.cos(radLat) * Math.PI),
  };
}

export function wgs84ToGcj02(lat: number, lng: number): LatLngLiteral {
  if (outOfChina(lat, lng)) return { lat, lng };
  const d = delta(lat, lng);
  return { lat: lat + d.lat, lng: lng + d.lng };
}
