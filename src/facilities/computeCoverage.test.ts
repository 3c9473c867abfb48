import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { UNIT_IDS, type UnitId } from '../geo/units';
import { computeCoverage, type CoverageInput, type ProvinceCoverage } from './computeCoverage';
import { generateDemoFacilities } from './generateDemoFacilities';
import { PROVINCES, collection, facilityAt, square } from './testFixtures';

// Two 1° squares sharing the meridian 104°E: SC to the west, CQ to the east (CQ comes first in
// GB/T 2260 order, 500000 < 510000). Listed SC first on purpose.
const SQUARES = collection(square('SC', 103, 30), square('CQ', 104, 30));
const noDemand = new Map<UnitId, number>();
const run = (input: Partial<CoverageInput>) =>
  computeCoverage({ facilities: [], provinces: SQUARES, demand: noDemand, radiusKm: null, ...input });
const counts = (byUnit: Map<UnitId, ProvinceCoverage>) => Object.fromEntries([...byUnit].map(([u, c]) => [u, c.facilities]));

describe('computeCoverage: hand-made squares', () => {
  it('lists every unit in GB order, with zero facilities where there are none', () => {
    const r = run({});
    expect([...r.byUnit.keys()]).toEqual(['CQ', 'SC']);
    expect(r.byUnit.get('SC')).toEqual({
      unit: 'SC', facilities: 0, facilitiesWithCapacity: 0, capacity: null, perTenThousandChildren: null,
      capacityPerTenThousandChildren: null, childrenPerFacility: null, areaShareWithinRadius: null, demand: null,
    });
  });

  it('counts a point exactly on the shared border once, in the first unit in GB order', () => {
    const r = run({ facilities: [facilityAt(104, 30.5), facilityAt(104, 31), facilityAt(104, 30)] });
    expect(counts(r.byUnit)).toEqual({ CQ: 3, SC: 0 });
    expect(r.outside).toEqual([]);
  });

  it('reports points in no unit in `outside`, in input order, and counts them nowhere', () => {
    const far = [facilityAt(0, 0), facilityAt(139.69, 35.69), facilityAt(NaN, 30), facilityAt(105.0001, 30.5)];
    const r = run({ facilities: [facilityAt(103.5, 30.5), ...far] });
    expect(r.outside).toEqual(far);
    expect(counts(r.byUnit)).toEqual({ CQ: 0, SC: 1 });
  });

  it('counts duplicate points (two facilities in one building) separately', () => {
    const r = run({ facilities: [facilityAt(103.5, 30.5, { id: 'a' }), facilityAt(103.5, 30.5, { id: 'b' })] });
    expect(counts(r.byUnit)).toEqual({ CQ: 0, SC: 2 });
  });

  it('sums stated capacities, and says how many facilities stated one', () => {
    const r = run({
      facilities: [facilityAt(103.2, 30.2, { capacity: 50 }), facilityAt(103.4, 30.4, { capacity: 0 }), facilityAt(103.6, 30.6), facilityAt(104.5, 30.5)],
    });
    expect(r.byUnit.get('SC')).toMatchObject({ facilities: 3, facilitiesWithCapacity: 2, capacity: 50 });
    expect(r.byUnit.get('CQ')).toMatchObject({ facilities: 1, facilitiesWithCapacity: 0, capacity: null });
  });

  const RATES: [string, number | undefined, Partial<ProvinceCoverage>][] = [
    ['missing demand', undefined, { demand: null, perTenThousandChildren: null, capacityPerTenThousandChildren: null, childrenPerFacility: null }],
    ['zero demand', 0, { demand: 0, perTenThousandChildren: null, capacityPerTenThousandChildren: null, childrenPerFacility: 0 }],
    ['negative demand is no data', -5, { demand: null, perTenThousandChildren: null, childrenPerFacility: null }],
    ['NaN demand is no data', NaN, { demand: null, perTenThousandChildren: null, childrenPerFacility: null }],
    ['20,000 children', 20_000, { demand: 20_000, perTenThousandChildren: 1, capacityPerTenThousandChildren: 60, childrenPerFacility: 10_000 }],
  ];
  it.each(RATES)('rates with %s', (_, demand, expected) => {
    const facilities = [facilityAt(103.3, 30.3, { capacity: 100 }), facilityAt(103.7, 30.7, { capacity: 20 })];
    const r = run({ facilities, demand: new Map(demand === undefined ? [] : [['SC', demand]]) });
    expect(r.byUnit.get('SC')).toMatchObject(expected);
  });

  it('gives 0 facilities per 10,000 children (not null) where there is demand but no facility', () => {
    const r = run({ demand: new Map([['CQ', 5000]]) });
    expect(r.byUnit.get('CQ')).toMatchObject({ facilities: 0, perTenThousandChildren: 0, capacityPerTenThousandChildren: null, childrenPerFacility: null });
  });

  it('leaves area shares null without a radius', () => {
    const r = run({ facilities: [facilityAt(103.5, 30.5)] });
    expect([...r.byUnit.values()].map((c) => c.areaShareWithinRadius)).toEqual([null, null]);
  });

  it('radius 0: shares are 0 (a point covers no area), facilities are still counted', () => {
    const r = run({ facilities: [facilityAt(103.5, 30.5), facilityAt(104.5, 30.5)], radiusKm: 0 });
    expect([...r.byUnit.values()].map((c) => [c.facilities, c.areaShareWithinRadius])).toEqual([[1, 0], [1, 0]]);
  });

  it('a radius reaching every corner covers the whole square: share 1', () => {
    // The SC square is ~96 × 111 km; its corners are ~73.5 km from its centre, so 80 km covers it
    // all: every sample is within reach, and the share is exactly 1 (no sampling tolerance needed).
    // The circle pokes ~0.84° of longitude past 104°E into CQ: a part of CQ is covered, not all.
    const r = run({ facilities: [facilityAt(103.5, 30.5)], radiusKm: 80 });
    expect(r.byUnit.get('SC')!.areaShareWithinRadius).toBe(1);
    const cq = r.byUnit.get('CQ')!.areaShareWithinRadius!;
    expect(cq).toBeGreaterThan(0.1);
    expect(cq).toBeLessThan(0.5);
  });

  it('a small circle covers π r² of the unit, within ±0.005 (sampling tolerance at ~0.9 km spacing)', () => {
    const big = collection(square('XZ', 90, 0, 2));
    const r = computeCoverage({ facilities: [facilityAt(91, 1)], provinces: big, demand: noDemand, radiusKm: 50 });
    const expected = (Math.PI * 50 ** 2) / (area(big.features[0]!) / 1e6); // turf area is m²
    expect(Math.abs(r.byUnit.get('XZ')!.areaShareWithinRadius! - expected)).toBeLessThan(0.005);
    expect(r.sampleSpacingKm).toBeCloseTo(1, 6); // ~49,500 km² over 60,000 samples ≈ 0.91 km, rounded up
  });

  it('facilities outside every unit cover no area', () => {
    const r = run({ facilities: [facilityAt(105.01, 30.5)], radiusKm: 80 });
    expect(r.byUnit.get('CQ')!.areaShareWithinRadius).toBe(0);
  });

  it('a facility in one unit covers area in its neighbour', () => {
    const r = run({ facilities: [facilityAt(103.9, 30.5)], radiusKm: 30 });
    expect(r.byUnit.get('CQ')!.areaShareWithinRadius).toBeGreaterThan(0);
  });

  it.each([-1, NaN, Infinity])('throws on radius %d (a configuration error)', (radiusKm) => {
    expect(() => run({ radiusKm })).toThrow(new RangeError(`invalid radiusKm: ${radiusKm}`));
  });

  it('does not mutate its input', () => {
    const input: CoverageInput = {
      facilities: [facilityAt(104, 30.5, { capacity: 3 }), facilityAt(0, 0)],
      provinces: structuredClone(SQUARES),
      demand: new Map([['SC', 100]]),
      radiusKm: 40,
    };
    const before = structuredClone(input);
    computeCoverage(input);
    expect(input).toEqual(before);
  });

  it('is deterministic', () => {
    const input = { facilities: [facilityAt(103.3, 30.2), facilityAt(104.8, 30.9)], radiusKm: 25 };
    expect(run(input)).toEqual(run(input));
  });
});

describe('computeCoverage: the real provinces', () => {
  const CITIES: [string, number, number, UnitId][] = [
    ['Chengdu', 104.07, 30.67, 'SC'],
    ['Zhengzhou', 113.65, 34.76, 'HA'],
    ['Hong Kong (Kowloon)', 114.17, 22.32, 'HK'],
    ['Macao', 113.55, 22.19, 'MO'],
    ['Beijing', 116.4, 39.9, 'BJ'],
    ['Chongqing', 106.55, 29.56, 'CQ'],
    ['Lhasa', 91.13, 29.65, 'XZ'],
    ['Urumqi', 87.62, 43.83, 'XJ'],
    ['Taipei', 121.56, 25.04, 'TW'],
    ['Haikou', 110.35, 20.02, 'HI'],
    ['Harbin', 126.63, 45.75, 'HL'],
  ];
  it.each(CITIES)('a facility in %s [%d, %d] lands in %s', (_, lon, lat, unit) => {
    const r = computeCoverage({ facilities: [facilityAt(lon, lat)], provinces: PROVINCES, demand: noDemand, radiusKm: null });
    expect(r.outside).toEqual([]);
    expect([...r.byUnit].filter(([, c]) => c.facilities > 0).map(([u, c]) => [u, c.facilities])).toEqual([[unit, 1]]);
  });

  const ABROAD: [string, number, number][] = [
    ['Tokyo', 139.69, 35.69],
    ['Seoul', 126.98, 37.57],
    ['Hanoi', 105.85, 21.03],
    ['Ulaanbaatar', 106.91, 47.92],
    ['Kathmandu', 85.32, 27.72],
    ['the East China Sea', 125, 28],
    ['swapped Chengdu [lat, lon]', 30.67, 104.07],
  ];
  it('keeps facilities abroad or at sea in `outside`, not dropped', () => {
    const facilities = ABROAD.map(([name, lon, lat]) => facilityAt(lon, lat, { name }));
    const r = computeCoverage({ facilities: [facilityAt(104.07, 30.67), ...facilities], provinces: PROVINCES, demand: noDemand, radiusKm: null });
    expect(r.outside.map((f) => f.name)).toEqual(ABROAD.map(([name]) => name));
    expect([...r.byUnit.values()].reduce((s, c) => s + c.facilities, 0)).toBe(1);
  });

  it('a radius of 3,500 km from Lanzhou covers every unit entirely', () => {
    const r = computeCoverage({ facilities: [facilityAt(103.83, 36.06)], provinces: PROVINCES, demand: noDemand, radiusKm: 3500 });
    expect([...r.byUnit.values()].map((c) => c.areaShareWithinRadius)).toEqual(UNIT_IDS.map(() => 1));
    expect(r.sampleSpacingKm).toBeGreaterThan(10);
    expect(r.sampleSpacingKm).toBeLessThan(15);
  });

  // Speed is measured by `npm run bench`, never asserted in tests: this checks the result at scale.
  it('counts 50,000 facilities × 34 provinces, each once, with and without a radius', () => {
    const weights = new Map(UNIT_IDS.map((u, i) => [u, 1 + (i % 7)] as const));
    const { facilities } = generateDemoFacilities({ seed: 42, count: 50_000, provinces: PROVINCES, weights });
    const demand = new Map(UNIT_IDS.map((u) => [u, 1_000_000] as const));
    const located = computeCoverage({ facilities, provinces: PROVINCES, demand, radiusKm: null });
    const withRadius = computeCoverage({ facilities, provinces: PROVINCES, demand, radiusKm: 25 });
    expect(located.outside).toEqual([]);
    expect([...located.byUnit.values()].reduce((s, c) => s + c.facilities, 0)).toBe(50_000);
    expect(withRadius.byUnit.get('SC')!.areaShareWithinRadius).toBeGreaterThan(0);
    // About 1 s alone, but over 5 s (vitest's default limit) on this 2-core machine under load.
  }, 60_000);
});
