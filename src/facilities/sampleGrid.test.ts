import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildProvinceIndex } from './provinceIndex';
import { KM_PER_DEGREE, MAX_SAMPLES_TOTAL, MIN_SAMPLES_PER_UNIT, forEachGridPoint, planSampling } from './sampleGrid';
import { PROVINCES } from './testFixtures';

describe('planSampling', () => {
  const expectedSamples = (areas: number[], byUnit: number[]) => areas.map((a, i) => (byUnit[i]! > 0 ? a / byUnit[i]! ** 2 : 0));

  const CASES: [string, number[], number, number][] = [
    // name, areas km², spacing km (rounded up to 0.1), expected total samples ≤
    ['one unit: ~60,000 samples', [60_000], 1, 60_000],
    ['two equal units', [30_000, 30_000], 1, 60_000],
    ['a tiny unit gets its 400 and the rest shares the remainder', [59_600_000, 30], 31.7, 60_000],
    ['no area at all', [0, 0], 0, 0],
  ];
  it.each(CASES)('%s', (_, areas, spacing, maxTotal) => {
    const plan = planSampling(areas);
    expect(plan.spacingKm).toBeCloseTo(spacing, 6);
    const samples = expectedSamples(areas, plan.byUnit);
    expect(samples.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(maxTotal + 1e-6);
    areas.forEach((a, i) => {
      if (a > 0) expect(samples[i]).toBeGreaterThanOrEqual(MIN_SAMPLES_PER_UNIT - 1e-6);
    });
  });

  it('treats negative and NaN areas as no area', () => {
    expect(planSampling([-5, NaN, 60_000]).byUnit).toEqual([0, 0, 1]);
  });

  it('on the real units: every unit ≥ 400 expected samples, the country ≤ 60,000', () => {
    const areas = PROVINCES.features.map((f) => area(f) / 1e6); // turf area is m²
    const plan = planSampling(areas);
    const samples = expectedSamples(areas, plan.byUnit);
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(MIN_SAMPLES_PER_UNIT - 1e-6);
    expect(samples.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(MAX_SAMPLES_TOTAL);
    expect(plan.spacingKm).toBeGreaterThan(10);
    expect(plan.spacingKm).toBeLessThan(15);
  });

  it('on the real units, the samples that land inside each unit are ~400 or more (grid effects: ≥ 300)', () => {
    const index = buildProvinceIndex(PROVINCES);
    const plan = planSampling(index.features.map((f) => area(f) / 1e6));
    const inside = index.units.map((_, i) => {
      let n = 0;
      forEachGridPoint(index.bboxes[i]!, plan.byUnit[i]!, (lon, lat) => void (index.contains(i, lon, lat) && n++));
      return n;
    });
    expect(Math.min(...inside)).toBeGreaterThanOrEqual(300);
    const total = inside.reduce((s, x) => s + x, 0);
    expect(total).toBeGreaterThan(50_000);
    expect(total).toBeLessThanOrEqual(62_000);
  });
});

describe('forEachGridPoint', () => {
  it('lays an equal-area grid: ~area / spacing² points, wider longitude steps further north', () => {
    const rows = new Map<number, number[]>();
    const n = forEachGridPoint([100, 0, 101, 60], 10, (lon, lat) => {
      if (!rows.has(lat)) rows.set(lat, []);
      rows.get(lat)!.push(lon);
    });
    // 1° × 60° band on the sphere: R² × Δλ × (sin 60° − sin 0°), R = KM_PER_DEGREE × 180/π,
    // Δλ = π/180: ≈ 613,600 km², so ~6,136 points at 10 km.
    const areaKm2 = KM_PER_DEGREE ** 2 * (180 / Math.PI) * Math.sin(Math.PI / 3);
    expect(n).toBeGreaterThan(0.98 * (areaKm2 / 100));
    expect(n).toBeLessThan(1.02 * (areaKm2 / 100));
    const lats = [...rows.keys()];
    expect(lats[1]! - lats[0]!).toBeCloseTo(10 / KM_PER_DEGREE, 12);
    const step = (lat: number) => rows.get(lat)![1]! - rows.get(lat)![0]!;
    const south = lats[0]!;
    const north = lats.findLast((lat) => rows.get(lat)!.length > 1)!;
    expect(step(north) / step(south)).toBeCloseTo(Math.cos((south * Math.PI) / 180) / Math.cos((north * Math.PI) / 180), 9);
  });

  it('keeps every point inside the bbox, at step centres', () => {
    const pts: number[][] = [];
    forEachGridPoint([10, 20, 10.5, 20.5], 5, (lon, lat) => pts.push([lon, lat]));
    expect(pts.length).toBeGreaterThan(50);
    expect(pts.every(([lon, lat]) => lon! > 10 && lon! < 10.5 && lat! > 20 && lat! < 20.5)).toBe(true);
    expect(pts[0]![1]).toBeCloseTo(20 + 2.5 / KM_PER_DEGREE, 12);
  });

  it('visits nothing for a spacing that is 0, negative or not finite', () => {
    for (const s of [0, -1, NaN, Infinity]) expect(forEachGridPoint([0, 0, 1, 1], s, () => expect.fail('visited'))).toBe(0);
  });

  it('is deterministic', () => {
    const run = () => {
      const out: number[] = [];
      forEachGridPoint([97.36, 26.03, 108.52, 34.3], 12.8, (lon, lat) => out.push(lon, lat));
      return out;
    };
    expect(run()).toEqual(run());
  });
});
