import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { UNIT_IDS, isUnitId, type UnitId } from '../geo/units';
import { buildAreaIndex } from './areaIndex';

/**
 * Answers "which province is this point in?" fast enough for 50,000 points: the area index
 * (areaIndex.ts: a grid of pure and mixed cells, turf's booleanPointInPolygon as the only
 * predicate) over the 34 units in GB/T 2260 order, which is also the order that decides a point
 * on a shared border.
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
  const index = buildAreaIndex(
    entries.map((e) => e.geometry),
    cellDeg,
    (i) => ({ id: units[i] }),
  );
  return { units, ...index, locate: index.locate, contains: index.contains };
}
