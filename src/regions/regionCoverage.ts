import { area } from '@turf/turf';
import { buildAreaIndex, type AreaIndex } from '../facilities/areaIndex';
import type { ProvinceCoverage } from '../facilities/computeCoverage';
import { coverageFigures } from '../facilities/coverageFigures';
import type { Facility, FacilityType } from '../facilities/facility';
import { areaShares } from '../facilities/areaShares';
import { planSampling } from '../facilities/sampleGrid';
import type { Region } from './parseRegions';
import { regionKey } from './regionSet';

/**
 * Supply and demand in one region of a planner's set: the province coverage's fields (so the gap
 * ranking reads both alike), with `unit` the region's key (regionKey: its code, or #feature).
 * Rates are per 10,000 children.
 *
 * `capacity` differs from the province figure on purpose: it is the sum of stated capacities
 * only when every counted facility in the region states one (0 with no facility), and null as
 * soon as one does not, so a partial sum is never shown as the region's places.
 */
export interface RegionCoverage extends Omit<ProvinceCoverage, 'unit'> {
  unit: string;
}

/** What region coverage reads of a facility. */
export type RegionPoint = Pick<Facility, 'lon' | 'lat' | 'capacity' | 'type'>;

export interface RegionCoverageInput<F extends RegionPoint = Facility> {
  facilities: readonly F[];
  regions: readonly Region[];
  /** Children per region, by regionKey; a region not in the map has no data (never 0). */
  demand: ReadonlyMap<string, number>;
  /** Great-circle radius, km, for areaShareWithinRadius; null to skip the sampling. */
  radiusKm: number | null;
  /** The facility types counted; null counts every type. */
  types: readonly FacilityType[] | null;
}

export interface RegionCoverageResult<F extends RegionPoint = Facility> {
  /** One entry per region, in set order. */
  byRegion: Map<string, RegionCoverage>;
  /** Counted facilities in no region of the set (another province, at sea, bad coordinates), in input order. */
  outside: F[];
  /** Facilities left out by the type filter. */
  excluded: number;
  /** Sample spacing of the larger regions' area shares, km (smaller regions are sampled more finely). */
  sampleSpacingKm: number;
}

/**
 * Samples per region at least, and in all at most. Fewer per region than for the 34 provinces
 * (400): a set has thousands of regions, and 100 samples still put a share within about ±5
 * percentage points for a compact region; the total keeps 3,000 counties at about 300,000 samples.
 */
export const REGION_MIN_SAMPLES = 100;
export const REGION_MAX_SAMPLES = 300_000;

/** Grid cells of the region index: about half a typical region's width, 0.01°–0.25°, at most ~1e6 cells. */
export function regionCellDeg(regions: readonly Pick<Region, 'bbox'>[]): number {
  if (regions.length === 0) return 0.25;
  let sum = 0;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bbox } of regions) {
    sum += Math.max(0, bbox[2] - bbox[0]) * Math.max(0, bbox[3] - bbox[1]);
    [w, s, e, n] = [Math.min(w, bbox[0]), Math.min(s, bbox[1]), Math.max(e, bbox[2]), Math.max(n, bbox[3])];
  }
  const typical = Math.sqrt(sum / regions.length);
  const floor = Math.sqrt(((e - w) * (n - s)) / 1e6);
  return Math.min(0.25, Math.max(0.01, floor, typical / 2));
}

/** The region index, for callers that locate many things in one set (built once per set). */
export function buildRegionIndex(regions: readonly Region[]): AreaIndex {
  return buildAreaIndex(
    regions.map((r) => r.geometry),
    regionCellDeg(regions),
    (i) => ({ key: regionKey(regions[i]!) }),
  );
}

/**
 * Counts the facilities of the chosen types in each region of a set, relates them to demand, and
 * estimates the share of each region's area within `radiusKm` of a counted facility. Pure and
 * deterministic; does not mutate its input.
 *
 * - Location: the area index (bbox grid, turf booleanPointInPolygon); a point on a border shared
 *   by two regions goes to the first in set order, so each facility is counted once or is outside.
 * - Area share: an equal-area grid of samples per region (planSampling, ≥ REGION_MIN_SAMPLES per
 *   region), kept when inside it; share = samples within radiusKm (haversine) of a facility of a
 *   counted type / samples inside. Every such facility serves, including those outside the set:
 *   a set of one province's counties is served from across its border too. Radius 0 gives 0.
 *
 * A radius that is negative, NaN or infinite is a configuration error and throws a RangeError;
 * bad data (NaN coordinates, negative demand) becomes outside / no data.
 */
export function computeRegionCoverage<F extends RegionPoint>(input: RegionCoverageInput<F>, index: AreaIndex = buildRegionIndex(input.regions)): RegionCoverageResult<F> {
  const { radiusKm, regions } = input;
  if (radiusKm !== null && !(Number.isFinite(radiusKm) && radiusKm >= 0)) throw new RangeError(`invalid radiusKm: ${radiusKm}`);
  const types = input.types === null ? null : new Set(input.types);
  const n = regions.length;
  const counts = new Array<number>(n).fill(0);
  const withCapacity = new Array<number>(n).fill(0);
  const capacity = new Array<number>(n).fill(0);
  const counted: F[] = [];
  const outside: F[] = [];
  let excluded = 0;
  for (const f of input.facilities) {
    if (types !== null && !types.has(f.type)) {
      excluded++;
      continue;
    }
    counted.push(f);
    const i = index.locate(f.lon, f.lat);
    if (i < 0) {
      outside.push(f);
      continue;
    }
    counts[i]!++;
    if (f.capacity !== null && Number.isFinite(f.capacity)) {
      withCapacity[i]!++;
      capacity[i]! += f.capacity;
    }
  }

  const plan = planSampling(
    regions.map((r) => area({ type: 'Feature', properties: {}, geometry: r.geometry }) / 1e6), // turf area is m²; km² here
    REGION_MIN_SAMPLES,
    REGION_MAX_SAMPLES,
  );
  const shares = areaShares(radiusKm, counted, index, plan.byUnit);

  const byRegion = new Map<string, RegionCoverage>();
  regions.forEach((r, i) => {
    const unit = regionKey(r);
    // A region's capacity only when every facility counted states one (a partial sum would mislead).
    const cap = withCapacity[i] === counts[i] ? capacity[i]! : null;
    byRegion.set(unit, { unit, ...coverageFigures(input.demand.get(unit), counts[i]!, withCapacity[i]!, cap, shares[i]!) });
  });
  return { byRegion, outside, excluded, sampleSpacingKm: plan.spacingKm };
}
