import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Region } from './parseRegions';
import type { RegionSet } from './regionSet';

/**
 * Regions with their geometry in two typed arrays, for what copies them: the worker's answer and
 * IndexedDB. Both copy nested arrays position by position on the main thread (3,000 counties,
 * 220,000 positions: a task of about 0.3 s on arrival, 0.4 s on saving and 1 s on loading, measured
 * in regions.e2e.ts), while a typed array is copied (or transferred) in one piece.
 */
export interface PackedRegions {
  /** Each region without its geometry, and the geometry's type. */
  meta: Array<Omit<Region, 'geometry'> & { type: 'Polygon' | 'MultiPolygon' }>;
  /** Per region: polygons; per polygon: rings; per ring: positions. */
  structure: Uint32Array;
  /** [lon, lat] degrees, interleaved, in ring order. */
  coords: Float64Array;
}

export function packRegions(regions: readonly Region[]): PackedRegions {
  const structure: number[] = [];
  let positions = 0;
  for (const r of regions) {
    const polys = r.geometry.type === 'Polygon' ? [r.geometry.coordinates] : r.geometry.coordinates;
    for (const poly of polys) for (const ring of poly) positions += ring.length;
  }
  const coords = new Float64Array(positions * 2);
  let k = 0;
  const meta = regions.map(({ geometry, ...rest }) => {
    const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    structure.push(polys.length);
    for (const poly of polys) {
      structure.push(poly.length);
      for (const ring of poly) {
        structure.push(ring.length);
        for (const p of ring) {
          coords[k++] = p[0] as number;
          coords[k++] = p[1] as number;
        }
      }
    }
    return { ...rest, type: geometry.type };
  });
  return { meta, structure: Uint32Array.from(structure), coords };
}

export function unpackRegions(packed: PackedRegions): Region[] {
  const { structure, coords } = packed;
  let s = 0;
  let k = 0;
  return packed.meta.map(({ type, ...rest }) => {
    const polys: Position[][][] = [];
    const nPolys = structure[s++] as number;
    for (let i = 0; i < nPolys; i++) {
      const rings: Position[][] = [];
      const nRings = structure[s++] as number;
      for (let j = 0; j < nRings; j++) {
        const n = structure[s++] as number;
        const ring: Position[] = new Array(n);
        for (let m = 0; m < n; m++) {
          ring[m] = [coords[k] as number, coords[k + 1] as number];
          k += 2;
        }
        rings.push(ring);
      }
      polys.push(rings);
    }
    const geometry: Polygon | MultiPolygon = type === 'Polygon' ? { type, coordinates: polys[0] ?? [] } : { type, coordinates: polys };
    return { ...rest, geometry };
  });
}

/** A region set as IndexedDB keeps it: the regions packed. */
export type StoredRegionSet = Omit<RegionSet, 'regions'> & { regions: []; packed: PackedRegions };

export const packRegionSet = (set: RegionSet): StoredRegionSet => ({ ...set, regions: [], packed: packRegions(set.regions) });

/** Reads a kept set, packed or (as a bundle might have kept it) not. */
export function unpackRegionSet(stored: StoredRegionSet | RegionSet): RegionSet {
  if (!('packed' in stored)) return stored;
  const { packed, ...set } = stored;
  return { ...set, regions: unpackRegions(packed) };
}
