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

/**
 * The packed form each lazily unpacked list came from: packing that same list again (to keep it in
 * IndexedDB) returns it instead of reading every geometry back. Lists of regions are never changed
 * in place in this app (a set is replaced, not edited).
 */
const PACKED_FROM = new WeakMap<readonly Region[], PackedRegions>();

export function packRegions(regions: readonly Region[]): PackedRegions {
  const cached = PACKED_FROM.get(regions);
  if (cached) return cached;
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
  return unpackRegionsLazily(packed).map((r) => ({ ...r }));
}

/** One region's geometry from the packed arrays, its structure starting at `s` and its positions at `k` (numbers). */
function readGeometry(type: 'Polygon' | 'MultiPolygon', structure: Uint32Array, coords: Float64Array, s: number, k: number): Polygon | MultiPolygon {
  const polys: Position[][][] = [];
  const nPolys = structure[s++] as number;
  for (let i = 0; i < nPolys; i++) {
    const rings: Position[][] = [];
    const nRings = structure[s++] as number;
    for (let j = 0; j < nRings; j++) {
      const n = structure[s++] as number;
      const ring: Position[] = new Array(n);
      for (let m = 0; m < n; m++, k += 2) ring[m] = [coords[k] as number, coords[k + 1] as number];
      rings.push(ring);
    }
    polys.push(rings);
  }
  return type === 'Polygon' ? { type, coordinates: polys[0] ?? [] } : { type, coordinates: polys };
}

/**
 * As unpackRegions, but each region's geometry is read from the packed arrays the first time it is
 * used (an enumerable getter that then becomes a plain property, so copies, JSON and structured
 * clones see ordinary regions). Showing a set needs only codes, names, boxes and label points: a
 * set arriving from the worker or from IndexedDB is shown without building 200,000 position arrays
 * on the page's thread (about 0.3 s in one task). Packing the list again returns `packed`.
 */
export function unpackRegionsLazily(packed: PackedRegions): Region[] {
  const { structure, coords } = packed;
  let s = 0;
  let k = 0;
  const regions = packed.meta.map(({ type, ...rest }) => {
    const [s0, k0] = [s, k];
    // Skip this region's structure, counting its positions.
    const nPolys = structure[s++] as number;
    for (let i = 0; i < nPolys; i++) {
      const nRings = structure[s++] as number;
      for (let j = 0; j < nRings; j++) k += 2 * (structure[s++] as number);
    }
    const region = rest as Region;
    const settle = (geometry: Polygon | MultiPolygon) => {
      Object.defineProperty(region, 'geometry', { value: geometry, enumerable: true, writable: true, configurable: true });
      return geometry;
    };
    Object.defineProperty(region, 'geometry', {
      enumerable: true,
      configurable: true,
      get: () => settle(readGeometry(type, structure, coords, s0, k0)),
      set: settle,
    });
    return region;
  });
  PACKED_FROM.set(regions, packed);
  return regions;
}

/** A region set as IndexedDB keeps it: the regions packed. */
export type StoredRegionSet = Omit<RegionSet, 'regions'> & { regions: []; packed: PackedRegions };

export const packRegionSet = (set: RegionSet): StoredRegionSet => ({ ...set, regions: [], packed: packRegions(set.regions) });

/** Reads a kept set, packed (geometry read on first use, unpackRegionsLazily) or (as a bundle might have kept it) not. */
export function unpackRegionSet(stored: StoredRegionSet | RegionSet): RegionSet {
  if (!('packed' in stored)) return stored;
  const { packed, ...set } = stored;
  return { ...set, regions: unpackRegionsLazily(packed) };
}
