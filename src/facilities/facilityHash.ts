import { EARTH_RADIUS_KM, KM_PER_DEGREE } from './sampleGrid';

const RAD = Math.PI / 180;

/** Great-circle distance between two [lon, lat] positions in degrees, km (haversine, sphere of
 * radius EARTH_RADIUS_KM). */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Hash cells are never smaller than this, degrees, so the key stays small for a tiny radius. */
const MIN_CELL_DEG = 0.05;

export interface FacilityHash {
  /** True when some point lies within `radiusKm` (great-circle, boundary included) of [lon, lat]. */
  anyWithin(lon: number, lat: number): boolean;
}

/**
 * A spatial hash of points ([lon, lat] degrees) in square degree cells at least one radius tall,
 * for "is any facility within r km of here?". A query scans the latitude band lat ± r and, in
 * longitude, at least the widest extent of a circle of radius r on the sphere,
 * asin(sin(r/R) / cos φ), and stops at the first point within r. When the circle reaches a pole
 * (or r ≥ a quarter of the Earth's circumference) every point is checked. Pure data in, closure
 * out; the input is not mutated.
 */
export function buildFacilityHash(points: readonly { lon: number; lat: number }[], radiusKm: number): FacilityHash {
  const rDeg = radiusKm / KM_PER_DEGREE;
  const cell = Math.max(rDeg, MIN_CELL_DEG);
  const lons: number[] = [];
  const lats: number[] = [];
  const cells = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cy * 1_000_003 + cx;
  for (const p of points) {
    if (!Number.isFinite(p.lon) || !Number.isFinite(p.lat)) continue;
    const i = lons.length;
    lons.push(p.lon);
    lats.push(p.lat);
    const k = key(Math.floor(p.lon / cell), Math.floor(p.lat / cell));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  }
  const angular = radiusKm / EARTH_RADIUS_KM;
  // A latitude difference beyond the radius rules a point out without trigonometry.
  const near = (i: number, lon: number, lat: number) =>
    Math.abs(lats[i]! - lat) <= rDeg && haversineKm(lon, lat, lons[i]!, lats[i]!) <= radiusKm;

  return {
    anyWithin(lon, lat) {
      if (lons.length === 0 || !(radiusKm >= 0)) return false;
      const south = lat - rDeg;
      const north = lat + rDeg;
      const maxAbsLat = Math.max(Math.abs(south), Math.abs(north));
      const sinR = Math.sin(Math.min(angular, Math.PI / 2));
      const cosLat = Math.cos(Math.min(maxAbsLat, 90) * RAD);
      if (angular >= Math.PI / 2 || maxAbsLat >= 90 || sinR >= cosLat) {
        for (let i = 0; i < lons.length; i++) if (near(i, lon, lat)) return true;
        return false;
      }
      // The circle's widest longitude half-extent is asin(sin r / cos φ) at its centre φ; taking
      // φ at the band's poleward edge overestimates it, which only scans a little more. Degrees.
      const dLon = Math.asin(sinR / cosLat) / RAD;
      const c0 = Math.floor((lon - dLon) / cell);
      const c1 = Math.floor((lon + dLon) / cell);
      const r0 = Math.floor(south / cell);
      const r1 = Math.floor(north / cell);
      // The query's own cell first: its points are at most √2 r away, so with a large radius the
      // first one usually answers, instead of scanning the far corners of the window.
      const own = key(Math.floor(lon / cell), Math.floor(lat / cell));
      for (const i of cells.get(own) ?? []) if (near(i, lon, lat)) return true;
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const k = key(c, r);
          if (k === own) continue;
          const list = cells.get(k);
          if (!list) continue;
          for (const i of list) if (near(i, lon, lat)) return true;
        }
      }
      return false;
    },
  };
}
