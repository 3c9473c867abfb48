import { describe, expect, it } from 'vitest';
import type { PlannedFacility } from '../facilities/plannedFacilities';
import { placeInRegion, plannedInRegions } from './placePlanned';
import { buildRegionIndex } from './regionCoverage';
import type { Region } from './parseRegions';
import { FIXTURE_SET, squareRegion } from './testFixtures';

// FIXTURE_SET: 1° squares, west edge 115 + feature, 30–31 °N ([lon, lat] degrees).
const regions = FIXTURE_SET.regions;
const index = buildRegionIndex(regions);

describe('placeInRegion', () => {
  it('puts a point inside the region, rounded to 4 decimals, that the index locates in that region', () => {
    for (const [i, r] of regions.entries()) {
      const key = r.code ?? `#${r.feature}`;
      const at = placeInRegion(regions, index, key)!;
      expect(index.locate(...at)).toBe(i);
      expect(at.every((x) => Number(x.toFixed(4)) === x)).toBe(true);
    }
  });

  it('finds a point in an L-shaped region whose first point rounds out of it, and gives null for an unknown key', () => {
    // An L: a 1° square minus its north-east 0.99° square; pointOnFeature may fall in the notch's edge.
    const l: Region = {
      ...squareRegion(1, '340001', 'L'),
      geometry: { type: 'Polygon', coordinates: [[[116, 30], [117, 30], [117, 30.01], [116.01, 30.01], [116.01, 31], [116, 31], [116, 30]]] },
    };
    const set = [l];
    const idx = buildRegionIndex(set);
    const at = placeInRegion(set, idx, '340001')!;
    expect(idx.locate(...at)).toBe(0);
    expect(placeInRegion(regions, index, '999999')).toBeNull();
  });
});

describe('plannedInRegions', () => {
  const p = (count: number, at?: [number, number]): PlannedFacility => ({ unit: 'AH', type: 'home', count, capacity: null, ...(at ? { at } : {}) });
  const CASES: [string, PlannedFacility[], ReturnType<typeof plannedInRegions>][] = [
    ['none', [], { placed: [], elsewhere: 0 }],
    ['a point in 阜南 (341225)', [p(2, [117.5, 30.5])], { placed: [{ unit: '341225', type: 'home', count: 2, capacity: null }], elsewhere: 0 }],
    ['a point in the region without a code', [p(1, [120.5, 30.5])], { placed: [{ unit: '#5', type: 'home', count: 1, capacity: null }], elsewhere: 0 }],
    ['a province entry is not spread over regions', [p(3)], { placed: [], elsewhere: 3 }],
    ['a point outside the set', [p(4, [100, 30.5]), p(1, [116.5, 30.5])], { placed: [{ unit: '341221', type: 'home', count: 1, capacity: null }], elsewhere: 4 }],
  ];
  it.each(CASES)('%s', (_, planned, expected) => {
    expect(plannedInRegions(planned, index)).toEqual(expected);
  });
});
