import { kinks, simplify as turfSimplify } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseRegions, type Region } from './parseRegions';
import { MIN_WEIGHT_DEG2, simplifyRegions } from './simplifyRegions';
import { voronoiCounties } from './voronoiCounties.fixture';

const rings = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Positions shared by several regions must be kept by all of them or by none: otherwise a border
 * two regions share is drawn twice, differently, with gaps and overlaps between. Returns the
 * positions that break this, and checks that no region gained a position it did not have.
 */
function brokenBorders(before: readonly Region[], after: readonly Region[]): string[] {
  const holders = new Map<string, Set<number>>();
  before.forEach((r, i) => {
    for (const ring of rings(r.geometry)) for (const p of ring) (holders.get(key(p)) ?? holders.set(key(p), new Set()).get(key(p)))?.add(i);
  });
  const kept = new Map<string, Set<number>>();
  after.forEach((r, i) => {
    for (const ring of rings(r.geometry)) {
      for (const p of ring) {
        if (!holders.get(key(p))?.has(i)) throw new Error(`region ${i} gained ${key(p)}`);
        (kept.get(key(p)) ?? kept.set(key(p), new Set()).get(key(p)))?.add(i);
      }
    }
  });
  return [...kept].filter(([p, by]) => by.size !== holders.get(p)?.size).map(([p]) => p);
}

function invalid(r: Region): string | null {
  const rs = rings(r.geometry);
  if (rs.length === 0) return 'no rings';
  if (rs.some((ring) => ring.length < 4)) return 'short ring';
  if (kinks(r.geometry).features.length > 0) return 'self-intersection';
  return null;
}

// The fixture's borders wiggle at about a tenth of a degree, coarser than real boundary files, so
// the checks also run at weights far above the default: the stronger the simplification, the more
// chances for a border to tear or a region to collapse.
describe.each([
  ['the default weight', MIN_WEIGHT_DEG2, 0.95],
  ['1e-4 square degrees', 1e-4, 0.5],
  ['3e-3 square degrees (cells become near polygons)', 3e-3, 0.15],
])('simplifyRegions on seeded Voronoi counties with wiggly borders, at %s', (_, weight, ratio) => {
  const parsed = parseRegions(voronoiCounties(80, 7, { wiggle: 14 }));
  const input = parsed.regions;
  const copy = JSON.stringify(input);
  const result = simplifyRegions(input, weight);

  it('the fixture reads cleanly: 80 regions, no issues', () => {
    expect(input).toHaveLength(80);
    expect(parsed.issues).toEqual([]);
  });

  it(`removes positions: under ${ratio} of them remain`, () => {
    const before = input.reduce((n, r) => n + r.vertices, 0);
    expect(result.vertices).toBe(result.regions.reduce((n, r) => n + r.vertices, 0));
    expect(result.vertices).toBeLessThan(before * ratio);
    expect(result.vertices).toBeGreaterThanOrEqual(80 * 4);
  });

  it('keeps every region, in order, with its code, name, province and feature number', () => {
    expect(result.regions.map((r) => [r.feature, r.code, r.name, r.province])).toEqual(input.map((r) => [r.feature, r.code, r.name, r.province]));
  });

  it('leaves no region empty or invalid', () => {
    expect(result.regions.map(invalid).filter((x) => x !== null)).toEqual([]);
  });

  it('keeps shared borders shared: a shared position is kept by all its regions or by none', () => {
    expect(brokenBorders(input, result.regions)).toEqual([]);
  });

  it('does not mutate its input', () => {
    expect(JSON.stringify(input)).toBe(copy);
  });
});

describe('simplifyRegions, the checks themselves', () => {
  const input = parseRegions(voronoiCounties(80, 7, { wiggle: 14 })).regions;

  it('per-feature simplification (turf.simplify) tears shared borders: the border check can fail', () => {
    const alone = input.map((r) => ({ ...r, geometry: turfSimplify(r.geometry, { tolerance: 0.002 }) as Polygon }));
    expect(brokenBorders(input, alone).length).toBeGreaterThan(0);
  });

  it('with a weight of 0 gives the input back', () => {
    const same = simplifyRegions(input, 0);
    expect(same.regions.map((r) => r.geometry)).toEqual(input.map((r) => r.geometry));
  });

  it('an empty set stays empty', () => {
    expect(simplifyRegions([])).toEqual({ regions: [], vertices: 0, kept: 0 });
  });
});

describe('simplifyRegions keeps regions that simplification would break', () => {
  /** A small island: a circle of 24 positions, radius r degrees, every triangle far under the weight. */
  const island = (x: number, y: number, r: number, feature: number): Region => {
    const ring: Position[] = Array.from({ length: 24 }, (_, k) => [x + r * Math.cos((k / 24) * 2 * Math.PI), y + r * Math.sin((k / 24) * 2 * Math.PI)]);
    ring.push(ring[0] as Position);
    const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
    return { feature, code: `34${9900 + feature}`, name: `岛${feature}`, province: 'AH', geometry, bbox: [x - r, y - r, x + r, y + r], vertices: 25 };
  };

  it('an island that would collapse to a line keeps its detail; the others are simplified', () => {
    const counties = parseRegions(voronoiCounties(10, 15, { wiggle: 14 })).regions;
    const tiny = island(120.5, 31, 0.0005, 11);
    const result = simplifyRegions([...counties, tiny], 1e-4);
    expect(result.regions).toHaveLength(11);
    expect(result.regions[10]?.geometry).toEqual(tiny.geometry);
    expect(result.kept).toBe(1);
    expect(result.regions.map(invalid).filter((x) => x !== null)).toEqual([]);
    expect(result.vertices).toBeLessThan(counties.reduce((n, r) => n + r.vertices, 0));
  });

  it('a large island is simplified but stays a polygon', () => {
    const big = island(120.5, 31, 0.5, 1);
    const result = simplifyRegions([big], MIN_WEIGHT_DEG2 * 1e4);
    expect(invalid(result.regions[0] as Region)).toBeNull();
    expect(result.regions[0]?.vertices).toBeLessThan(25);
  });
});
