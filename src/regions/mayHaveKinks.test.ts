import { kinks } from '@turf/turf';
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mayHaveKinks } from './mayHaveKinks';
import { voronoiCounties } from './voronoiCounties.fixture';

const ring = (...p: Position[]): Position[] => [...p, p[0] as Position];
const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const kinked = (g: Polygon | MultiPolygon) => kinks(g).features.length > 0;

describe('mayHaveKinks agrees with turf kinks', () => {
  const CASES: Array<[string, Polygon | MultiPolygon]> = [
    ['a square', poly(ring([0, 0], [1, 0], [1, 1], [0, 1]))],
    ['a bow tie', poly(ring([0, 0], [1, 1], [1, 0], [0, 1]))],
    ['a hole inside', poly(ring([0, 0], [4, 0], [4, 4], [0, 4]), ring([1, 1], [2, 1], [2, 2], [1, 2]))],
    ['a hole across the outer ring', poly(ring([0, 0], [4, 0], [4, 4], [0, 4]), ring([3, 1], [5, 1], [5, 2], [3, 2]))],
    ['a hole touching the outer ring at a vertex', poly(ring([0, 0], [4, 0], [4, 4], [0, 4]), ring([0, 0], [2, 1], [1, 2]))],
    ['a spike back along itself', poly(ring([0, 0], [2, 0], [3, 0], [2, 0.0], [2, 2], [0, 2]))],
    ['a figure eight touching itself', poly(ring([0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1]))],
    ['two overlapping squares', { type: 'MultiPolygon', coordinates: [[ring([0, 0], [2, 0], [2, 2], [0, 2])], [ring([1, 1], [3, 1], [3, 3], [1, 3])]] }],
    ['two apart', { type: 'MultiPolygon', coordinates: [[ring([0, 0], [1, 0], [1, 1], [0, 1])], [ring([5, 5], [6, 5], [6, 6], [5, 6])]] }],
    ['a vertical and a horizontal edge meeting', poly(ring([0, 0], [2, 0], [2, 2], [1, 2], [1, -1], [0, -1]))],
  ];
  it.each(CASES)('%s', (_, g) => {
    expect(mayHaveKinks(g)).toBe(kinked(g));
  });

  it('on 400 seeded Voronoi counties with wiggled borders (none kinked)', () => {
    const fc0 = voronoiCounties(400, 3, { wiggle: 14 });
    for (const f of fc0.features) expect(mayHaveKinks(f.geometry as Polygon), JSON.stringify(f.properties)).toBe(kinked(f.geometry as Polygon));
  });

  it('on random rings (most of them kinked), with holes and multipolygons', () => {
    const pt = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })).map(([x, y]): Position => [x / 2, y / 2]);
    const randomRing = fc.array(pt, { minLength: 3, maxLength: 9 }).map((ps) => [...ps, ps[0] as Position]);
    const geometry = fc.oneof(
      fc.array(randomRing, { minLength: 1, maxLength: 3 }).map((rings): Polygon => ({ type: 'Polygon', coordinates: rings })),
      fc.array(fc.array(randomRing, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((polys): MultiPolygon => ({ type: 'MultiPolygon', coordinates: polys })),
    );
    fc.assert(fc.property(geometry, (g) => mayHaveKinks(g) === kinked(g)), { numRuns: 3000 });
  });
});
