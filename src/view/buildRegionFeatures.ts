import polylabel from 'polylabel';
import type { FeatureCollection, Point, Polygon, MultiPolygon, Position } from 'geojson';
import { regionKey, type RegionSet } from '../regions/regionSet';

/** The map's geometry of a region set: polygons and label points, keyed by `regionKey`. */
export interface RegionFeatures {
  /** Properties: `key` (feature-state id) and `label` (the file's name, or code, as text). */
  polygons: FeatureCollection<Polygon | MultiPolygon>;
  /** One point inside each region (not the bbox centre, which may fall outside a concave region). */
  labels: FeatureCollection<Point>;
  /**
   * Zoom from which region labels show: where the median region is about 70 px wide (MapLibre's
   * 512-px world), so labels appear as the user zooms in rather than piling up at the fitted view.
   */
  labelMinZoom: number;
  /** The label point of each region by key, [lon, lat]: keyboard focus steps between these. */
  anchors: ReadonlyMap<string, readonly [number, number]>;
}

const cache = new WeakMap<RegionSet, RegionFeatures>();

/**
 * Built once per set (cached by the set object): the view model is rebuilt on every state change,
 * but a set's geometry does not change, and the map replaces its source only for a new set.
 */
export function buildRegionFeatures(set: RegionSet): RegionFeatures {
  const hit = cache.get(set);
  if (hit) return hit;
  const polygons: RegionFeatures['polygons'] = { type: 'FeatureCollection', features: [] };
  const labels: RegionFeatures['labels'] = { type: 'FeatureCollection', features: [] };
  const widths: number[] = [];
  const anchors = new Map<string, readonly [number, number]>();
  for (const r of set.regions) {
    const key = regionKey(r);
    const properties = { key, label: r.name ?? r.code ?? '' };
    polygons.features.push({ type: 'Feature', properties, geometry: r.geometry });
    const anchor = labelPoint(r.geometry);
    labels.features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [...anchor] } });
    anchors.set(key, anchor);
    widths.push(Math.max(r.bbox[2] - r.bbox[0], 1e-6));
  }
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] ?? 1;
  // At zoom z a degree of longitude is 512 · 2^z / 360 px.
  const labelMinZoom = Math.min(9, Math.max(3, Math.log2((70 * 360) / (512 * median))));
  const built = { polygons, labels, labelMinZoom: Math.round(labelMinZoom * 10) / 10, anchors };
  cache.set(set, built);
  return built;
}

/** Twice the signed area of a ring, square degrees (shoelace); only compared, so the unit is moot. */
function ringArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(a);
}

/**
 * The label point of a region, [lon, lat]: the pole of inaccessibility (polylabel) of its largest
 * polygon, so the name sits well inside even a concave or holed region. polylabel is light
 * (turf's pointOnFeature pulled about 70 KB of point-in-polygon code into the first view).
 * Degrees are treated as planar: a label point needs no more than that.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): readonly [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = polygons[0]!;
  for (const p of polygons) if (ringArea(p[0]!) > ringArea(best[0]!)) best = p;
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of best[0]!) {
    w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!);
  }
  // polylabel returns a bbox corner when the precision is not below the shorter side.
  const precision = Math.min(e - w, n - s) / 100;
  if (!(precision > 0)) return [(w + e) / 2, (s + n) / 2];
  const [lon, lat] = polylabel(best as Array<Array<[number, number]>>, precision);
  return [lon, lat];
}
