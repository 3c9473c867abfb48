import { readFileSync } from 'node:fs';
import { bbox, booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { decodeTopology } from '../../src/geo/loadGeometry';

const geo = decodeTopology(
  JSON.parse(readFileSync('public/geo/provinces.json', 'utf8')),
  JSON.parse(readFileSync('public/geo/basemap.json', 'utf8')),
);
const labels: FeatureCollection<Point> = JSON.parse(readFileSync('public/geo/labels.json', 'utf8'));
const shape = (id: string) =>
  geo.provinces.features.find((f) => f.properties?.['id'] === id) as Feature<Polygon | MultiPolygon>;

/**
 * Points well inside a unit ([lon, lat]): at least 0.4° from its border, so antialiasing cannot
 * touch them, and 2.5° from any label anchor, so no text is drawn over them.
 */
export function interiorPoints(id: string, n: number): Array<[number, number]> {
  const poly = shape(id);
  if (!poly) throw new Error(`no unit ${id}`);
  const out: Array<[number, number]> = [];
  const [west, south, east, north] = bbox(poly);
  const step = Math.max(0.1, Math.min(east - west, north - south) / 20);
  for (let lat = south; lat <= north; lat += step) {
    for (let lon = west; lon <= east; lon += step) {
      if (!booleanPointInPolygon([lon, lat], poly)) continue;
      if (pointToPolygonDistance([lon, lat], poly, { units: 'degrees' }) > -0.4) continue;
      const nearLabel = labels.features.some((l) => Math.hypot(l.geometry.coordinates[0]! - lon, l.geometry.coordinates[1]! - lat) < 2.5);
      if (!nearLabel) out.push([lon, lat]);
    }
  }
  return out.filter((_, i) => i % Math.max(1, Math.floor(out.length / n)) === 0).slice(0, n);
}

