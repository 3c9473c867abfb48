import { directionOfKey, neighbourInDirection } from '../geo/neighbourInDirection';

type Anchors = ReadonlyMap<string, readonly [number, number]>;

/**
 * Where an arrow key moves keyboard focus between regions: `{ to }` the region whose label point
 * lies that way with the best angle + distance score, `{ to: null }` when none does, or null when
 * the key is not an arrow. A planner's file has no adjacency table, so every region is a
 * candidate; the province rule (within 80° of the arrow, angle + 3 × distance) picks among them.
 */
export function nextRegionFocus(key: string, current: string, anchors: Anchors): { to: string | null } | null {
  const dir = directionOfKey(key);
  if (!dir) return null;
  return { to: neighbourInDirection(current, dir, { [current]: [...anchors.keys()].filter((k) => k !== current) }, anchors) };
}

/** The region whose label point is nearest `centre` ([lon, lat] degrees), or the first region. */
export function nearestRegion(anchors: Anchors, centre: { lon: number; lat: number } | null): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const [key, [x, y]] of anchors) {
    const d = centre ? Math.hypot(x - centre.lon, y - centre.lat) : 0;
    if (d < bestD) {
      best = key;
      bestD = d;
    }
  }
  return best;
}
