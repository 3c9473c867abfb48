import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * turf's segment test (@turf/kinks' lineIntersects), the same arithmetic in the same order: true
 * where kinks would report the pair. Parallel segments (denominator 0) never cross, as there.
 */
function crosses(p1: Position, p2: Position, p3: Position, p4: Position): boolean {
  const [x1, y1] = p1 as [number, number];
  const [x2, y2] = p2 as [number, number];
  const [x3, y3] = p3 as [number, number];
  const [x4, y4] = p4 as [number, number];
  const denominator = (y4 - y3) * (x2 - x1) - (x4 - x3) * (y2 - y1);
  if (denominator === 0) return false;
  const a0 = y1 - y3;
  const b0 = x1 - x3;
  const a = ((x4 - x3) * a0 - (y4 - y3) * b0) / denominator;
  const b = ((x2 - x1) * a0 - (y2 - y1) * b0) / denominator;
  return a >= 0 && a <= 1 && b >= 0 && b <= 1;
}

interface Segment {
  line: number;
  index: number;
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
}

/** Bounding boxes closer than this (degrees) count as touching: the filter errs towards asking turf. */
const SLACK = 1e-9;

/**
 * Whether turf's `kinks` would find any self-intersection in the polygon(s): false only when it
 * would certainly return none. kinks tests every pair of segments (O(n²) per geometry: about 0.3 s
 * of the region import's report for 3,000 counties); this sorts the segments by west edge and
 * tests only pairs whose bounding boxes meet, with kinks' own rules on which pairs it tests (not
 * neighbours, not a closed ring's first and last) and in which order. Where this says true, the
 * caller runs kinks itself for the list it reports, so the result is kinks' own.
 */
export function mayHaveKinks(geometry: Polygon | MultiPolygon): boolean {
  // The lines as kinks flattens them: a polygon's rings; a multipolygon's rings, all together.
  const lines: Position[][] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const segments: Segment[] = [];
  lines.forEach((line, l) => {
    for (let i = 0; i < line.length - 1; i++) {
      const [x1, y1] = line[i] as [number, number];
      const [x2, y2] = line[i + 1] as [number, number];
      segments.push({ line: l, index: i, xmin: Math.min(x1, x2), xmax: Math.max(x1, x2), ymin: Math.min(y1, y2), ymax: Math.max(y1, y2) });
    }
  });
  segments.sort((s, t) => s.xmin - t.xmin);
  const at = (s: Segment, k: 0 | 1) => (lines[s.line] as Position[])[s.index + k] as Position;
  const test = (s: Segment, t: Segment) => crosses(at(s, 0), at(s, 1), at(t, 0), at(t, 1));
  for (let u = 0; u < segments.length; u++) {
    const s = segments[u] as Segment;
    for (let v = u + 1; v < segments.length; v++) {
      const t = segments[v] as Segment;
      if (t.xmin > s.xmax + SLACK) break;
      if (t.ymin > s.ymax + SLACK || s.ymin > t.ymax + SLACK) continue;
      if (s.line === t.line) {
        const [i, k] = s.index < t.index ? [s, t] : [t, s];
        const line = lines[s.line] as Position[];
        if (k.index - i.index === 1) continue;
        const first = line[0] as Position;
        const last = line[line.length - 1] as Position;
        if (i.index === 0 && k.index === line.length - 2 && first[0] === last[0] && first[1] === last[1]) continue;
        if (test(i, k)) return true;
      } else {
        // kinks tests (line A segment i, line B segment k) for k ≥ i, from each line's side.
        if (t.index >= s.index && test(s, t)) return true;
        if (s.index >= t.index && test(t, s)) return true;
      }
    }
  }
  return false;
}
