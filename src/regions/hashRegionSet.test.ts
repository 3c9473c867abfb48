import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { hashRegionSet } from './hashRegionSet';
import { parseRegions } from './parseRegions';
import { voronoiCounties } from './voronoiCounties.fixture';

const regions = parseRegions(voronoiCounties(30)).regions;
const withGeometry = (i: number, f: (g: Polygon) => Polygon) => regions.map((r, j) => (j === i ? { ...r, geometry: f(r.geometry as Polygon) } : r));
const nudge = (g: Polygon, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: g.coordinates.map((ring) => ring.map(([x, y]) => [(x as number) + d, y as number])),
});

describe('hashRegionSet', () => {
  const id = hashRegionSet(regions);

  it('is r- and 4 to 24 of [0-9a-z], the form a link carries (rs=)', () => {
    expect(id).toMatch(/^r-[0-9a-z]{4,24}$/);
  });

  it('is the same for the same regions, read again or copied', () => {
    expect(hashRegionSet(parseRegions(voronoiCounties(30)).regions)).toBe(id);
    expect(hashRegionSet(structuredClone(regions))).toBe(id);
  });

  it('ignores float noise below 1e-7 degrees but not a move of 1e-6', () => {
    expect(hashRegionSet(withGeometry(3, (g) => nudge(g, 1e-9)))).toBe(id);
    expect(hashRegionSet(withGeometry(3, (g) => nudge(g, 1e-6)))).not.toBe(id);
  });

  it.each([
    ['a code', regions.map((r, i) => (i === 5 ? { ...r, code: '349999' } : r))],
    ['a name', regions.map((r, i) => (i === 5 ? { ...r, name: '别县' } : r))],
    ['a missing name', regions.map((r, i) => (i === 5 ? { ...r, name: null } : r))],
    ['the order', [...regions].reverse()],
    ['one region fewer', regions.slice(1)],
  ])('changes with %s', (_, changed) => {
    expect(hashRegionSet(changed)).not.toBe(id);
  });

  it('tells apart texts split differently ("ab","c" and "a","bc")', () => {
    const r = regions[0]!;
    expect(hashRegionSet([{ ...r, code: 'ab', name: 'c' }])).not.toBe(hashRegionSet([{ ...r, code: 'a', name: 'bc' }]));
  });

  it('does not depend on the file name or import time (they are not in its input)', () => {
    expect(hashRegionSet(regions.map((r) => ({ code: r.code, name: r.name, geometry: r.geometry })))).toBe(id);
  });
});
