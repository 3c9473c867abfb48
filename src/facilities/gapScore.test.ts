import { describe, expect, it } from 'vitest';
import type { UnitId } from '../geo/units';
import type { ProvinceCoverage } from './computeCoverage';
import { capacityAvailability, percentiles, rankGaps, type GapRow, type SupplyMeasure } from './gapScore';
import { addPlanned, type PlannedFacility } from './plannedFacilities';

/** A unit's coverage with rates derived as computeCoverage derives them. `capacity` per facility:
 * a number for each facility that states one (so [] = none state it). */
function cov(unit: UnitId, demand: number | null, facilities: number, capacities: number[] = []): ProvinceCoverage {
  const capacity = capacities.length > 0 ? capacities.reduce((s, x) => s + x, 0) : null;
  const rate = (x: number | null) => (x !== null && demand !== null && demand > 0 ? (x / demand) * 10_000 : null);
  return {
    unit,
    facilities,
    facilitiesWithCapacity: capacities.length,
    capacity,
    perTenThousandChildren: rate(facilities),
    capacityPerTenThousandChildren: rate(capacity),
    childrenPerFacility: demand !== null && facilities > 0 ? demand / facilities : null,
    areaShareWithinRadius: null,
    demand,
  };
}
const map = (...rows: ProvinceCoverage[]) => new Map(rows.map((r) => [r.unit, r]));
const brief = (rows: GapRow[]) => rows.map((r) => [r.unit, r.rank, r.score]);

describe('percentiles', () => {
  const CASES: [number[], number[]][] = [
    [[], []],
    [[7], [0.5]],
    [[1, 2], [0, 1]],
    [[30, 10, 20], [1, 0, 0.5]],
    [[5, 5], [0.5, 0.5]],
    [[1, 2, 2, 3], [0, 0.5, 0.5, 1]],
    [[4, 4, 4, 1, 9], [0.5, 0.5, 0.5, 0, 1]],
  ];
  it.each(CASES)('%j → %j', (values, expected) => {
    expect(percentiles(values)).toEqual(expected);
  });
});

describe('rankGaps', () => {
  const CASES: [string, ProvinceCoverage[], (string | number | null)[][]][] = [
    [
      'most children and least supply first; equal scores by higher demand',
      // per 10k: SC 100, HA 33.3, GZ 200. Demand pct SC 0, GZ 0.5, HA 1; supply pct HA 0, SC 0.5, GZ 1.
      [cov('SC', 100, 1), cov('HA', 300, 1), cov('GZ', 200, 4)],
      [['HA', 1, 1], ['GZ', 2, -0.5], ['SC', 3, -0.5]],
    ],
    [
      'equal scores and equal demand: GB/T 2260 order',
      [cov('GZ', 100, 1), cov('SC', 100, 1)],
      [['SC', 1, 0], ['GZ', 2, 0]],
    ],
    [
      'units without demand data: score null, last, in GB order',
      [cov('YN', null, 3), cov('SC', 100, 1), cov('BJ', null, 0), cov('HA', 300, 1)],
      [['HA', 1, 1], ['SC', 2, -1], ['BJ', null, null], ['YN', null, null]],
    ],
    [
      'zero demand is not scored (no rate)',
      [cov('SC', 0, 2), cov('HA', 300, 1)],
      [['HA', 1, 0], ['SC', null, null]],
    ],
    [
      'a unit with demand and no facility has supply 0, the lowest',
      [cov('BJ', 100, 0), cov('HA', 100, 1)],
      [['BJ', 1, 0.5], ['HA', 2, -0.5]],
    ],
    ['a single scored unit sits in the middle', [cov('SC', 100, 1)], [['SC', 1, 0]]],
    ['nothing to rank', [], []],
  ];
  it.each(CASES)('%s', (_, input, expected) => {
    expect(brief(rankGaps(map(...input)))).toEqual(expected);
  });

  it('gives all fields of a scored and an unscored row', () => {
    const rows = rankGaps(map(cov('SC', 20_000, 2), cov('HA', 10_000, 0), cov('XZ', null, 1)));
    expect(rows).toEqual<GapRow[]>([
      // Equal scores: the higher demand ranks first.
      { unit: 'SC', score: 0, demand: 20_000, supply: 1, supplyKind: 'facilities', demandPercentile: 1, supplyPercentile: 1, rank: 1 },
      { unit: 'HA', score: 0, demand: 10_000, supply: 0, supplyKind: 'facilities', demandPercentile: 0, supplyPercentile: 0, rank: 2 },
      { unit: 'XZ', score: null, demand: null, supply: null, supplyKind: 'facilities', demandPercentile: null, supplyPercentile: null, rank: null },
    ]);
  });

  it('ranks on facilities unless capacity is chosen, even when every facility states a capacity (#13)', () => {
    // The definition on screen says facilities per 10,000 children: the ranking must use that.
    const rows = rankGaps(map(cov('SC', 10_000, 2, [10, 10]), cov('HA', 10_000, 1, [100]), cov('BJ', 10_000, 0)));
    expect(rows.map((r) => [r.unit, r.supplyKind, r.supply])).toEqual([
      ['BJ', 'facilities', 0],
      ['HA', 'facilities', 1],
      ['SC', 'facilities', 2],
    ]);
  });

  it('compares capacity when it is chosen and every counted facility states one', () => {
    // By facilities SC (2 per 10k) > HA (1 per 10k); by capacity HA (100) > SC (20).
    const rows = rankGaps(map(cov('SC', 10_000, 2, [10, 10]), cov('HA', 10_000, 1, [100]), cov('BJ', 10_000, 0)), 'capacity');
    expect(rows.map((r) => [r.unit, r.supplyKind, r.supply])).toEqual([
      ['BJ', 'capacity', 0],
      ['SC', 'capacity', 20],
      ['HA', 'capacity', 100],
    ]);
  });

  it('falls back to facilities when any counted facility lacks a capacity, even in a unit without demand', () => {
    const input = map(cov('SC', 10_000, 2, [10, 10]), cov('HA', 10_000, 1, [100]), cov('XZ', null, 2, [5]));
    expect(capacityAvailability(input)).toBe('some-missing');
    const rows = rankGaps(input, 'capacity');
    expect(rows.map((r) => [r.unit, r.supplyKind, r.supply])).toEqual([
      ['HA', 'facilities', 1],
      ['SC', 'facilities', 2],
      ['XZ', 'facilities', null],
    ]);
  });

  it('uses facilities when no facility is counted at all (capacity would be vacuous)', () => {
    expect(capacityAvailability(map(cov('SC', 100, 0), cov('HA', 200, 0)))).toBe('no-facilities');
    expect(rankGaps(map(cov('SC', 100, 0), cov('HA', 200, 0)), 'capacity').map((r) => [r.unit, r.supplyKind, r.supply, r.score])).toEqual([
      ['HA', 'facilities', 0, 0.5],
      ['SC', 'facilities', 0, -0.5],
    ]);
  });

  it('scores +1 for the most children with the least supply and −1 for the reverse', () => {
    const rows = rankGaps(map(cov('HA', 900, 1), cov('SC', 500, 1), cov('BJ', 100, 5)));
    expect([rows[0]!.unit, rows[0]!.score, rows.at(-1)!.unit, rows.at(-1)!.score]).toEqual(['HA', 1, 'BJ', -1]);
  });

  it('does not mutate its input', () => {
    const input = map(cov('SC', 100, 1), cov('HA', null, 1));
    const before = structuredClone(input);
    rankGaps(input);
    expect(input).toEqual(before);
  });

  it('says when capacity can be compared', () => {
    expect(capacityAvailability(map(cov('SC', 100, 2, [5, 5]), cov('HA', 100, 0)))).toBe('available');
    expect(capacityAvailability(map())).toBe('no-facilities');
  });
});

/** One table per choice: supply measure and scenario, over the same four provinces. */
describe('rankGaps under each choice', () => {
  // SC: most children, 2 homes of 10 places; HA: 2 small schools of 100; GZ: no facility; XZ: no demand.
  const base = map(cov('SC', 40_000, 2, [10, 10]), cov('HA', 20_000, 2, [100, 100]), cov('GZ', 10_000, 0), cov('XZ', null, 3, [1, 1, 1]));
  const plan: PlannedFacility[] = [{ unit: 'GZ', type: 'home', count: 4, capacity: 50 }];
  const CASES: [string, Map<UnitId, ProvinceCoverage>, SupplyMeasure, (string | number | null)[][]][] = [
    // facilities per 10k: SC 0.5, HA 1, GZ 0. Demand pct SC 1, HA 0.5, GZ 0; supply pct GZ 0, SC 0.5, HA 1.
    ['facilities, no scenario', base, 'facilities', [['SC', 1, 0.5], ['GZ', 2, 0], ['HA', 3, -0.5], ['XZ', null, null]]],
    // capacity per 10k: SC 5, HA 100, GZ 0: same order here.
    ['capacity, no scenario', base, 'capacity', [['SC', 1, 0.5], ['GZ', 2, 0], ['HA', 3, -0.5], ['XZ', null, null]]],
    // + 4 homes in GZ: 4 per 10k, the most. Supply pct SC 0, HA 0.5, GZ 1.
    ['facilities, with 4 planned in GZ', addPlanned(base, plan, ['home', 'centre', 'school', 'other']), 'facilities', [['SC', 1, 1], ['HA', 2, 0], ['GZ', 3, -1], ['XZ', null, null]]],
    // capacity: GZ 200 per 10k, HA 100, SC 5.
    ['capacity, with 4 planned in GZ', addPlanned(base, plan, ['home', 'centre', 'school', 'other']), 'capacity', [['SC', 1, 1], ['HA', 2, 0], ['GZ', 3, -1], ['XZ', null, null]]],
    // The planned homes are hidden by a filter without homes, like existing homes.
    ['planned homes with homes filtered out', addPlanned(base, plan, ['school']), 'facilities', [['SC', 1, 0.5], ['GZ', 2, 0], ['HA', 3, -0.5], ['XZ', null, null]]],
    // A filter that excludes every facility: all supply 0 (tied), so the score is demand alone.
    ['no facility left', map(cov('SC', 40_000, 0), cov('HA', 20_000, 0), cov('GZ', 10_000, 0), cov('XZ', null, 0)), 'capacity', [['SC', 1, 0.5], ['HA', 2, 0], ['GZ', 3, -0.5], ['XZ', null, null]]],
    // Ties: equal demand and equal supply everywhere: all 0, ordered by GB/T 2260.
    ['all tied', map(cov('GZ', 100, 1), cov('HA', 100, 1), cov('SC', 100, 1)), 'facilities', [['HA', 1, 0], ['SC', 2, 0], ['GZ', 3, 0]]],
  ];
  it.each(CASES)('%s', (_, input, measure, expected) => {
    expect(brief(rankGaps(input, measure))).toEqual(expected);
  });

  it('adds planned capacity only where stated, and leaves area shares alone', () => {
    const after = addPlanned(base, [{ unit: 'SC', type: 'centre', count: 2, capacity: null }], ['centre']);
    expect(after.get('SC')).toMatchObject({ facilities: 4, facilitiesWithCapacity: 2, capacity: 20, perTenThousandChildren: 1, areaShareWithinRadius: null });
    expect(capacityAvailability(after)).toBe('some-missing');
    expect(base.get('SC')?.facilities).toBe(2);
  });
});
