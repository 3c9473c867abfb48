import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { UNIT_IDS } from '../geo/units';
import { mulberry32 } from './generateDemoFacilities';
import { buildProvinceIndex } from './provinceIndex';
import { PROVINCES, collection, square } from './testFixtures';

/** What locate must equal: the first unit in GB order whose shape contains the point, by turf
 * alone (no grid), or -1. */
function bruteForce(index: ReturnType<typeof buildProvinceIndex>, lon: number, lat: number): number {
  return index.features.findIndex((f) => booleanPointInPolygon([lon, lat], f));
}

describe('buildProvinceIndex on hand-made squares', () => {
  // SC listed first, but CQ (GB 500000) precedes SC (510000): the index orders by GB code.
  const fc = collection(square('SC', 103, 30), square('CQ', 104, 30), square('GZ', 103, 29), square('YN', 104, 29));
  const index = buildProvinceIndex(fc, 0.25);
  const unitAt = (lon: number, lat: number) => index.units[index.locate(lon, lat)] ?? null;

  it('orders units by GB/T 2260 whatever the input order', () => {
    expect(index.units).toEqual(['CQ', 'SC', 'GZ', 'YN']);
  });

  const CASES: [string, number, number, string | null][] = [
    ['inside SC', 103.5, 30.5, 'SC'],
    ['inside CQ', 104.5, 30.5, 'CQ'],
    ['inside YN', 104.5, 29.5, 'YN'],
    ['SC|CQ border: first in GB order', 104, 30.5, 'CQ'],
    ['GZ|YN border', 104, 29.5, 'GZ'],
    ['SC|GZ border', 103.5, 30, 'SC'],
    ['corner of all four', 104, 30, 'CQ'],
    ['outer edge of SC', 103, 30.5, 'SC'],
    ['outer corner of YN', 105, 29, 'YN'],
    ['just outside', 105.000001, 29.5, null],
    ['far outside', 0, 0, null],
    ['NaN', NaN, 30, null],
    ['Infinity', Infinity, 30, null],
  ];
  it.each(CASES)('%s [%d, %d] → %s', (_, lon, lat, expected) => {
    expect(unitAt(lon, lat)).toBe(expected);
  });

  it('contains() has no tie-break: a border point is in both neighbours', () => {
    const [cq, sc, gz] = [0, 1, 2];
    expect([index.contains(cq, 104, 30.5), index.contains(sc, 104, 30.5), index.contains(gz, 104, 30.5)]).toEqual([true, true, false]);
  });

  it('agrees with turf on a dense grid of points, including every cell edge', () => {
    for (let lon = 102.5; lon <= 105.5; lon += 0.125) {
      for (let lat = 28.5; lat <= 31.5; lat += 0.125) {
        expect([lon, lat, index.locate(lon, lat)]).toEqual([lon, lat, bruteForce(index, lon, lat)]);
      }
    }
  });

  it('finds a small unit inside a large one (an enclave without a hole)', () => {
    // BJ sits inside HE's square, and HE has no hole: both contain the points of BJ; BJ comes first.
    const nested = buildProvinceIndex(collection(square('HE', 110, 30, 4), square('BJ', 111.1, 31.1, 0.3)), 0.25);
    expect(nested.units[nested.locate(111.2, 31.2)]).toBe('BJ');
    expect(nested.units[nested.locate(113.5, 33.5)]).toBe('HE');
    expect(nested.units[nested.locate(110.05, 30.05)]).toBe('HE');
    // In a cell crossed only by BJ's border, outside BJ: HE holds that whole cell without an edge.
    expect(nested.units[nested.locate(111.05, 31.2)]).toBe('HE');
  });

  it('respects holes', () => {
    const ring = (w: number, s: number, size: number): Position[] => [[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]];
    const holed: Polygon = { type: 'Polygon', coordinates: [ring(110, 30, 4), ring(111, 31, 2).reverse()] };
    const idx = buildProvinceIndex(collection({ type: 'Feature', properties: { id: 'HE' }, geometry: holed }), 0.25);
    expect([idx.locate(110.5, 30.5), idx.locate(112, 32), idx.locate(111, 32)]).toEqual([0, -1, 0]);
  });

  it('throws on a feature without a unit id, a duplicate or a non-areal geometry', () => {
    expect(() => buildProvinceIndex(collection({ ...square('SC', 0, 0), properties: { id: 'XX' } }))).toThrow('province feature 0: invalid properties.id "XX"');
    expect(() => buildProvinceIndex(collection(square('SC', 0, 0), square('SC', 1, 0)))).toThrow('province feature 1: duplicate id SC');
    expect(() =>
      buildProvinceIndex(collection({ type: 'Feature', properties: { id: 'SC' }, geometry: { type: 'Point', coordinates: [0, 0] } })),
    ).toThrow('province SC: geometry must be a Polygon or MultiPolygon');
  });

  it('locates nothing when there are no provinces', () => {
    expect(buildProvinceIndex(collection()).locate(104, 30)).toBe(-1);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(fc);
    buildProvinceIndex(fc);
    expect(fc).toEqual(before);
    expect(fc.features.every((f) => f.bbox === undefined)).toBe(true);
  });
});

describe('buildProvinceIndex on the real provinces', () => {
  const index = buildProvinceIndex(PROVINCES);

  it('holds the 34 units in GB order', () => {
    expect(index.units).toEqual(UNIT_IDS);
  });

  it('agrees with turf (first unit in GB order) on 20,000 seeded random points over China', () => {
    const random = mulberry32(2260);
    let located = 0;
    for (let k = 0; k < 20_000; k++) {
      const lon = 73 + random() * 63;
      const lat = 15 + random() * 39;
      const got = index.locate(lon, lat);
      if (got !== bruteForce(index, lon, lat)) expect.fail(`[${lon}, ${lat}]: locate ${got}, turf ${bruteForce(index, lon, lat)}`);
      if (got >= 0) located++;
    }
    // Sanity: about 9.6 M km² of China in a 63° × 39° box (~26 M km² at these latitudes).
    expect(located / 20_000).toBeGreaterThan(0.3);
    expect(located / 20_000).toBeLessThan(0.45);
  });

  // Every vertex shared by two or more units lies exactly on their common border.
  const owners = new Map<string, Set<number>>();
  index.features.forEach((f, i) => {
    const g = f.geometry as Polygon | MultiPolygon;
    const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    for (const ring of rings) for (const [lon, lat] of ring) {
      const key = `${lon},${lat}`;
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(i);
    }
  });
  const shared = [...owners].filter(([, s]) => s.size >= 2).map(([k, s]) => [...k.split(',').map(Number), Math.min(...s)] as const);

  it(`counts each of the ${shared.length} shared border vertices once, in the first unit in GB order`, () => {
    expect(shared.length).toBeGreaterThan(1000);
    const wrong = shared.filter(([lon, lat, first]) => index.locate(lon!, lat!) !== first);
    expect(wrong).toEqual([]);
  });

  it('puts the midpoint of every shared border segment in some unit (nothing falls through the crack)', () => {
    // Midpoints are rounded, so they sit a hair to one side of the border: exactly one of the two
    // neighbours must take them.
    const sharedKeys = new Set(shared.map(([lon, lat]) => `${lon},${lat}`));
    const lost: number[][] = [];
    for (const f of index.features) {
      const g = f.geometry as Polygon | MultiPolygon;
      const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      for (const ring of rings) {
        for (let k = 0; k + 1 < ring.length; k++) {
          const [a, b] = [ring[k]!, ring[k + 1]!];
          if (!sharedKeys.has(`${a[0]},${a[1]}`) || !sharedKeys.has(`${b[0]},${b[1]}`)) continue;
          const mid = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
          if (index.locate(mid[0]!, mid[1]!) < 0) lost.push(mid);
        }
      }
    }
    expect(lost).toEqual([]);
  });
});
