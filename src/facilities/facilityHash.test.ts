import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildFacilityHash, haversineKm } from './facilityHash';
import { mulberry32 } from './generateDemoFacilities';
import { KM_PER_DEGREE } from './sampleGrid';

describe('haversineKm', () => {
  const CASES: [string, [number, number], [number, number], number, number][] = [
    // name, [lon, lat], [lon, lat], km, tolerance km
    ['same point', [104.07, 30.67], [104.07, 30.67], 0, 1e-9],
    ['one degree of latitude', [104, 30], [104, 31], KM_PER_DEGREE, 1e-9],
    ['one degree of longitude at the equator', [0, 0], [1, 0], KM_PER_DEGREE, 1e-9],
    ['one degree of longitude at 60°N ≈ half', [0, 60], [1, 60], KM_PER_DEGREE / 2, 0.01],
    ['Beijing → Shanghai ≈ 1,068 km', [116.4, 39.9], [121.47, 31.23], 1068, 5],
    ['Chengdu → Zhengzhou ≈ 1,007 km', [104.07, 30.67], [113.65, 34.76], 1007, 10],
    ['antipodes: half the circumference', [0, 0], [180, 0], Math.PI * 6371.0088, 1e-6],
  ];
  it.each(CASES)('%s', (_, a, b, km, tolerance) => {
    expect(Math.abs(haversineKm(a[0], a[1], b[0], b[1]) - km)).toBeLessThanOrEqual(tolerance);
  });

  it('agrees with turf distance (same sphere)', () => {
    expect(haversineKm(116.4, 39.9, 121.47, 31.23)).toBeCloseTo(distance([116.4, 39.9], [121.47, 31.23], { units: 'kilometers' }), 6);
  });
});

describe('buildFacilityHash', () => {
  const random = mulberry32(7);
  const points = Array.from({ length: 2000 }, () => ({ lon: 73 + random() * 63, lat: 18 + random() * 36 }));
  // Half anywhere, half within ~2 km of a point, so that small radii see hits and misses too.
  const queries = Array.from({ length: 3000 }, (_, k) => {
    if (k % 2 === 0) return [73 + random() * 63, 18 + random() * 36] as const;
    const p = points[Math.floor(random() * points.length)]!;
    return [p.lon + (random() - 0.5) * 0.04, p.lat + (random() - 0.5) * 0.04] as const;
  });

  it.each([0.5, 5, 30, 120, 800, 5000])('answers like a brute-force scan at radius %d km', (r) => {
    const hash = buildFacilityHash(points, r);
    let hits = 0;
    for (const [lon, lat] of queries) {
      const brute = points.some((p) => haversineKm(lon, lat, p.lon, p.lat) <= r);
      if (hash.anyWithin(lon, lat) !== brute) expect.fail(`r=${r} [${lon}, ${lat}]: hash ${!brute}, brute ${brute}`);
      if (brute) hits++;
    }
    // The case must exercise both answers, except where the radius covers everything.
    if (r < 1000) expect(hits).toBeGreaterThan(0);
    if (r < 100) expect(hits).toBeLessThan(queries.length);
  });

  it('includes the boundary and excludes just beyond it', () => {
    const hash = buildFacilityHash([{ lon: 104, lat: 30 }], KM_PER_DEGREE);
    expect(hash.anyWithin(104, 31)).toBe(true);
    expect(hash.anyWithin(104, 31.001)).toBe(false);
  });

  it('finds points near the poles and across the antimeridian scan', () => {
    const hash = buildFacilityHash([{ lon: 10, lat: 89.5 }], 200);
    expect(hash.anyWithin(-170, 89.5)).toBe(true); // 1° of latitude away over the pole
  });

  it('answers false when empty, and skips non-finite points', () => {
    expect(buildFacilityHash([], 100).anyWithin(104, 30)).toBe(false);
    expect(buildFacilityHash([{ lon: NaN, lat: 30 }], 100).anyWithin(104, 30)).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = points.slice(0, 10).map((p) => ({ ...p }));
    const before = structuredClone(input);
    buildFacilityHash(input, 50).anyWithin(100, 30);
    expect(input).toEqual(before);
  });
});
