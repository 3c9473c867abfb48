import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Facility, FacilityType } from '../facilities/facility';
import { mulberry32 } from '../facilities/generateDemoFacilities';
import { parseRegions } from './parseRegions';
import { computeRegionCoverage, regionCellDeg } from './regionCoverage';
import { regionKey } from './regionSet';
import { squareRegion } from './testFixtures';
import { voronoiCounties } from './voronoiCounties.fixture';

let id = 0;
const at = (lon: number, lat: number, type: FacilityType = 'home', capacity: number | null = null): Facility => ({
  id: `f${++id}`,
  name: '',
  type,
  capacity,
  opened: null,
  source: 'test',
  lon,
  lat,
  row: id,
});

// Four 1° squares side by side: 116–117, 117–118, 118–119, 119–120 °E, 30–31 °N (the fixture puts feature f at 115 + f).
const REGIONS = [squareRegion(1, '341221', '临泉'), squareRegion(2, '341225', '阜南'), squareRegion(3, '341282', '界首'), squareRegion(4, null, '无代码')];

describe('computeRegionCoverage on hand-made squares', () => {
  const facilities = [
    at(116.2, 30.2, 'home', 40),
    at(116.8, 30.8, 'school', 60),
    at(117, 30.5, 'home', 10), // on the border of 临泉 and 阜南: the first in set order
    at(117.5, 30.5, 'centre', null),
    at(117.6, 30.6, 'home', 5),
    at(125, 30.5, 'home', 5), // outside the set
    at(Number.NaN, 30.5, 'home', 5),
  ];
  const demand = new Map([
    ['341221', 20_000],
    ['341225', 0],
    ['#4', 5_000],
  ]);
  const all = computeRegionCoverage({ facilities, regions: REGIONS, demand, radiusKm: null, types: null });

  it('counts each facility in one region, the first in set order on a shared border', () => {
    expect([...all.byRegion.values()].map((c) => [c.unit, c.facilities])).toEqual([['341221', 3], ['341225', 2], ['341282', 0], ['#4', 0]]);
    expect(all.outside.map((f) => f.lon)).toEqual([125, Number.NaN]);
    expect(all.excluded).toBe(0);
  });

  it('sums capacity only when every counted facility states one, and gives rates per 10,000 children', () => {
    expect(all.byRegion.get('341221')!.perTenThousandChildren).toBeCloseTo(1.5, 12);
    expect(all.byRegion.get('341221')).toMatchObject({ capacity: 110, facilitiesWithCapacity: 3, capacityPerTenThousandChildren: 55, childrenPerFacility: 20_000 / 3, demand: 20_000 });
    // 阜南: one facility without a capacity: no sum, however many others state one. Demand 0: no rate.
    expect(all.byRegion.get('341225')).toMatchObject({ capacity: null, facilitiesWithCapacity: 1, perTenThousandChildren: null, capacityPerTenThousandChildren: null, demand: 0 });
    // 界首: no demand figure at all is no data, never 0.
    expect(all.byRegion.get('341282')).toMatchObject({ facilities: 0, capacity: 0, demand: null, perTenThousandChildren: null, childrenPerFacility: null });
    expect(all.byRegion.get('#4')).toMatchObject({ facilities: 0, perTenThousandChildren: 0, capacityPerTenThousandChildren: 0 });
  });

  it.each<[string, FacilityType[] | null, number[], number]>([
    // [case, types, facilities per region, excluded]
    ['every type', null, [3, 2, 0, 0], 0],
    ['homes', ['home'], [2, 1, 0, 0], 1 + 1],
    ['homes and centres', ['home', 'centre'], [2, 2, 0, 0], 1],
    ['schools', ['school'], [1, 0, 0, 0], 6],
    ['no type at all', [], [0, 0, 0, 0], 7],
  ])('filters by type: %s', (_, types, counts, excluded) => {
    const r = computeRegionCoverage({ facilities, regions: REGIONS, demand, radiusKm: null, types });
    expect([...r.byRegion.values()].map((c) => c.facilities)).toEqual(counts);
    expect(r.excluded).toBe(excluded);
  });

  it('estimates the share of each region within the radius of a counted facility', () => {
    const centre = [at(116.5, 30.5)];
    const share = (radiusKm: number | null, types: FacilityType[] | null = null) =>
      computeRegionCoverage({ facilities: centre, regions: REGIONS, demand, radiusKm, types }).byRegion.get('341221')!.areaShareWithinRadius;
    // A 1° square at 30.5°N is about 111.2 km × 95.8 km; a 20 km disc is π·20² ≈ 1,257 km²: 11.8 %.
    expect(share(20)).toBeGreaterThan(0.09);
    expect(share(20)).toBeLessThan(0.15);
    expect(share(500)).toBe(1);
    expect(share(0)).toBe(0);
    expect(share(null)).toBeNull();
    expect(share(500, ['school'])).toBe(0);
    // A facility outside the set, 9.6 km west of it, still serves the region beside it: a 30 km
    // disc reaches about 20 km in, a segment of about 850 km² of the square's 10,650 (8 %).
    const across = computeRegionCoverage({ facilities: [at(115.9, 30.5)], regions: REGIONS, demand, radiusKm: 30, types: null });
    expect(across.outside).toHaveLength(1);
    expect(across.byRegion.get('341221')!.areaShareWithinRadius).toBeGreaterThan(0.05);
    expect(across.byRegion.get('341221')!.areaShareWithinRadius).toBeLessThan(0.11);
  });

  it('refuses a radius that is not a distance', () => {
    for (const radiusKm of [-1, Number.NaN, Infinity]) expect(() => computeRegionCoverage({ facilities, regions: REGIONS, demand, radiusKm, types: null })).toThrow(RangeError);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify([facilities, REGIONS]);
    computeRegionCoverage({ facilities, regions: REGIONS, demand, radiusKm: 25, types: ['home'] });
    expect(JSON.stringify([facilities, REGIONS])).toBe(before);
  });
});

describe('computeRegionCoverage on 3,000 generated counties and 50,000 facilities', () => {
  const file = voronoiCounties(3000, 21, { bbox: [100, 22, 122, 42], code: (i) => String(110000 + i) });
  const regions = parseRegions(file).regions;
  const rnd = mulberry32(5);
  const facilities = Array.from({ length: 50_000 }, (_, k) => at(99 + rnd() * 24, 21 + rnd() * 22, (['home', 'centre', 'school', 'other'] as const)[k % 4], 10));
  const demand = new Map(regions.map((r, i) => [regionKey(r), 1000 + i]));

  it('counts every point in the region turf says holds it, within generous time', { timeout: 120_000 }, () => {
    expect(regions).toHaveLength(3000);
    const t0 = performance.now();
    const result = computeRegionCoverage({ facilities, regions, demand, radiusKm: null, types: null });
    const ms = performance.now() - t0;
    const t1 = performance.now();
    const withRadius = computeRegionCoverage({ facilities, regions, demand, radiusKm: 10, types: ['home', 'school'] });
    const msRadius = performance.now() - t1;
    const counted = [...result.byRegion.values()].reduce((s, c) => s + c.facilities, 0);
    expect(counted + result.outside.length).toBe(50_000);
    // Against brute force (the first region turf says contains it), for 2,000 of the points.
    const sample = facilities.slice(0, 2000);
    const t2 = performance.now();
    const brute = sample.map((f) => regions.findIndex((r) => booleanPointInPolygon([f.lon, f.lat], r.geometry as Polygon)));
    const msBrute = ((performance.now() - t2) * facilities.length) / sample.length;
    console.info(
      `regionCoverage: 50,000 facilities × 3,000 regions, cell ${regionCellDeg(regions).toFixed(3)}°: ${ms.toFixed(0)} ms ` +
        `(turf on every region, extrapolated from 2,000 points: ${msBrute.toFixed(0)} ms); with a 10 km radius (2 types, ${withRadius.sampleSpacingKm} km samples): ${msRadius.toFixed(0)} ms`,
    );
    const counts = new Map<string, number>();
    brute.forEach((i) => i >= 0 && counts.set(regionKey(regions[i]!), (counts.get(regionKey(regions[i]!)) ?? 0) + 1));
    const fast = computeRegionCoverage({ facilities: sample, regions, demand, radiusKm: null, types: null });
    for (const [key, c] of fast.byRegion) expect([key, c.facilities]).toEqual([key, counts.get(key) ?? 0]);
    expect(fast.outside).toHaveLength(brute.filter((i) => i < 0).length);
    const shares = [...withRadius.byRegion.values()].map((c) => c.areaShareWithinRadius);
    expect(shares.every((s) => s !== null && s >= 0 && s <= 1)).toBe(true);
  });
});
