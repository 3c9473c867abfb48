import type { FeatureCollection, Point } from 'geojson';
import { PROGRAMMES } from './programmes';

/**
 * One point per mapped programme, at its province's label anchor; the map draws the marker a fixed
 * number of screen pixels below the label (buildStyle's programmeOffset), so the two never overlap
 * at any zoom or label size. Programmes without a province are not mapped.
 */

export function buildProgrammePoints(labels: FeatureCollection): FeatureCollection<Point> {
  const anchor = new Map(labels.features.map((f) => [f.properties?.['id'], f.geometry]));
  return {
    type: 'FeatureCollection',
    features: PROGRAMMES.flatMap((p) => {
      const g = p.unit ? anchor.get(p.unit) : undefined;
      if (!g || g.type !== 'Point') return [];
      const [lon, lat] = g.coordinates as [number, number];
      return [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [lon, lat] }, properties: { id: p.id } }];
    }),
  };
}
