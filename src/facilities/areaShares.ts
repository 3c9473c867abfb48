import type { BBox } from 'geojson';
import { buildFacilityHash } from './facilityHash';
import { forEachGridPoint } from './sampleGrid';

/** What the sampling needs of an area index (provinceIndex, areaIndex). */
export interface SampledAreas {
  readonly bboxes: readonly BBox[];
  contains(i: number, lon: number, lat: number): boolean;
}

/**
 * Share (0..1) of each area within `radiusKm` (great-circle) of any of `points`, by an equal-area
 * grid of samples (forEachGridPoint) every `spacingByArea[i]` km, kept when inside area i. Null
 * for every area when radiusKm is null, and for an area that got no sample; 0 for radius 0 (a
 * point covers no area). Pure.
 */
export function areaShares(
  radiusKm: number | null,
  points: readonly { lon: number; lat: number }[],
  areas: SampledAreas,
  spacingByArea: readonly number[],
): (number | null)[] {
  if (radiusKm === null) return areas.bboxes.map(() => null);
  if (radiusKm === 0) return areas.bboxes.map(() => 0);
  const hash = buildFacilityHash(points, radiusKm);
  return areas.bboxes.map((bbox, i) => {
    let inside = 0;
    let covered = 0;
    forEachGridPoint(bbox, spacingByArea[i]!, (lon, lat) => {
      if (!areas.contains(i, lon, lat)) return;
      inside++;
      if (hash.anyWithin(lon, lat)) covered++;
    });
    return inside > 0 ? covered / inside : null;
  });
}
