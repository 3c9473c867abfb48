import type { FeatureCollection } from 'geojson';
import { directionOfKey, neighbourInDirection } from '../geo/neighbourInDirection';
import { isUnitId, type UnitId } from '../geo/units';

/** Label anchor per unit id, [lon, lat] degrees. */
export type Anchors = ReadonlyMap<string, readonly [number, number]>;

/** The label points as anchors (units without a point label are left out). */
export function buildAnchors(labels: FeatureCollection): Anchors {
  return new Map(
    labels.features.flatMap((f) =>
      f.geometry.type === 'Point' ? [[String(f.properties?.['id']), f.geometry.coordinates as [number, number]] as const] : [],
    ),
  );
}

/**
 * Where an arrow key moves the map's keyboard focus from `current`: `{ to }` the neighbour in that
 * direction, `{ to: null }` when there is none (say so), or null when the key is not an arrow.
 */
export function nextFocus(
  key: string,
  current: UnitId,
  adjacency: Readonly<Record<string, readonly string[]>>,
  anchors: Anchors,
): { to: UnitId | null } | null {
  const dir = directionOfKey(key);
  if (!dir) return null;
  const next = neighbourInDirection(current, dir, adjacency, anchors);
  return { to: next && isUnitId(next) ? next : null };
}

/** The unit whose label anchor is nearest a centre ([lon, lat] degrees; China's middle by default). */
export function nearestToCentre(anchors: Anchors, centre: { lon: number; lat: number } | null): UnitId | null {
  const [lon, lat] = centre ? [centre.lon, centre.lat] : [104.5, 33];
  let best: UnitId | null = null;
  let bestD = Infinity;
  for (const [id, [x, y]] of anchors) {
    const d = Math.hypot(x - lon, y - lat);
    if (d < bestD && isUnitId(id)) {
      best = id;
      bestD = d;
    }
  }
  return best;
}

/** A unit id from the map (a feature's id), or null for anything else (the sea, a basemap feature). */
export function asUnitId(id: string | null): UnitId | null {
  return id !== null && isUnitId(id) ? id : null;
}
