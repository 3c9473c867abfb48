import type { FeatureCollection, Point } from 'geojson';
import { PROGRAMMES } from './programmes';

/**
 * One point per mapped programme, just south of its province's label anchor (degrees of latitude),
 * so the marker does not sit on the label. Programmes without a province are not mapped.
 */
const OFFSET_LAT = -0.9;

export function buildProgrammePoints(labels: FeatureCollection): FeatureCollection<Point> {
  const anchor = new Map(labels.features.map((f) => [f.properties?.['id'], f.geometry]));
  return {
    type: 'FeatureCollection',
    features: PROGRAMMES.flatMap((p) => {
      const g = p.unit ? anchor.get(p.unit) : undefined;
      if (!g || g.type !== 'Point') return [];
      const [lon, lat] = g.coordinates as [number, number];
      return [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [lon, lat + OFFSET_LAT] }, properties: { id: p.id } }];
    }),
  };
}
