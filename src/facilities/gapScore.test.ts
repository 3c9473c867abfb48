import { describe, expect, it } from 'vitest';
import type { UnitId } from '../geo/units';
import type { ProvinceCoverage } from './computeCoverage';
import { percentiles, rankGaps, type GapRow } from './gapScore';

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

  it('compares capacity when every counted facility states one', () => {
    // By facilities SC (2 per 10k) > HA (1 per 10k); by capacity HA (100) > SC (20).
    const rows = rankGaps(map(cov('SC', 10_000, 2, [10, 10]), cov('HA', 10_000, 1, [100]), cov('BJ', 10_000, 0)));
    expect(rows.map((r) => [r.unit, r.supplyKind, r.supply])).toEqual([
      ['BJ', 'capacity', 0],
      ['SC', 'capacity', 20],
      ['HA', 'capacity', 100],
    ]);
  });

  it('falls back to facilities when any counted facility lacks a capacity, even in a unit without demand', () => {
    const rows = rankGaps(map(cov('SC', 10_000, 2, [10, 10]), cov('HA', 10_000, 1, [100]), cov('XZ', null, 2, [5])));
    expect(rows.map((r) => [r.unit, r.supplyKind, r.supply])).toEqual([
      ['HA', 'facilities', 1],
      ['SC', 'facilities', 2],
      ['XZ', 'facilities', null],
    ]);
  });

  it('uses facilities when no facility is counted at all (capacity would be vacuous)', () => {
    expect(rankGaps(map(cov('SC', 100, 0), cov('HA', 200, 0))).map((r) => [r.unit, r.supplyKind, r.supply, r.score])).toEqual([
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
});
