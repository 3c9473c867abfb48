import type { BBox } from 'geojson';

/** Mean Earth radius, km (the IUGG value turf uses: 6371008.8 m). */
export const EARTH_RADIUS_KM = 6371.0088;
/** Length of one degree of latitude, km. */
export const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

/** Each unit gets about this many samples at least (Macao, ~30 km², is sampled every ~0.3 km). */
export const MIN_SAMPLES_PER_UNIT = 400;
/** The whole country gets about this many samples at most. */
export const MAX_SAMPLES_TOTAL = 60_000;

export interface SamplingPlan {
  /** The spacing of the large units, km, rounded up to 0.1 km: the resolution the UI states. */
  spacingKm: number;
  /** Spacing per unit, km, in input order: `spacingKm`, or finer for a unit that would otherwise
   * get fewer than MIN_SAMPLES_PER_UNIT samples. 0 for a unit without area. */
  byUnit: number[];
}

/**
 * Chooses sample spacings from unit areas (km²) so that every unit gets about `minPerUnit`
 * samples or more and all of them together about `maxTotal` or fewer. With one spacing s for the
 * large units and √(area / minPerUnit) for the small ones, the expected total is
 * Σ_large area/s² + minPerUnit × n_small; s is raised until that fits in maxTotal (each raise can
 * only move units from large to small, so the loop ends within n steps). Pure.
 */
export function planSampling(
  areasKm2: readonly number[],
  minPerUnit: number = MIN_SAMPLES_PER_UNIT,
  maxTotal: number = MAX_SAMPLES_TOTAL,
): SamplingPlan {
  const areas = areasKm2.map((a) => (Number.isFinite(a) && a > 0 ? a : 0));
  const total = areas.reduce((s, a) => s + a, 0);
  if (total === 0) return { spacingKm: 0, byUnit: areas.map(() => 0) };
  let s = Math.sqrt(total / maxTotal);
  for (let step = 0; step <= areas.length; step++) {
    const large = areas.filter((a) => a / (s * s) >= minPerUnit);
    const nSmall = areas.filter((a) => a > 0).length - large.length;
    const budget = maxTotal - minPerUnit * nSmall;
    // More units than maxTotal / minPerUnit: the minimum wins, the total is exceeded.
    if (budget <= 0) break;
    const next = Math.sqrt(large.reduce((sum, a) => sum + a, 0) / budget);
    if (next <= s) break;
    s = next;
  }
  const spacingKm = Math.ceil(s * 10) / 10;
  return { spacingKm, byUnit: areas.map((a) => (a === 0 ? 0 : Math.min(spacingKm, Math.sqrt(a / minPerUnit)))) };
}

/**
 * Calls `visit(lon, lat)` for a roughly equal-area grid of points over `bbox` ([west, south,
 * east, north], degrees), about `spacingKm` apart: rows every spacingKm of latitude, and along
 * each row a longitude step of spacingKm / cos(latitude), so every sample stands for about
 * spacingKm² of ground and samples can simply be counted (no cos(lat) weights). Samples sit at
 * the centres of their steps. Deterministic; returns the number of points visited.
 */
export function forEachGridPoint(bbox: BBox, spacingKm: number, visit: (lon: number, lat: number) => void): number {
  const [west, south, east, north] = bbox as [number, number, number, number];
  if (!(spacingKm > 0) || !Number.isFinite(spacingKm)) return 0;
  const dLat = spacingKm / KM_PER_DEGREE;
  let n = 0;
  // Positions from indexes, not by repeated addition, so no rounding drift along a row.
  for (let r = 0; south + (r + 0.5) * dLat < north; r++) {
    const lat = south + (r + 0.5) * dLat;
    const cos = Math.cos((lat * Math.PI) / 180);
    if (cos <= 0) continue;
    const dLon = dLat / cos;
    for (let c = 0; west + (c + 0.5) * dLon < east; c++) {
      visit(west + (c + 0.5) * dLon, lat);
      n++;
    }
  }
  return n;
}
