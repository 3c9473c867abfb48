import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SET, squareRegion } from '../regions/testFixtures';
import { buildRegionFeatures } from './buildRegionFeatures';

describe('buildRegionFeatures', () => {
  it('keys polygons and labels by region key, names as text, and caches per set', () => {
    const f = buildRegionFeatures(FIXTURE_SET);
    expect(f.polygons.features.map((p) => p.properties)).toEqual([
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

  it('shows labels from the zoom where the median region is about 70 px wide', () => {
    // 1° regions: 70 · 360 / 512 ≈ 49.2 → log2 ≈ 5.6.
    expect(buildRegionFeatures(FIXTURE_SET).labelMinZoom).toBe(5.6);
  });
});
