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

export interface VoronoiOptions {
  /** [west, south, east, north], degrees; Anhui's extent by default. */
  bbox?: [number, number, number, number];
  /** Code of cell i (0-based); 34 01 xx by default. */
  code?: (i: number) => string;
  /** Name of cell i; 第i+1县 by default. */
  name?: (i: number) => string;
}

/**
 * Generated counties for tests: Voronoi cells of `n` seeded points in a box (Anhui's extent,
 * [115, 30, 119, 34] degrees, by default), with codes (3401xx), names (第N县) and a number column.
 */
export function voronoiCounties(n: number, seed = 15, options: VoronoiOptions = {}): FeatureCollection<Polygon> {
  const rnd = random(seed);
  const bbox = options.bbox ?? [115, 30, 119, 34]; // [west, south, east, north], degrees
  const [w, s, e, nn] = bbox;
  const code = options.code ?? ((i: number) => `34${String(100 + i).padStart(4, '0')}`);
  const name = options.name ?? ((i: number) => `第${i + 1}县`);
  const pts = featureCollection(Array.from({ length: n }, () => point([w + rnd() * (e - w), s + rnd() * (nn - s)])));
  const cells = voronoi(pts, { bbox });
  return {
    type: 'FeatureCollection',
    features: cells.features.map((f, i) => ({ ...f, properties: { code: code(i), name: name(i), pop: 1000 + i } })),
  };
}
