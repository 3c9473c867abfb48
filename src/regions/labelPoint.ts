import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';

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
