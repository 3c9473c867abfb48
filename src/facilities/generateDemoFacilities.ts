import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { UnitId } from '../geo/units';
import { FACILITY_TEXT_MESSAGES } from '../i18n/facilityTextMessages';
import { RANKING_CSV } from '../i18n/gapsMessages';
import type { Facility, FacilitySet, FacilityType } from './facility';
import { buildProvinceIndex, type ProvinceIndex } from './provinceIndex';

/**
 * mulberry32: a small, fast 32-bit PRNG (Tommy Ettinger's public-domain design), good enough for
 * demonstration data and identical on every JavaScript engine. Returns floats in [0, 1). The seed
 * is taken modulo 2³², so seeds 0 and 2³² give the same stream.
 */
export function mulberry32(seed: number): () => number {
  let a = Math.trunc(seed) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Splits `count` into integer parts proportional to `weights` (largest-remainder / Hamilton
 * method): floors first, then one more to the largest remainders; equal remainders go to the
 * earlier entry. Non-finite and negative weights count as 0. The parts sum to `count` unless every
 * weight is 0 (then all parts are 0). Pure.
 */
export function apportion(count: number, weights: readonly number[]): number[] {
  const w = weights.map((x) => (Number.isFinite(x) && x > 0 ? x : 0));
  const total = w.reduce((s, x) => s + x, 0);
  if (total === 0 || count <= 0) return w.map(() => 0);
  const quotas = w.map((x) => (count * x) / total);
  const parts = quotas.map(Math.floor);
  let left = count - parts.reduce((s, x) => s + x, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if (w[i] === 0) continue;
    parts[i]!++;
    left--;
  }
  return parts;
}

/** Fixed shares of each type, in FACILITY_TYPES order; they sum to 1. */
export const DEMO_TYPE_SHARES: Readonly<Record<FacilityType, number>> = { home: 0.5, centre: 0.25, school: 0.2, other: 0.05 };
export const DEMO_CAPACITY = { min: 20, max: 200 } as const;
export const DEMO_OPENED = { min: 2008, max: 2020 } as const;
/** Rejection-sampling attempts per facility before the unit's fallback interior point is used. */
export const MAX_ATTEMPTS = 1000;

const TYPE_NAMES = FACILITY_TEXT_MESSAGES.demoTypeName;

/** The set's name as stored (English, as a user's set keeps its file's name); screens say it in the UI language. */
export const DEMO_SET_NAME = RANKING_CSV.demoName.en;
/** Generation is pure, so it does not read the clock: the caller may restamp `importedAt`. */
export const DEMO_IMPORTED_AT = '1970-01-01T00:00:00.000Z';

export interface DemoFacilitiesOptions {
  /** Any integer; taken modulo 2³². */
  seed: number;
  /** How many facilities in all. */
  count: number;
  /** One Polygon/MultiPolygon feature per unit, properties.id = UnitId, [lon, lat] degrees. */
  provinces: FeatureCollection;
  /** Relative weights per unit, e.g. children aged 0–14; units absent or ≤ 0 get no facility. */
  weights: ReadonlyMap<UnitId, number>;
}

/**
 * Synthetic facilities for demonstrating the coverage tools: never real, and labelled so in both
 * languages in every name, in the source and in `synthetic: true`. Pure: the same options give
 * identical output (including ids and `importedAt`); does not mutate its input.
 *
 * - Counts per unit: `count` apportioned to the weights by largest remainder (see apportion).
 * - Position: uniform *by area* within the unit's bbox (longitude uniform, latitude uniform in
 *   sin φ), rejected until the point is located in that very unit (so a point on a shared border
 *   that coverage would give to a neighbour is rejected too); after MAX_ATTEMPTS, a fixed point
 *   strictly inside the unit.
 * - Type by DEMO_TYPE_SHARES, capacity an integer 20–200, opened a year 2008–2020, all uniform.
 * - Name "Synthetic children's home SC-0042 / 合成儿童之家 SC-0042", numbered from 1 per unit.
 * Facilities are in GB/T 2260 unit order; `row` is the 1-based position in the set.
 * Throws when count is not a non-negative integer (a configuration error).
 */
export function generateDemoFacilities(opts: DemoFacilitiesOptions): FacilitySet {
  const { seed, count } = opts;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`invalid count: ${count}`);
  if (!Number.isFinite(seed)) throw new RangeError(`invalid seed: ${seed}`);
  const index = buildProvinceIndex(opts.provinces);
  const random = mulberry32(seed);
  const perUnit = apportion(
    count,
    index.units.map((u) => opts.weights.get(u) ?? 0),
  );
  const source = FACILITY_TEXT_MESSAGES.demoSource.en(String(seed));
  const typeCumulative = cumulative(DEMO_TYPE_SHARES);
  const facilities: Facility[] = [];

  index.units.forEach((unit, i) => {
    const n = perUnit[i]!;
    if (n === 0) return;
    const [west, south, east, north] = index.bboxes[i]! as [number, number, number, number];
    const sinS = Math.sin((south * Math.PI) / 180);
    const sinN = Math.sin((north * Math.PI) / 180);
    let fallback: [number, number] | null = null;
    const digits = Math.max(4, String(n).length);
    for (let k = 1; k <= n; k++) {
      let lon = NaN;
      let lat = NaN;
      let found = false;
      for (let attempt = 0; attempt < MAX_ATTEMPTS && !found; attempt++) {
        lon = west + random() * (east - west);
        lat = (Math.asin(sinS + random() * (sinN - sinS)) * 180) / Math.PI;
        found = index.locate(lon, lat) === i;
      }
      if (!found) [lon, lat] = fallback ??= interiorPoint(index, i);
      const u = random();
      const type = typeCumulative.find(([, upTo]) => u < upTo)?.[0] ?? 'other';
      const capacity = DEMO_CAPACITY.min + Math.floor(random() * (DEMO_CAPACITY.max - DEMO_CAPACITY.min + 1));
      const opened = DEMO_OPENED.min + Math.floor(random() * (DEMO_OPENED.max - DEMO_OPENED.min + 1));
      const code = `${unit}-${String(k).padStart(digits, '0')}`;
      facilities.push({
        id: `synthetic-${code}`,
        name: `${TYPE_NAMES[type].en} ${code} / ${TYPE_NAMES[type].zh} ${code}`,
        type,
        capacity,
        opened,
        source,
        lon,
        lat,
        row: facilities.length + 1,
      });
    }
  });

  return {
    id: `synthetic-seed-${seed}-count-${count}`,
    name: DEMO_SET_NAME,
    fileName: '',
    importedAt: DEMO_IMPORTED_AT,
    synthetic: true,
    facilities,
  };
}

/** [type, cumulative share] pairs; the type is drawn with one random() per facility. */
function cumulative(shares: Readonly<Record<FacilityType, number>>): [FacilityType, number][] {
  let sum = 0;
  return (Object.entries(shares) as [FacilityType, number][]).map(([t, s]) => [t, (sum += s)]);
}

/**
 * A fixed point strictly inside unit i (not on its boundary) that locate() gives to unit i:
 * turf's pointOnFeature if it qualifies, else the first such point of a 64 × 64 grid over the
 * bbox, else pointOnFeature anyway (a unit that small cannot be sampled at all).
 */
function interiorPoint(index: ProvinceIndex, i: number): [number, number] {
  const feature = index.features[i]!;
  const ok = (lon: number, lat: number) =>
    index.locate(lon, lat) === i && booleanPointInPolygon([lon, lat], feature, { ignoreBoundary: true });
  const [lon0, lat0] = pointOnFeature(feature).geometry.coordinates as [number, number];
  if (ok(lon0, lat0)) return [lon0, lat0];
  const [west, south, east, north] = index.bboxes[i]! as [number, number, number, number];
  for (let r = 0; r < 64; r++) {
    for (let c = 0; c < 64; c++) {
      const lon = west + ((c + 0.5) / 64) * (east - west);
      const lat = south + ((r + 0.5) / 64) * (north - south);
      if (ok(lon, lat)) return [lon, lat];
    }
  }
  return [lon0, lat0];
}
