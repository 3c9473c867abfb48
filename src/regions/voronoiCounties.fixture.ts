import { featureCollection, point, voronoi } from '@turf/turf';
import type { FeatureCollection, Polygon, Position } from 'geojson';

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
  /** Positions added along each edge, so that simplification has something to remove; 0 (default) = straight edges. */
  wiggle?: number;
}

/**
 * A wiggly edge from a to b: `n` positions displaced sideways by up to 3% of the edge's length,
 * drawn from the edge's own endpoints (whichever way round), so that both cells sharing the edge
 * get exactly the same positions, as real boundary files have.
 */
function wiggleEdge(a: Position, b: Position, n: number): Position[] {
  const forward = a[0]! < b[0]! || (a[0] === b[0] && a[1]! <= b[1]!);
  const [p, q] = forward ? [a, b] : [b, a];
  const rnd = random(Math.round(p[0]! * 1e6) ^ Math.round(p[1]! * 1e6) ^ Math.round(q[0]! * 7e5) ^ Math.round(q[1]! * 3e5));
  const dx = q[0]! - p[0]!;
  const dy = q[1]! - p[1]!;
  const mid: Position[] = [];
  for (let k = 1; k <= n; k++) {
    const t = k / (n + 1);
    // Zero at both ends, so edges meet cleanly at the cell's corners.
    const side = (rnd() - 0.5) * 0.06 * Math.sin(Math.PI * t);
    mid.push([p[0]! + dx * t - dy * side, p[1]! + dy * t + dx * side]);
  }
  return forward ? mid : mid.reverse();
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
  const wiggle = options.wiggle ?? 0;
  const pts = featureCollection(Array.from({ length: n }, () => point([w + rnd() * (e - w), s + rnd() * (nn - s)])));
  const cells = voronoi(pts, { bbox });
  return {
    type: 'FeatureCollection',
    features: cells.features.map((f, i) => {
      const ring = f.geometry.coordinates[0] as Position[];
      const coordinates =
        wiggle > 0 ? [[...ring.slice(0, -1).flatMap((p, k) => [p, ...wiggleEdge(p, ring[k + 1] as Position, wiggle)]), ring[0] as Position]] : f.geometry.coordinates;
      return { ...f, geometry: { type: 'Polygon', coordinates }, properties: { code: code(i), name: name(i), pop: 1000 + i } };
    }),
  };
}
