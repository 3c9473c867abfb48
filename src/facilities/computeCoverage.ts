import { area } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { UnitId } from '../geo/units';
import type { Facility } from './facility';
import { areaShares } from './areaShares';
import { buildProvinceIndex } from './provinceIndex';
import { coverageFigures } from './coverageFigures';
import { planSampling } from './sampleGrid';

/** Supply and demand in one provincial-level unit. Rates are per 10,000 children. */
export interface ProvinceCoverage {
  unit: UnitId;
  /** Facilities located in the unit (each point counts, duplicates included). */
  facilities: number;
  /** Facilities in the unit that state a capacity: rankGaps compares capacity only when this
   * equals `facilities` in every unit. */
  facilitiesWithCapacity: number;
  /** Sum of the stated capacities; null when no facility in the unit states one. When only some
   * do, this is the sum of those (a lower bound): compare with facilitiesWithCapacity. */
  capacity: number | null;
  /** facilities / demand × 10,000; null when demand is missing or 0. */
  perTenThousandChildren: number | null;
  /** capacity / demand × 10,000; null when capacity is null or demand is missing or 0. */
  capacityPerTenThousandChildren: number | null;
  /** demand / facilities; null when there are no facilities or no demand figure (demand 0 → 0). */
  childrenPerFacility: number | null;
  /** Share (0..1) of the unit's area within radiusKm of a located facility, by sampling; null when
   * radiusKm is null (or the unit got no sample). */
  areaShareWithinRadius: number | null;
  /** Children, as given; null when the demand map has no usable figure (missing, negative, NaN). */
  demand: number | null;
}

/** What coverage reads of a facility. */
export type CoveragePoint = Pick<Facility, 'lon' | 'lat' | 'capacity'>;

export interface CoverageInput<F extends CoveragePoint = Facility> {
  facilities: readonly F[];
  /** One Polygon/MultiPolygon feature per unit, properties.id = UnitId, [lon, lat] degrees. */
  provinces: FeatureCollection;
  /** Children per unit; a unit not in the map has no data (never 0). */
  demand: ReadonlyMap<UnitId, number>;
  /** Great-circle radius, km, for areaShareWithinRadius; null to skip the sampling. */
  radiusKm: number | null;
}

export interface CoverageResult<F extends CoveragePoint = Facility> {
  /** One entry per unit of `provinces`, in GB/T 2260 order. */
  byUnit: Map<UnitId, ProvinceCoverage>;
  /** Facilities in no unit (at sea, abroad, swapped or bad coordinates), in input order: reported,
   * never silently dropped, and counted nowhere (they cover no area either). */
  outside: F[];
  /** Sample spacing of the area shares, km: the resolution to state. Units too small for ~400
   * samples at this spacing (Hong Kong, Macao, Beijing …) are sampled more finely. */
  sampleSpacingKm: number;
}


/**
 * Counts facilities per unit, relates them to demand, and estimates the share of each unit's area
 * within `radiusKm` of a facility. Pure and deterministic; does not mutate its input.
 *
 * - Location: turf booleanPointInPolygon behind a bbox check and a grid index (provinceIndex.ts).
 *   Boundaries count as inside, so a point on a border shared by several units goes to the first
 *   of them in GB/T 2260 order: each facility is counted once, or listed in `outside`.
 * - Duplicate points (same coordinates) are separate facilities: two facilities can share a
 *   building, and merging them would hide one. Deduplicate upstream if the file repeats rows.
 * - Area share: a roughly equal-area grid of samples over each unit (planSampling: at least ~400
 *   per unit, ~60,000 for the country), kept when inside the unit; share = samples within
 *   radiusKm (haversine) of any located facility, in any unit, / samples inside. Radius 0 gives 0
 *   (a point covers no area); facilities are still counted.
 *
 * A radius that is negative, NaN or infinite is a configuration error and throws a RangeError;
 * bad *data* (a NaN coordinate, a negative demand) never throws: it becomes outside / no data.
 */
export function computeCoverage<F extends CoveragePoint>(input: CoverageInput<F>): CoverageResult<F> {
  const { radiusKm } = input;
  if (radiusKm !== null && !(Number.isFinite(radiusKm) && radiusKm >= 0)) throw new RangeError(`invalid radiusKm: ${radiusKm}`);
  const index = buildProvinceIndex(input.provinces);
  const n = index.units.length;

  const counts = new Array<number>(n).fill(0);
  const withCapacity = new Array<number>(n).fill(0);
  const capacity = new Array<number>(n).fill(0);
  const located: F[] = [];
  const outside: F[] = [];
  for (const f of input.facilities) {
    const i = index.locate(f.lon, f.lat);
    if (i < 0) {
      outside.push(f);
      continue;
    }
    located.push(f);
    counts[i]!++;
    if (f.capacity !== null && Number.isFinite(f.capacity)) {
      withCapacity[i]!++;
      capacity[i]! += f.capacity;
    }
  }

  // turf area is m²; km² here.
  const plan = planSampling(index.features.map((f) => area(f) / 1e6));
  const shares = areaShares(radiusKm, located, index, plan.byUnit);

  const byUnit = new Map<UnitId, ProvinceCoverage>();
  index.units.forEach((unit, i) => {
    // A province's capacity is the sum of what its facilities state (partial when some do not).
    const cap = withCapacity[i]! > 0 ? capacity[i]! : null;
    byUnit.set(unit, { unit, ...coverageFigures(input.demand.get(unit), counts[i]!, withCapacity[i]!, cap, shares[i]!) });
  });
  return { byUnit, outside, sampleSpacingKm: plan.spacingKm };
}
