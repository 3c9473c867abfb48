import { describe, expect, it } from 'vitest';
import { suggestCrs, toWgs84 } from './convertCrs';
import type { Facility } from './facility';

const at = (lon: number, lat: number): Facility => ({ id: 'f-2', name: 'x', type: 'home', capacity: null, opened: null, source: 's', lon, lat, row: 2 });

describe('toWgs84', () => {
  // Tian'anmen: WGS 84 116.3912, 39.9073 is shown by Amap at about 116.3975, 39.9087 (GCJ-02) and
  // by Baidu at about 116.4039, 39.9151 (BD-09): offsets of roughly 550 m and 1.3 km.
  it.each([
    ['GCJ02', 116.3974, 39.9087],
    ['BD09', 116.4038, 39.9150],
  ] as const)('%s → WGS 84 within about 30 m', (crs, lon, lat) => {
    const [f] = toWgs84([at(lon, lat)], crs);
    expect(f!.lon).toBeCloseTo(116.3912, 3);
    expect(f!.lat).toBeCloseTo(39.9073, 3);
  });

  it('returns WGS 84 input unchanged and never mutates its input', () => {
    const input = [at(104.06, 30.67)];
    expect(toWgs84(input, 'WGS84')).toBe(input);
    const out = toWgs84(input, 'GCJ02');
    expect(input[0]).toEqual(at(104.06, 30.67));
    expect(out[0]!.lon).not.toBe(104.06);
  });
});

describe('suggestCrs', () => {
  it.each([
    [['name', 'lng', 'lat'], [], null],
    [['name', 'gcj02_lng', 'gcj02_lat'], [], 'GCJ02'],
    [['名称', '高德经度', '高德纬度'], [], 'GCJ02'],
    [['name', 'bd_lng', 'bd_lat'], [], 'BD09'],
    [['name', 'lng', 'lat', 'source'], ['百度地图拾取'], 'BD09'],
    [['name', 'lng', 'lat'], ['Tencent Maps export'], 'GCJ02'],
  ])('%j with sources %j → %s', (columns, sources, crs) => {
    expect(suggestCrs(columns, sources)?.crs ?? null).toBe(crs);
  });
});
