import { featureCollection, point, voronoi } from '@turf/turf';
import type { FeatureCollection, Polygon } from 'geojson';

/** Seeded, so a fixture is the same on every run (mulberry32). */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generated counties for tests: Voronoi cells of `n` seeded points in Anhui's extent
 * ([115, 30, 119, 34], degrees), with codes 3401xx, names 第N县 and a number column.
 */
export function voronoiCounties(n: number, seed = 15): FeatureCollection<Polygon> {
  const rnd = random(seed);
  const bbox: [number, number, number, number] = [115, 30, 119, 34]; // [west, south, east, north], degrees
  const pts = featureCollection(Array.from({ length: n }, () => point([bbox[0] + rnd() * 4, bbox[1] + rnd() * 4])));
  const cells = voronoi(pts, { bbox });
  return {
    type: 'FeatureCollection',
    features: cells.features.map((f, i) => ({ ...f, properties: { code: `34${String(100 + i).padStart(4, '0')}`, name: `第${i + 1}县`, pop: 1000 + i } })),
  };
}
