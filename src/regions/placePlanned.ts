import { pointOnFeature } from '@turf/turf';
import type { AreaIndex } from '../facilities/areaIndex';
import { roundPlannedAt, type PlannedFacility } from '../facilities/plannedFacilities';
import type { Region } from './parseRegions';
import type { RegionPlanned } from './rankRegionGaps';
import { regionKey } from './regionSet';

/**
 * Where a planned facility "in this region" is put: a point inside the region ([lon, lat]
 * degrees, rounded as the link keeps it) that the region index locates in that very region, so
 * the link reproduces the placement. turf's pointOnFeature first; when rounding moves it out (a
 * sliver), the first such point of a 16 × 16 grid over the region's bbox; null when none is found.
 * Pure.
 */
export function placeInRegion(regions: readonly Region[], index: AreaIndex, key: string): [number, number] | null {
  const i = regions.findIndex((r) => regionKey(r) === key);
  const region = regions[i];
  if (!region) return null;
  const [lon, lat] = pointOnFeature({ type: 'Feature', properties: {}, geometry: region.geometry }).geometry.coordinates as [number, number];
  const first = roundPlannedAt(lon, lat);
  if (index.locate(...first) === i) return first;
  const [w, s, e, n] = region.bbox;
  for (let y = 0; y < 16; y++)
    for (let x = 0; x < 16; x++) {
      const at = roundPlannedAt(w + ((x + 0.5) / 16) * (e - w), s + ((y + 0.5) / 16) * (n - s));
      if (index.locate(...at) === i) return at;
    }
  return null;
}

/** The link's planned facilities in the shown set's regions, and how many are in none of them. */
export interface PlannedInRegions {
  /** Entries with a position inside a region of the set, keyed by that region (point in polygon), in link order. */
  placed: RegionPlanned[];
  /** Planned facilities (counts summed) without a position (made for a province) or outside every region. */
  elsewhere: number;
}

/**
 * Places the link's planned entries in the regions of a set: an entry with a position counts in
 * the region that contains it (the region index, as facilities are counted); an entry made for a
 * province only has no place in a region and is counted in `elsewhere`, never spread over regions. Pure.
 */
/** `index` is buildRegionIndex's: each feature's `properties.key` is its region's key. */
export function plannedInRegions(planned: readonly PlannedFacility[], index: AreaIndex): PlannedInRegions {
  const placed: RegionPlanned[] = [];
  let elsewhere = 0;
  for (const p of planned) {
    const i = p.at ? index.locate(...p.at) : -1;
    const key = i < 0 ? undefined : (index.features[i]?.properties?.['key'] as string | undefined);
    if (key === undefined) {
      elsewhere += p.count;
      continue;
    }
    placed.push({ unit: key, type: p.type, count: p.count, capacity: p.capacity });
  }
  return { placed, elsewhere };
}
