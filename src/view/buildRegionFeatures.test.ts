import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Region } from '../regions/parseRegions';
import { FIXTURE_SET, squareRegion } from '../regions/testFixtures';
import { buildRegionFeatures, labelPoint } from './buildRegionFeatures';

const polygonsOf = (set: typeof FIXTURE_SET) => buildRegionFeatures(set).polygons as FeatureCollection;

describe('buildRegionFeatures', () => {
  it('keys polygons and labels by region key, names as text, and caches per set', () => {
    const f = buildRegionFeatures(FIXTURE_SET);
    expect(polygonsOf(FIXTURE_SET).features.map((p) => p.properties)).toEqual([
      { key: '341221', label: '临泉' },
      { key: '341225', label: '阜南' },
      { key: '341282', label: '界首' },
      { key: '349999', label: '不存在县' },
      { key: '#5', label: '' },
    ]);
    expect(buildRegionFeatures(FIXTURE_SET)).toBe(f);
  });

  it('puts each label point inside its region, even a concave one whose bbox centre is outside', () => {
    // An L shape 3° × 3° with 0.4° arms: its bbox centre (116.5, 31.5) is outside it.
    const l = {
      ...squareRegion(1, '341221', 'L'),
      geometry: { type: 'Polygon' as const, coordinates: [[[115, 30], [118, 30], [118, 30.4], [115.4, 30.4], [115.4, 33], [115, 33], [115, 30]]] },
      bbox: [115, 30, 118, 33] as [number, number, number, number],
    };
    const f = buildRegionFeatures({ ...FIXTURE_SET, regions: [l] });
    const p = f.labels.features[0];
    expect(p && booleanPointInPolygon(p, { type: 'Feature', properties: {}, geometry: l.geometry })).toBe(true);
  });

  it('a set with label points (from the worker) is built without reading any geometry; its polygons read it when used', () => {
    let reads = 0;
    const counted = (r: Region, anchor: [number, number]): Region => {
      const copy = { ...r, anchor } as Region;
      Object.defineProperty(copy, 'geometry', { enumerable: true, get: () => (reads++, r.geometry) });
      return copy;
    };
    const set = { ...FIXTURE_SET, regions: FIXTURE_SET.regions.map((r, i) => counted(r, [116 + i, 30.5])) };
    const f = buildRegionFeatures(set);
    expect(reads).toBe(0);
    expect(f.labels.features.map((p) => p.geometry.coordinates)).toEqual([[116, 30.5], [117, 30.5], [118, 30.5], [119, 30.5], [120, 30.5]]);
    expect(f.anchors.get('341225')).toEqual([117, 30.5]);
    // Copied as MapLibre copies it (structured clone): the geometry is there.
    expect(structuredClone(f.polygons.features[1])).toEqual({ type: 'Feature', properties: { key: '341225', label: '阜南' }, geometry: FIXTURE_SET.regions[1]!.geometry });
    expect(reads).toBe(1);
  });

  it('shows labels from the zoom where the median region is about 70 px wide', () => {
    // 1° regions: 70 · 360 / 512 ≈ 49.2 → log2 ≈ 5.6.
    expect(buildRegionFeatures(FIXTURE_SET).labelMinZoom).toBe(5.6);
  });

  const inside = (p: readonly [number, number], geometry: Parameters<typeof labelPoint>[0]) =>
    booleanPointInPolygon([...p], { type: 'Feature', properties: {}, geometry });

  it.each([
    ['a square: its centre', { type: 'Polygon' as const, coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }, [1, 1]],
    // A 4° donut with a 2° hole: the centre is in the hole, so the label must sit in the ring.
    ['a donut: in the ring, not the hole', { type: 'Polygon' as const, coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]] }, null],
    // A small island and a large mainland: the label goes on the larger part.
    ['a multipolygon: on its largest part', { type: 'MultiPolygon' as const, coordinates: [[[[10, 10], [10.2, 10], [10.2, 10.2], [10, 10.2], [10, 10]]], [[[0, 0], [3, 0], [3, 3], [0, 3], [0, 0]]]] }, [1.5, 1.5]],
  ])('labelPoint: %s', (_, geometry, expected) => {
    const p = labelPoint(geometry);
    expect(inside(p, geometry)).toBe(true);
    if (expected) {
      expect(p[0]).toBeCloseTo(expected[0]!, 1);
      expect(p[1]).toBeCloseTo(expected[1]!, 1);
    } else {
      const inHole = p[0] > 1 && p[0] < 3 && p[1] > 1 && p[1] < 3;
      expect(inHole).toBe(false);
    }
  });
});
