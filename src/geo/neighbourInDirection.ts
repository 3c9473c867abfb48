export type Direction = 'up' | 'down' | 'left' | 'right';

/** Compass bearing of each arrow key, degrees clockwise from north. */
const BEARING: Record<Direction, number> = { up: 0, right: 90, down: 180, left: 270 };
/** A neighbour more than this far off the arrow's direction is not "in that direction". */
const MAX_OFF_DEG = 80;
/**
 * Degrees of angle one degree of distance is worth when ranking candidates: small neighbours
 * squeezed between big ones (Ningxia) must win when they are close, or no arrow would
 * ever reach them (a test walks every unit from Sichuan).
 */
const DEG_PER_DIST = 3;

/**
 * The neighbour of `from` that an arrow key should move to: among the units sharing a border (or a
 * documented sea link) whose label anchor lies within 80° of the arrow's direction, the one with
 * the lowest angle + 3 × distance (degrees). null when no neighbour lies in that direction. Anchors are
 * [lon, lat]; bearings use an equirectangular approximation scaled by cos(latitude), good enough
 * between neighbouring provinces.
 */
export function neighbourInDirection(
  from: string,
  direction: Direction,
  adjacency: Readonly<Record<string, readonly string[]>>,
  anchors: ReadonlyMap<string, readonly [number, number]>,
): string | null {
  const origin = anchors.get(from);
  if (!origin) return null;
  const [lon0, lat0] = origin;
  const k = Math.cos((lat0 * Math.PI) / 180);
  let best: { id: string; score: number } | null = null;
  for (const id of adjacency[from] ?? []) {
    const p = anchors.get(id);
    if (!p) continue;
    const dx = (p[0] - lon0) * k;
    const dy = p[1] - lat0;
    const bearing = ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
    const off = Math.abs(((bearing - BEARING[direction] + 540) % 360) - 180);
    if (off > MAX_OFF_DEG) continue;
    const score = off + DEG_PER_DIST * Math.hypot(dx, dy);
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id ?? null;
}

export function directionOfKey(key: string): Direction | null {
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    default:
      return null;
  }
}
