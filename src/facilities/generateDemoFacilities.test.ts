import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { UNIT_IDS, type UnitId } from '../geo/units';
import { computeCoverage } from './computeCoverage';
import { FACILITY_TYPES } from './facility';
import { DEMO_SET_NAME, apportion, generateDemoFacilities, mulberry32, type DemoFacilitiesOptions } from './generateDemoFacilities';
import { PROVINCES, collection, square } from './testFixtures';

// Rough children-aged-0–14 weights (millions) for a realistic spread; the real figures are not
// needed to test the generator.
const WEIGHTS = new Map<UnitId, number>(UNIT_IDS.map((u, i) => [u, 2 + ((i * 7) % 13)]));
const options = (extra: Partial<DemoFacilitiesOptions> = {}): DemoFacilitiesOptions => ({
  seed: 1,
  count: 2000,
  provinces: PROVINCES,
  weights: WEIGHTS,
  ...extra,
});
const shapeOf = new Map(PROVINCES.features.map((f) => [f.properties!['id'] as UnitId, f as Feature<Polygon | MultiPolygon>]));

describe('mulberry32', () => {
  it('is deterministic, in [0, 1), and roughly uniform', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.01);
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('differs between seeds, and takes the seed modulo 2³²', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
    expect(mulberry32(2 ** 32 + 5)()).toBe(mulberry32(5)());
  });
});

describe('apportion (largest remainder)', () => {
  const CASES: [number, number[], number[]][] = [
    [10, [1, 1, 1], [4, 3, 3]], // equal remainders: the earlier entry gets the extra one
    [10, [1, 2, 2], [2, 4, 4]],
    [7, [5, 3, 2], [4, 2, 1]], // quotas 3.5, 2.1, 1.4 → floors 3, 2, 1 + one to the largest remainder
    [3, [0, 1, 0], [0, 3, 0]],
    [5, [0, 0], [0, 0]],
    [0, [1, 2], [0, 0]],
    [4, [NaN, -1, Infinity, 2], [0, 0, 0, 4]],
    [50_000, [1, 1, 1], [16_667, 16_667, 16_666]],
  ];
  it.each(CASES)('%d over %j → %j', (count, weights, expected) => {
    const parts = apportion(count, weights);
    expect(parts).toEqual(expected);
  });
});

describe('generateDemoFacilities', () => {
  const set = generateDemoFacilities(options());

  it('labels the set as synthetic in both languages', () => {
    expect(set).toMatchObject({ name: DEMO_SET_NAME, synthetic: true, fileName: '' });
    expect(set.facilities.every((f) => /Synthetic/.test(f.name) && /合成/.test(f.name))).toBe(true);
    expect(new Set(set.facilities.map((f) => f.source))).toEqual(new Set(['Synthetic demonstration data (Liushou Atlas generator, seed 1)']));
    expect(set.facilities.find((f) => f.type === 'home')!.name).toMatch(/^Synthetic children's home [A-Z]{2}-\d{4} \/ 合成儿童之家 [A-Z]{2}-\d{4}$/);
  });

  it('is deterministic: the same seed gives identical output', () => {
    expect(generateDemoFacilities(options())).toEqual(set);
  });

  it('differs with another seed', () => {
    const other = generateDemoFacilities(options({ seed: 2 }));
    expect(other.facilities.map((f) => [f.lon, f.lat])).not.toEqual(set.facilities.map((f) => [f.lon, f.lat]));
    expect(other.id).not.toBe(set.id);
  });

  it('apportions the count to the weights, in GB order, numbered per unit', () => {
    const perUnit = apportion(2000, UNIT_IDS.map((u) => WEIGHTS.get(u)!));
    expect(set.facilities).toHaveLength(2000);
    const units = set.facilities.map((f) => f.id.slice('synthetic-'.length, -5));
    expect(UNIT_IDS.map((u) => units.filter((x) => x === u).length)).toEqual(perUnit);
    expect(units).toEqual([...units].sort((a, b) => UNIT_IDS.indexOf(a as UnitId) - UNIT_IDS.indexOf(b as UnitId)));
    expect(set.facilities.filter((f) => f.id.startsWith('synthetic-SC-')).map((f) => f.id).slice(0, 2)).toEqual(['synthetic-SC-0001', 'synthetic-SC-0002']);
    expect(set.facilities.map((f) => f.row)).toEqual(set.facilities.map((_, i) => i + 1));
    expect(new Set(set.facilities.map((f) => f.id)).size).toBe(2000);
  });

  it('places every facility inside its own unit (checked with turf directly) and coverage agrees', () => {
    const wrong = set.facilities.filter((f) => {
      const unit = f.id.slice('synthetic-'.length, -5) as UnitId;
      return !booleanPointInPolygon([f.lon, f.lat], shapeOf.get(unit)!);
    });
    expect(wrong).toEqual([]);
    const coverage = computeCoverage({ facilities: set.facilities, provinces: PROVINCES, demand: new Map(), radiusKm: null });
    expect(coverage.outside).toEqual([]);
    const perUnit = apportion(2000, UNIT_IDS.map((u) => WEIGHTS.get(u)!));
    expect(UNIT_IDS.map((u) => coverage.byUnit.get(u)!.facilities)).toEqual(perUnit);
  });

  it('draws types in fixed proportions, capacity 20–200 and opened 2008–2020', () => {
    const share = (t: string) => set.facilities.filter((f) => f.type === t).length / set.facilities.length;
    // Binomial standard error at n = 2000 is ≤ 0.011; ±0.04 is > 3.5 SE.
    expect([share('home'), share('centre'), share('school'), share('other')].map((s, i) => Math.abs(s - [0.5, 0.25, 0.2, 0.05][i]!) < 0.04)).toEqual([true, true, true, true]);
    expect(set.facilities.every((f) => FACILITY_TYPES.includes(f.type))).toBe(true);
    const caps = set.facilities.map((f) => f.capacity!);
    const years = set.facilities.map((f) => f.opened!);
    expect([Math.min(...caps), Math.max(...caps)]).toEqual([20, 200]);
    expect([Math.min(...years), Math.max(...years)]).toEqual([2008, 2020]);
    expect(caps.every(Number.isInteger) && years.every(Number.isInteger)).toBe(true);
  });

  it('gives units without a positive weight no facility', () => {
    const only = generateDemoFacilities(options({ count: 30, weights: new Map([['MO', 1], ['SC', 0], ['HK', -3]]) }));
    expect(only.facilities.map((f) => f.id.slice(10, 12))).toEqual(Array(30).fill('MO'));
  });

  it('returns an empty set for count 0 and throws on a count that is not a whole number', () => {
    expect(generateDemoFacilities(options({ count: 0 })).facilities).toEqual([]);
    expect(() => generateDemoFacilities(options({ count: -1 }))).toThrow('invalid count: -1');
    expect(() => generateDemoFacilities(options({ count: 2.5 }))).toThrow('invalid count: 2.5');
  });

  it('falls back to a fixed interior point when rejection sampling cannot hit the unit', () => {
    // A thin diagonal sliver fills 5 × 10⁻⁸ of its bbox: 1,000 attempts (almost) never hit it.
    const sliver: Feature<Polygon> = {
      type: 'Feature',
      properties: { id: 'MO' },
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [10, 10], [10, 10.000001], [0, 0]]] },
    };
    const r = generateDemoFacilities({ seed: 3, count: 5, provinces: collection(sliver, square('SC', 20, 20)), weights: new Map([['MO', 1]]) });
    expect(r.facilities).toHaveLength(5);
    // All at the same fallback point, strictly inside.
    expect(new Set(r.facilities.map((f) => `${f.lon},${f.lat}`)).size).toBe(1);
    for (const f of r.facilities) expect(booleanPointInPolygon([f.lon, f.lat], sliver, { ignoreBoundary: true })).toBe(true);
  });

  it('does not mutate its input', () => {
    const input = options({ provinces: structuredClone(PROVINCES), weights: new Map(WEIGHTS) });
    const before = structuredClone(input);
    generateDemoFacilities({ ...input, count: 200 });
    expect(input).toEqual(before);
  });

  // Speed is for `npm run bench`; tests assert no times.
  it('generates 50,000 facilities with unique ids', () => {
    const big = generateDemoFacilities(options({ count: 50_000, seed: 99 }));
    expect(big.facilities).toHaveLength(50_000);
    expect(new Set(big.facilities.map((f) => f.id)).size).toBe(50_000);
  });
});
