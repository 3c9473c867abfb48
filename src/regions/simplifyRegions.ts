import { kinks } from '@turf/turf';
import type { GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryObject, Topology } from 'topojson-specification';
import { mayHaveKinks } from './mayHaveKinks';
import type { Region } from './parseRegions';

/**
 * Points whose Visvalingam triangle (the point and its two neighbours on the arc) is smaller than
 * this are dropped, square degrees. 1e-6 deg² is about 0.01 km² at 30°N (one square degree is
 * about 111 × 96 km there): a notch 100 m deep on a 200 m base, a detail below a pixel until about
 * zoom 11, far past the zoom at which a county fills the screen.
 */
export const MIN_WEIGHT_DEG2 = 1e-6;

export interface SimplifiedRegions {
  /** The regions in input order, each with simplified geometry and its new vertex count. */
  regions: Region[];
  /** Positions kept in all regions. */
  vertices: number;
  /** Regions that simplification would have broken (a ring collapsed or crossing itself), drawn at full detail, with their neighbours' shared borders. */
  kept: number;
}

type Arcs = number[] | number[][] | number[][][];
type Weighted = Topology & { arcs: Array<Array<[number, number, number]>> };

/** The arc indexes a geometry object uses (a negative index ~i is arc i reversed). */
function arcsOf(g: GeometryObject): number[] {
  const out: number[] = [];
  const walk = (a: Arcs | number) => {
    if (typeof a === 'number') out.push(a < 0 ? ~a : a);
    else for (const x of a) walk(x as Arcs | number);
  };
  if ('arcs' in g) walk(g.arcs as Arcs);
  return out;
}

/** Twice the signed area of a ring, square degrees (shoelace; [lon, lat] positions). */
function ringArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    s += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return s;
}

/** Why a simplified geometry cannot be kept, or null: a ring under 4 positions or of no area, or edges that cross. */
function isBroken(g: Polygon | MultiPolygon | null): boolean {
  if (!g) return true;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (polys.length === 0) return true;
  for (const poly of polys) for (const ring of poly) if (ring.length < 4 || ringArea2(ring) === 0) return true;
  // mayHaveKinks is false only where kinks finds nothing; it is O(n log n), kinks O(n²).
  return mayHaveKinks(g) && kinks(g).features.length > 0;
}

function count(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let n = 0;
  for (const poly of polys) for (const ring of poly) n += ring.length;
  return n;
}

/**
 * Simplifies a region set on its topology, so that a border two regions share is simplified once
 * and stays shared: no gaps or overlaps open between neighbours, as they do when each polygon is
 * simplified on its own (RECIPE.md measured 1,367 slivers from per-feature `turf.simplify` on the
 * provinces). topojson-server finds the shared arcs (exactly equal positions, no quantization, so
 * nothing moves), topojson-simplify weighs each point (Visvalingam, planar area in square degrees)
 * and drops those under `minWeight`; arc ends, where three regions meet, are always kept.
 *
 * topojson-simplify does not look at validity: a small island can collapse to a line, and a
 * simplified border can cross another border of the same region. Such a region keeps its arcs at
 * full detail, and with them its neighbours' shared borders (which stay shared); the neighbours are
 * checked again, until every region is valid. Never worse than the input: with every arc at full
 * detail the input comes back. Pure; the input is not mutated.
 */
export function simplifyRegions(regions: readonly Region[], minWeight = MIN_WEIGHT_DEG2): SimplifiedRegions {
  if (regions.length === 0) return { regions: [], vertices: 0, kept: 0 };
  const collection: GeometryCollection = { type: 'GeometryCollection', geometries: regions.map((r) => r.geometry) };
  const weighted = presimplify(topology({ regions: collection }) as never) as unknown as Weighted;
  const objects = (weighted.objects.regions as { geometries: GeometryObject[] }).geometries;
  const arcsByRegion = objects.map(arcsOf);
  const regionsByArc = new Map<number, number[]>();
  arcsByRegion.forEach((arcs, i) => {
    for (const a of new Set(arcs)) {
      const list = regionsByArc.get(a);
      if (list) list.push(i);
      else regionsByArc.set(a, [i]);
    }
  });

  const full = new Set<number>();
  const geometryOf = (t: Topology, i: number) => {
    const f = topoFeature(t, objects[i] as GeometryObject) as unknown as { geometry: Polygon | MultiPolygon | null };
    return f.geometry;
  };
  const out: Array<Polygon | MultiPolygon | null> = new Array(regions.length).fill(null);
  let check = regions.map((_, i) => i);
  const kept = new Set<number>();
  // Each round restores the arcs of at least one region, so at worst every arc is at full detail,
  // which is the (valid) input.
  for (;;) {
    const t = simplify(weighted as never, minWeight) as unknown as Topology;
    const broken: number[] = [];
    for (const i of check) {
      const g = geometryOf(t, i);
      out[i] = g;
      if (isBroken(g)) broken.push(i);
    }
    if (broken.length === 0) break;
    const touched = new Set<number>();
    for (const i of broken) {
      kept.add(i);
      for (const a of arcsByRegion[i] ?? []) {
        if (full.has(a)) continue;
        full.add(a);
        for (const p of weighted.arcs[a] ?? []) p[2] = Infinity;
        for (const j of regionsByArc.get(a) ?? []) touched.add(j);
      }
    }
    if (touched.size === 0) {
      // Every arc of these regions is at full detail and they are still not valid (a position
      // repeated in the file, say): they keep their geometry as read, which parseRegions checked.
      for (const i of broken) out[i] = (regions[i] as Region).geometry;
      break;
    }
    check = [...touched];
  }
  let vertices = 0;
  const simplified = regions.map((r, i) => {
    const geometry = out[i] as Polygon | MultiPolygon;
    const n = count(geometry);
    vertices += n;
    return { ...r, geometry, vertices: n };
  });
  return { regions: simplified, vertices, kept: kept.size };
}
