import { describe, expect, it } from 'vitest';
import { packRegions, packRegionSet, unpackRegions, unpackRegionsLazily, unpackRegionSet } from './packRegions';
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

// Packing a few hundred Voronoi polygons: quick alone, slower with the whole suite on two busy cores.
describe('packRegions / unpackRegions', { timeout: 30_000 }, () => {
  it.each([
    ['generated counties', counties],
    ['a multipolygon with a hole, no code', [multi]],
    ['nothing', []],
  ])('round-trips %s exactly', (_, regions) => {
    const packed = packRegions(regions);
    expect(unpackRegions(structuredClone(packed))).toEqual(regions);
  });

  it('unpacks lazily to the same regions, each geometry read once, on first use', () => {
    const packed = packRegions([...counties, multi]);
    const lazy = unpackRegionsLazily(structuredClone(packed));
    const first = lazy[3]!.geometry;
    expect(lazy[3]!.geometry).toBe(first);
    expect(lazy).toEqual([...counties, multi]);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify([...counties, multi])));
    expect(structuredClone(lazy)).toEqual([...counties, multi]);
  });

  it('packing a lazily unpacked list again gives back its packed form without reading a geometry', () => {
    const packed = structuredClone(packRegions(counties));
    const lazy = unpackRegionsLazily(packed);
    expect(packRegions(lazy)).toBe(packed);
    // Nothing was read: every region still has its getter.
    expect(lazy.every((r) => Object.getOwnPropertyDescriptor(r, 'geometry')?.get !== undefined)).toBe(true);
    // A list built from it is another list: packed from its regions.
    expect(packRegions(lazy.slice(1))).not.toBe(packed);
    expect(unpackRegions(packRegions(lazy.slice(1)))).toEqual(counties.slice(1));
  });

  it('keeps label points (anchor) with each region', () => {
    const anchored = counties.map((r, i) => ({ ...r, anchor: [116 + i / 100, 31] as const }));
    expect(unpackRegions(structuredClone(packRegions(anchored)))).toEqual(anchored);
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
