import { describe, expect, it } from 'vitest';
import { packRegions, packRegionSet, unpackRegions, unpackRegionSet } from './packRegions';
import { parseRegions, type Region } from './parseRegions';
import type { RegionSet } from './regionSet';
import { voronoiCounties } from './voronoiCounties.fixture';

const counties = parseRegions(voronoiCounties(20, 15, { wiggle: 5 })).regions;
const multi: Region = {
  feature: 21,
  code: null,
  name: '岛',
  province: null,
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [[120, 30], [121, 30], [121, 31], [120, 31], [120, 30]],
        [[120.2, 30.2], [120.4, 30.2], [120.4, 30.4], [120.2, 30.2]],
      ],
      [[[122, 30], [122.5, 30], [122.5, 30.5], [122, 30]]],
    ],
  },
  bbox: [120, 30, 122.5, 31],
  vertices: 13,
};

describe('packRegions / unpackRegions', () => {
  it.each([
    ['generated counties', counties],
    ['a multipolygon with a hole, no code', [multi]],
    ['nothing', []],
  ])('round-trips %s exactly', (_, regions) => {
    const packed = packRegions(regions);
    expect(unpackRegions(structuredClone(packed))).toEqual(regions);
  });

  it('keeps positions in one Float64Array, two numbers each', () => {
    const packed = packRegions(counties);
    expect(packed.coords).toBeInstanceOf(Float64Array);
    expect(packed.coords.length).toBe(2 * counties.reduce((n, r) => n + r.vertices, 0));
  });

  it('a stored set reads back the same, packed or not', () => {
    const set: RegionSet = { id: 'r-abcd', fileName: 'a.geojson', importedAt: '2026-12-02T12:00:00.000Z', codeField: 'code', codeKind: 'county', nameField: 'name', regions: counties, vertices: 1, verticesBefore: 2 };
    const stored = packRegionSet(set);
    expect(stored.regions).toEqual([]);
    expect(unpackRegionSet(structuredClone(stored))).toEqual(set);
    expect(unpackRegionSet(set)).toBe(set);
  });
});
