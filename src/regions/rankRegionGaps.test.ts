import { describe, expect, it } from 'vitest';
import { percentiles, rankGaps } from '../facilities/gapScore';
import type { UnitId } from '../geo/units';
import type { Region } from './parseRegions';
import type { RegionCoverage } from './regionCoverage';
import { rankRegionGaps, regionOrder, type RegionGapChoices } from './rankRegionGaps';

let feature = 0;
const region = (code: string | null, province: UnitId | null): Region => ({
  feature: ++feature,
  code,
  name: code,
  province,
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
  bbox: [0, 0, 1, 1],
  vertices: 4,
});

/** Coverage as computeRegionCoverage gives it, from facilities, capacity and demand. */
const cov = (unit: string, facilities: number, demand: number | null, capacity: number | null = null, withCapacity = capacity === null ? 0 : facilities): RegionCoverage => {
  const rate = (x: number | null) => (x !== null && demand !== null && demand > 0 ? (x / demand) * 10_000 : null);
  return {
    unit,
    facilities,
    facilitiesWithCapacity: withCapacity,
    capacity,
    perTenThousandChildren: rate(facilities),
    capacityPerTenThousandChildren: rate(capacity),
    childrenPerFacility: demand !== null && facilities > 0 ? demand / facilities : null,
    areaShareWithinRadius: null,
    demand,
  };
};

// Five Anhui counties and three Henan counties; one region without a code (#9), in file order
// that is not code order.
const REGIONS = [
  region('341225', 'AH'),
  region('341221', 'AH'),
  region('341226', 'AH'),
  region('341282', 'AH'),
  region('341204', 'AH'),
  region('411526', 'HA'),
  region('411525', 'HA'),
  region('411627', 'HA'),
  region(null, null),
];
const BASE: RegionGapChoices = { measure: 'facilities', province: null, types: ['home', 'centre', 'school', 'other'], planned: [] };
const keys = (rows: { unit: string }[]) => rows.map((r) => r.unit);

describe('rankRegionGaps', () => {
  const coverage = new Map(
    [
      cov('341225', 2, 300_000, 100),
      cov('341221', 1, 420_000, 40),
      cov('341226', 5, 200_000, 300),
      cov('341282', 0, 120_000, 0, 0), // no facility: supply 0
      cov('341204', 3, null, 90), // no demand figure: unscored
      cov('411526', 1, 500_000, 50),
      cov('411525', 4, 150_000, 200),
      cov('411627', 2, 0, 60), // demand 0: unscored
      cov('#9', 1, 10_000, 10),
    ].map((c) => [c.unit, c]),
  );

  it('ranks the whole set with rankGaps, unscored regions last in code order', () => {
    const r = rankRegionGaps(coverage, REGIONS, BASE);
    expect(r.regions).toBe(9);
    expect(keys(r.rows).slice(-2)).toEqual(['341204', '411627']);
    expect(r.rows.filter((x) => x.rank !== null)).toHaveLength(7);
    // The same rows as rankGaps over the same map: the rule is the province rule, not a copy.
    const direct = rankGaps(coverage, 'facilities', regionOrder(REGIONS));
    expect(r.rows).toEqual(direct);
    // By hand: demand percentiles among the seven scored regions.
    const scored = ['341225', '341221', '341226', '341282', '411526', '411525', '#9'];
    const demand = percentiles(scored.map((k) => coverage.get(k)!.demand!));
    const supply = percentiles(scored.map((k) => coverage.get(k)!.perTenThousandChildren ?? 0));
    const byKey = new Map(r.rows.map((x) => [x.unit, x]));
    scored.forEach((k, i) => expect(byKey.get(k)!.score).toBeCloseTo(demand[i]! - supply[i]!, 12));
    // 411526: the most children (500,000) and the second-lowest supply (0.02 per 10,000).
    expect(r.rows[0]!).toMatchObject({ unit: '411526', rank: 1 });
    expect(r.rows[0]!.score).toBeCloseTo(1 - 1 / 6, 12);
  });

  it('ranks within one province, with percentiles among that province’s regions only', () => {
    const r = rankRegionGaps(coverage, REGIONS, { ...BASE, province: 'HA' });
    expect(r.regions).toBe(3);
    expect(keys(r.rows)).toEqual(['411526', '411525', '411627']);
    expect(r.rows.map((x) => x.score)).toEqual([1, -1, null]);
    expect(rankRegionGaps(coverage, REGIONS, { ...BASE, province: 'BJ' }).rows).toEqual([]);
  });

  it('uses capacity only when every counted facility states one, and says why not', () => {
    const some = new Map(coverage);
    some.set('341225', cov('341225', 2, 300_000, 50, 1));
    expect(rankRegionGaps(some, REGIONS, { ...BASE, measure: 'capacity' })).toMatchObject({ supplyKind: 'facilities', availability: 'some-missing' });
    const all = rankRegionGaps(coverage, REGIONS, { ...BASE, measure: 'capacity' });
    expect(all).toMatchObject({ supplyKind: 'capacity', availability: 'available' });
    expect(all.rows.find((x) => x.unit === '341226')!.supply).toBeCloseTo(15, 12); // 300 places / 200,000 × 10,000
    // Within Henan alone, every facility states a capacity even when an Anhui one does not.
    expect(rankRegionGaps(some, REGIONS, { ...BASE, measure: 'capacity', province: 'HA' }).supplyKind).toBe('capacity');
  });

  it('breaks equal scores by demand, then by code', () => {
    const tied = new Map([cov('341225', 1, 10_000), cov('341221', 1, 10_000), cov('341226', 1, 10_000)].map((c) => [c.unit, c]));
    const r = rankRegionGaps(tied, REGIONS, BASE);
    expect(keys(r.rows)).toEqual(['341221', '341225', '341226']);
    expect(r.rows.map((x) => x.score)).toEqual([0, 0, 0]);
    expect(r.rows.map((x) => x.rank)).toEqual([1, 2, 3]);
  });

  it('scores demand alone when a filter excludes every facility', () => {
    const none = new Map([cov('341225', 0, 300_000), cov('341221', 0, 420_000), cov('341226', 0, 200_000)].map((c) => [c.unit, c]));
    const r = rankRegionGaps(none, REGIONS, { ...BASE, types: [], measure: 'capacity' });
    expect(keys(r.rows)).toEqual(['341221', '341225', '341226']);
    expect(r.rows.map((x) => x.supply)).toEqual([0, 0, 0]);
    expect(r).toMatchObject({ supplyKind: 'facilities', availability: 'no-facilities' });
  });

  it('ranks with planned facilities beside the loaded ones, of ticked types and regions in scope only', () => {
    const planned = [
      { unit: '341282', type: 'home' as const, count: 3, capacity: 50 },
      { unit: '341282', type: 'school' as const, count: 9, capacity: null },
      { unit: '411526', type: 'home' as const, count: 9, capacity: null },
    ];
    const r = rankRegionGaps(coverage, REGIONS, { ...BASE, types: ['home', 'centre'], planned, province: 'AH' });
    // Anhui: 341282 (no facility) ties 341225 at score 0 and follows it (fewer children); three
    // planned homes give it 0.25 per 10,000, the most in Anhui with 341226, and rank 4.
    expect(r.rows.find((x) => x.unit === '341282')!.rank).toBe(3);
    const after = new Map(r.withPlanned!.map((x) => [x.unit, x]));
    expect(after.get('341282')!.supply).toBeCloseTo((3 / 120_000) * 10_000, 12);
    expect(after.get('341282')!.rank).toBe(4);
    expect(after.has('411526')).toBe(false);
    expect(rankRegionGaps(coverage, REGIONS, BASE).withPlanned).toBeNull();
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify([...coverage]);
    rankRegionGaps(coverage, REGIONS, { ...BASE, planned: [{ unit: '341282', type: 'home', count: 1, capacity: null }] });
    expect(JSON.stringify([...coverage])).toBe(before);
  });
});
