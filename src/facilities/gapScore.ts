import { UNIT_IDS, type UnitId } from '../geo/units';
import type { ProvinceCoverage } from './computeCoverage';

export interface GapRow<K extends string = UnitId> {
  /** The province, or a region's key (regionKey) in a ranking of a planner's regions. */
  unit: K;
  /** demandPercentile − supplyPercentile, −1..1; high = many children, little care. Null without
   * demand data. */
  score: number | null;
  /** Children (the coverage's demand); null without data. */
  demand: number | null;
  /** Per 10,000 children: capacity when every counted facility states one, else facilities (see
   * supplyKind). 0 for a unit with demand and no facility; null without demand. */
  supply: number | null;
  /** The measure actually used, the same for every row of one ranking (see rankGaps). */
  supplyKind: SupplyMeasure;
  /** 0..1 among the scored units; null when the unit is not scored. */
  demandPercentile: number | null;
  supplyPercentile: number | null;
  /** 1 = the largest gap; null when the unit is not scored. */
  rank: number | null;
}

/** What supply is counted in: facilities, or their stated places (capacity), per 10,000 children. */
export type SupplyMeasure = 'facilities' | 'capacity';
export const SUPPLY_MEASURES: readonly SupplyMeasure[] = ['facilities', 'capacity'];

/**
 * Whether capacity can be compared: only when at least one facility is counted and every counted
 * facility (in any unit) states a capacity. Otherwise the reason, for the UI to show.
 */
export type CapacityAvailability = 'available' | 'no-facilities' | 'some-missing';

export function capacityAvailability(coverage: ReadonlyMap<string, Pick<ProvinceCoverage, 'facilities' | 'facilitiesWithCapacity'>>): CapacityAvailability {
  const all = [...coverage.values()];
  if (all.every((c) => c.facilities === 0)) return 'no-facilities';
  return all.every((c) => c.facilitiesWithCapacity === c.facilities) ? 'available' : 'some-missing';
}

/** What rankGaps reads of a unit's coverage: a province's (ProvinceCoverage) or a region's alike. */
export type GapInput<K extends string = UnitId> = Pick<
  ProvinceCoverage,
  'facilities' | 'facilitiesWithCapacity' | 'perTenThousandChildren' | 'capacityPerTenThousandChildren' | 'demand'
> & { unit: K };

const gbOrder = (u: string) => UNIT_IDS.indexOf(u as UnitId);

/** Scores closer than this are ties (percentile differences are sums of fractions). */
const TIE = 1e-12;

/**
 * Ranks units by the gap between demand and supply ("where are many children and few places that
 * care for them?"). Pure; does not mutate its input.
 *
 * The rule, in plain words:
 * - A unit is scored when it has a demand figure above 0. Units without one get score null and
 *   come last, in GB/T 2260 order (or the `order` given, for regions).
 * - Supply is facilities per 10,000 children, or capacity per 10,000 children when the caller
 *   asks for it *and* every facility counted in any unit states a capacity (capacityAvailability);
 *   otherwise facilities, so all units are compared on the same measure, named in supplyKind. A scored unit with no facility has supply 0.
 *   Caveat: that 0 is a real observed zero only if the facility set is meant to be complete for
 *   the whole country; for a partial list it means "none listed".
 * - Each scored unit gets a demand percentile and a supply percentile among the scored units:
 *   percentile = (rank − 1) / (n − 1), ranking from smallest (0) to largest (1), with tied values
 *   sharing the average of their ranks. A single scored unit sits in the middle (0.5).
 * - score = demand percentile − supply percentile: +1 for the unit with the most children and the
 *   least supply, −1 for the reverse.
 * - Order: score from high to low; equal scores by higher demand, then GB/T 2260 order. Rank is
 *   the 1-based position in that order (no shared ranks).
 */
export function rankGaps<K extends string = UnitId>(
  coverage: ReadonlyMap<K, GapInput<K>>,
  measure: SupplyMeasure = 'facilities',
  /** The order of last resort (ties, unscored units), smallest first: GB/T 2260 for provinces. */
  order: (unit: K) => number = gbOrder,
): GapRow<K>[] {
  const all = [...coverage.values()];
  const supplyKind: SupplyMeasure = measure === 'capacity' && capacityAvailability(coverage) === 'available' ? 'capacity' : 'facilities';

  const scored = all.filter((c) => c.demand !== null && c.demand > 0);
  const supplyOf = (c: GapInput<K>): number => {
    if (c.facilities === 0) return 0;
    const rate = supplyKind === 'capacity' ? c.capacityPerTenThousandChildren : c.perTenThousandChildren;
    return rate ?? 0; // not reached for a scored unit with facilities: demand > 0 gives a rate
  };
  const demandPct = percentiles(scored.map((c) => c.demand!));
  const supplies = scored.map(supplyOf);
  const supplyPct = percentiles(supplies);

  const gb = order;
  const rows: GapRow<K>[] = scored.map((c, k) => ({
    unit: c.unit,
    score: demandPct[k]! - supplyPct[k]!,
    demand: c.demand,
    supply: supplies[k]!,
    supplyKind,
    demandPercentile: demandPct[k]!,
    supplyPercentile: supplyPct[k]!,
    rank: null,
  }));
  rows.sort((a, b) => {
    const d = b.score! - a.score!;
    if (Math.abs(d) > TIE) return d;
    return b.demand! - a.demand! || gb(a.unit) - gb(b.unit);
  });
  rows.forEach((r, k) => (r.rank = k + 1));

  const unscored = all
    .filter((c) => !(c.demand !== null && c.demand > 0))
    .sort((a, b) => gb(a.unit) - gb(b.unit))
    .map(
      (c): GapRow<K> => ({
        unit: c.unit,
        score: null,
        demand: c.demand,
        supply: null,
        supplyKind,
        demandPercentile: null,
        supplyPercentile: null,
        rank: null,
      }),
    );
  return [...rows, ...unscored];
}

/**
 * (rank − 1) / (n − 1) for each value, ranks from 1 (smallest), ties averaged; 0.5 when n = 1.
 * Exported for tests.
 */
export function percentiles(values: readonly number[]): number[] {
  const n = values.length;
  if (n === 1) return [0.5];
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const out = new Array<number>(n);
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && order[end + 1]!.v === order[start]!.v) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]!.i] = (averageRank - 1) / (n - 1);
    start = end + 1;
  }
  return out;
}
