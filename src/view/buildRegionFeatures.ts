import type { FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import { labelPoint } from '../regions/labelPoint';
import { regionProperties } from '../regions/regionProperties';
import type { RegionSet } from '../regions/regionSet';

/** The map's geometry of a region set: polygons and label points, keyed by `regionKey`. */
export interface RegionFeatures {
  /**
   * Properties: `key` (feature-state id) and `label` (the file's name, or code, as text). Each
   * feature's geometry is the region's, read when first used: building the view reads none (a set
   * from the worker or from storage unpacks a region's positions on first use, packRegions), and
   * the map reads them a part at a time as it hands them to MapLibre.
   */
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
  const features: FeatureCollection<Polygon | MultiPolygon>['features'] = [];
  const labels: RegionFeatures['labels'] = { type: 'FeatureCollection', features: [] };
  const widths: number[] = [];
  const anchors = new Map<string, readonly [number, number]>();
  for (const r of set.regions) {
    const properties = regionProperties(r);
    const feature = { type: 'Feature', properties } as unknown as FeatureCollection<Polygon | MultiPolygon>['features'][number];
    Object.defineProperty(feature, 'geometry', { enumerable: true, get: () => r.geometry });
    features.push(feature);
    // Found in the worker; computed here only for sets from a bundle or older storage.
    const anchor = r.anchor ?? labelPoint(r.geometry);
    labels.features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [...anchor] } });
    anchors.set(properties.key, anchor);
    widths.push(Math.max(r.bbox[2] - r.bbox[0], 1e-6));
  }
  const polygons = { type: 'FeatureCollection' as const, features };
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] ?? 1;
  // At zoom z a degree of longitude is 512 · 2^z / 360 px.
  const labelMinZoom = Math.min(9, Math.max(3, Math.log2((70 * 360) / (512 * median))));
  const built = { polygons, labels, labelMinZoom: Math.round(labelMinZoom * 10) / 10, anchors };
  cache.set(set, built);
  return built;
}

export { labelPoint };
