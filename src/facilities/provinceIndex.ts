import { booleanPointInPolygon } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { UNIT_IDS, isUnitId, type UnitId } from '../geo/units';

/**
 * Answers "which province is this point in?" fast enough for 50,000 points, with turf's
 * booleanPointInPolygon as the only geometric predicate.
 *
 * A coarse grid (CELL_DEG degrees) covers the provinces' combined bbox. Each cell is either
 * - *mixed*: some unit's boundary passes through it; it keeps the list of units that may contain
 *   part of it (units with an edge there, plus a unit containing the whole cell, if any), and a
 *   point there is tested with booleanPointInPolygon against those units only, after a bbox check;
 * - *pure*: no boundary passes through it, so the whole cell lies inside one unit or outside all.
 *   Pure cells joined by a common side form a region no boundary crosses, so one
 *   point-in-polygon test per connected region labels all its cells. A point in a pure cell costs
 *   one array read.
 *
 * Edges mark every cell their bbox touches. Cell indexes come from one monotone function,
 * floor((x − west) / CELL_DEG), for vertices and points alike, so a point lying on an edge always
 * falls in a cell that edge marked, even with floating-point rounding.
 */
export interface ProvinceIndex {
  /** The units in GB/T 2260 order (whatever the input order); `i` below indexes this list. */
  readonly units: readonly UnitId[];
  /** The unit shapes, with `bbox` set (copies of the input features: the input is not mutated). */
  readonly features: readonly Feature<Polygon | MultiPolygon>[];
  /** [west, south, east, north] per unit, degrees. */
  readonly bboxes: readonly BBox[];
  /**
   * The unit containing [lon, lat] (degrees), or -1. Boundaries count as inside (turf's default),
   * so a point on a border shared by several units is given to the first of them in GB/T 2260
   * order: every point is counted in exactly one unit, or none.
   */
  locate(lon: number, lat: number): number;
  /** True when unit i contains [lon, lat], boundary included (no tie-break: a border point is
   * contained by both neighbours). */
  contains(i: number, lon: number, lat: number): boolean;
}

/** Grid cell size, degrees. 0.25° (~28 km) leaves about a fifth of China's cells mixed. */
export const CELL_DEG = 0.25;

const OUTSIDE = -1;
const MIXED = -2;

type Area = Polygon | MultiPolygon;

/**
 * Builds the index. `provinces` holds one Polygon or MultiPolygon feature per unit with
 * `properties.id` a UnitId, [lon, lat] degrees. A feature without a valid id, a non-areal
 * geometry or a repeated id is a configuration error and throws.
 */
export function buildProvinceIndex(provinces: FeatureCollection, cellDeg: number = CELL_DEG): ProvinceIndex {
  if (!(cellDeg > 0) || !Number.isFinite(cellDeg)) throw new RangeError(`invalid cellDeg: ${cellDeg}`);
  const seen = new Set<UnitId>();
  const entries = provinces.features.map((f, index) => {
    const id: unknown = f.properties?.['id'];
    if (typeof id !== 'string' || !isUnitId(id)) throw new Error(`province feature ${index}: invalid properties.id ${JSON.stringify(id)}`);
    if (seen.has(id)) throw new Error(`province feature ${index}: duplicate id ${id}`);
    seen.add(id);
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) throw new Error(`province ${id}: geometry must be a Polygon or MultiPolygon`);
    return { id, geometry: g };
  });
  entries.sort((a, b) => UNIT_IDS.indexOf(a.id) - UNIT_IDS.indexOf(b.id));

  const units = entries.map((e) => e.id);
  const rings = entries.map((e) => polygonsOf(e.geometry).flat());
  const bboxes = rings.map(ringsBBox);
  const features = entries.map(
    (e, i): Feature<Area> => ({ type: 'Feature', bbox: bboxes[i]!, properties: { id: e.id }, geometry: e.geometry }),
  );

  const west = Math.min(...bboxes.map((b) => b[0]));
  const south = Math.min(...bboxes.map((b) => b[1]));
  const east = Math.max(...bboxes.map((b) => b[2]));
  const north = Math.max(...bboxes.map((b) => b[3]));
  const empty = units.length === 0;
  const cols = empty ? 0 : Math.floor((east - west) / cellDeg) + 1;
  const rows = empty ? 0 : Math.floor((north - south) / cellDeg) + 1;
  const colOf = (lon: number) => Math.floor((lon - west) / cellDeg);
  const rowOf = (lat: number) => Math.floor((lat - south) / cellDeg);

  // Units whose boundary touches each cell, in GB order (units are visited in order).
  const edgeUnits: (number[] | undefined)[] = new Array(cols * rows);
  rings.forEach((unitRings, u) => {
    for (const ring of unitRings) {
      for (let k = 0; k + 1 < ring.length; k++) {
        const a = ring[k]!;
        const b = ring[k + 1]!;
        const c0 = colOf(Math.min(a[0]!, b[0]!));
        const c1 = colOf(Math.max(a[0]!, b[0]!));
        const r0 = rowOf(Math.min(a[1]!, b[1]!));
        const r1 = rowOf(Math.max(a[1]!, b[1]!));
        for (let r = r0; r <= r1; r++) {
          for (let c = c0; c <= c1; c++) {
            const cell = r * cols + c;
            const list = edgeUnits[cell];
            if (!list) edgeUnits[cell] = [u];
            else if (list[list.length - 1] !== u) list.push(u);
          }
        }
      }
    }
  });

  const inBBox = (i: number, lon: number, lat: number) => {
    const b = bboxes[i]!;
    return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
  };
  const pip = (i: number, lon: number, lat: number) => inBBox(i, lon, lat) && booleanPointInPolygon([lon, lat], features[i]!);
  const centre = (cell: number): [number, number] => [west + ((cell % cols) + 0.5) * cellDeg, south + (Math.floor(cell / cols) + 0.5) * cellDeg];

  // owner[cell]: unit index for a pure cell inside a unit, OUTSIDE, or MIXED.
  const owner = new Int16Array(cols * rows).fill(OUTSIDE);
  const candidates: (readonly number[] | undefined)[] = new Array(cols * rows);
  const labelled = new Uint8Array(cols * rows);
  const queue: number[] = [];
  for (let start = 0; start < cols * rows; start++) {
    if (edgeUnits[start]) {
      // A unit without an edge here can only hold part of the cell by holding all of it, and
      // then it holds the centre. Only units whose bbox covers the whole cell can.
      const list = edgeUnits[start]!;
      const [lon, lat] = centre(start);
      const half = cellDeg / 2;
      const whole = units.findIndex(
        (_, i) =>
          !list.includes(i) && inBBox(i, lon - half, lat - half) && inBBox(i, lon + half, lat + half) && pip(i, lon, lat),
      );
      owner[start] = MIXED;
      candidates[start] = whole < 0 ? list : [...list, whole].sort((x, y) => x - y);
      continue;
    }
    if (labelled[start]) continue;
    const [lon, lat] = centre(start);
    const label = units.findIndex((_, i) => pip(i, lon, lat));
    // Flood the connected pure region with one label (4-neighbours, iterative).
    queue.length = 0;
    queue.push(start);
    labelled[start] = 1;
    while (queue.length > 0) {
      const cell = queue.pop()!;
      owner[cell] = label;
      const c = cell % cols;
      const neighbours = [c > 0 ? cell - 1 : -1, c < cols - 1 ? cell + 1 : -1, cell - cols, cell + cols];
      for (const n of neighbours) {
        if (n < 0 || n >= cols * rows || labelled[n] || edgeUnits[n]) continue;
        labelled[n] = 1;
        queue.push(n);
      }
    }
  }

  const cellOf = (lon: number, lat: number): number => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return -1;
    const c = colOf(lon);
    const r = rowOf(lat);
    return c < 0 || c >= cols || r < 0 || r >= rows ? -1 : r * cols + c;
  };

  return {
    units,
    features,
    bboxes,
    locate(lon, lat) {
      const cell = cellOf(lon, lat);
      if (cell < 0) return -1;
      const o = owner[cell]!;
      if (o !== MIXED) return o;
      for (const i of candidates[cell]!) if (pip(i, lon, lat)) return i;
      return -1;
    },
    contains(i, lon, lat) {
      const cell = cellOf(lon, lat);
      if (cell < 0) return false;
      const o = owner[cell]!;
      if (o !== MIXED) return o === i;
      return candidates[cell]!.includes(i) && pip(i, lon, lat);
    },
  };
}

function polygonsOf(g: Area): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function ringsBBox(rings: Position[][]): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const ring of rings) {
    for (const p of ring) {
      const x = p[0]!;
      const y = p[1]!;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return [w, s, e, n];
}
