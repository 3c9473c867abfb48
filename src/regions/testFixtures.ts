// Shared by the region tests (not used by the app): seeded, generated region sets.
// Coordinates are GeoJSON [lon, lat] degrees.
import { featureCollection, point, voronoi } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { mulberry32 } from '../facilities/generateDemoFacilities';
import type { BBox } from './parseRegions';

export interface VoronoiOptions {
  /** [west, south, east, north], degrees; Anhui's extent by default. */
  bbox?: BBox;
  /** Code of cell i (0-based); 34 01 xx by default. */
  code?: (i: number) => string;
  /** Name of cell i; 第i+1县 by default. */
  name?: (i: number) => string;
}

/**
 * Generated counties: Voronoi cells of `n` seeded points (mulberry32) in a box, with codes,
 * names and a `pop` property. The same seed gives the same file on every run.
 */
export function voronoiCounties(n: number, seed = 15, options: VoronoiOptions = {}): FeatureCollection<Polygon | MultiPolygon> {
  const rnd = mulberry32(seed);
  const bbox = options.bbox ?? [115, 30, 119, 34];
  const [w, s, e, nn] = bbox;
  const pts = featureCollection(Array.from({ length: n }, () => point([w + rnd() * (e - w), s + rnd() * (nn - s)])));
  const cells = voronoi(pts, { bbox });
  const code = options.code ?? ((i: number) => `34${String(100 + i).padStart(4, '0')}`);
  const name = options.name ?? ((i: number) => `第${i + 1}县`);
  return {
    type: 'FeatureCollection',
    features: cells.features.map((f, i) => ({ ...f, properties: { code: code(i), name: name(i), pop: 1000 + i } })),
  } as FeatureCollection<Polygon | MultiPolygon>;
}
