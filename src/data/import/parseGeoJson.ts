import { createIssueList, fileError, type ImportIssue, type IssueList } from './importIssue';
import { MAX_ROWS } from './limits';
import { cellText, emptyTable, isPlainObject, uniqueColumnNames, type ParsedTable } from './parseTable';

/** A point for the facility layer. GeoJSON and this type are [lon, lat] in WGS 84 degrees. */
export interface PointRow {
  /** The row the user sees: the 1-based feature index (GeoJSON) or the table row number (CSV). */
  row: number;
  lon: number;
  lat: number;
  /** The feature's properties (or the table row) as text, keyed by the names as written. */
  props: Record<string, string>;
}

export interface ParsedGeoJson {
  /** One row per feature with valid structure, its properties as cells; rowNumbers are 1-based
   * feature indexes. Features with an invalid geometry keep their row (the data is still good). */
  table: ParsedTable;
  /** Points inside CHINA_BOUNDS, from Point, MultiPoint and GeometryCollection members. */
  points: PointRow[];
  /** Valid WGS 84 points outside CHINA_BOUNDS: reported and kept apart, not dropped. */
  outside: PointRow[];
  /** The same list as table.issues. */
  issues: ImportIssue[];
}

/**
 * A generous box around the PRC, Hong Kong, Macao and Taiwan, degrees. Mohe's northern tip is
 * 53.56°N, Zengmu Reef about 3.97°N, Pamir 73.5°E, Fuyuan 135.1°E. It is a sanity check for
 * swapped or projected coordinates, not a border.
 */
export const CHINA_BOUNDS = { west: 73, east: 136, south: 3, north: 54 } as const;

export function isInChina(lon: number, lat: number): boolean {
  return lon >= CHINA_BOUNDS.west && lon <= CHINA_BOUNDS.east && lat >= CHINA_BOUNDS.south && lat <= CHINA_BOUNDS.north;
}

export function isWgs84(lon: number, lat: number): boolean {
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

type Position = [number, number];
type GeometryCheck = { ok: true; points: Position[]; inRange: boolean } | { ok: false };

/**
 * Validates GeoJSON (RFC 7946) and turns it into a table of properties plus points.
 * Accepts a FeatureCollection, a single Feature or a bare geometry (a feature without properties).
 * Anything else is an 'invalid-geojson' error. Per feature (row = index + 1, rowKind 'feature'):
 * - not a Feature object → 'invalid-feature', skipped;
 * - geometry missing, of an unknown type or with non-numeric coordinates → 'invalid-geometry',
 *   properties kept; `geometry: null` is valid (an unlocated feature) and says nothing;
 * - coordinates beyond ±180/±90 → 'bad-coordinates' (probably a projected CRS); points skipped,
 *   other shapes ignored, properties kept;
 * - points outside CHINA_BOUNDS → 'point-outside-china', in `outside`; detail 'looks-swapped' when
 *   [lat, lon] would be inside (such points are never auto-corrected: we report, not guess).
 */
export function parseGeoJson(obj: unknown, options: { maxRows?: number } = {}): ParsedGeoJson {
  const maxRows = options.maxRows ?? MAX_ROWS;
  const fail = (issue: ImportIssue): ParsedGeoJson => {
    const issues = [issue];
    return { table: emptyTable('geojson', issues), points: [], outside: [], issues };
  };
  if (!isPlainObject(obj)) return fail(fileError('invalid-geojson'));

  let features: unknown[];
  if (obj['type'] === 'FeatureCollection') {
    if (!Array.isArray(obj['features'])) return fail(fileError('invalid-geojson', { detail: 'features is not an array' }));
    features = obj['features'];
  } else if (obj['type'] === 'Feature') {
    features = [obj];
  } else if (typeof obj['type'] === 'string' && GEOMETRY_TYPES.has(obj['type'])) {
    features = [{ type: 'Feature', geometry: obj, properties: null }];
  } else if (obj['type'] === 'Topology') {
    return fail(fileError('topojson'));
  } else {
    return fail(fileError('invalid-geojson'));
  }
  if (features.length === 0) return fail(fileError('no-rows'));
  if (features.length > maxRows) return fail(fileError('too-many-rows', { expected: maxRows, actual: features.length }));

  const issues = createIssueList();
  const kept: { row: number; props: Record<string, unknown> }[] = [];
  const points: PointRow[] = [];
  const outside: PointRow[] = [];
  let areas = 0;

  features.forEach((feature, index) => {
    const row = index + 1;
    const at = { row, rowKind: 'feature' as const, field: null };
    if (!isPlainObject(feature) || feature['type'] !== 'Feature') {
      issues.add({ code: 'invalid-feature', severity: 'warning', ...at });
      return;
    }
    const props = isPlainObject(feature['properties']) ? feature['properties'] : {};
    kept.push({ row, props });
    if (feature['geometry'] === null) return;

    const check = checkGeometry(feature['geometry']);
    if (!check.ok) {
      issues.add({ code: 'invalid-geometry', severity: 'warning', ...at });
      return;
    }
    if (check.points.length === 0) {
      // A line or polygon: only its properties are used; its coordinates must still be degrees.
      if (!check.inRange) issues.add({ code: 'bad-coordinates', severity: 'warning', ...at });
      areas++;
      return;
    }
    const text = textProps(props);
    for (const [lon, lat] of check.points) {
      addPoint({ row, lon, lat, props: text }, issues, points, outside, 'feature');
    }
  });

  const keys: string[] = [];
  const seen = new Set<string>();
  for (const { props } of kept) {
    for (const k of Object.keys(props)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const { names, issues: nameIssues } = uniqueColumnNames(keys, null);
  for (const i of nameIssues) issues.add(i);
  const table: ParsedTable = {
    columns: names,
    rows: kept.map(({ props }) => keys.map((k) => cellText(props[k]))),
    rowNumbers: kept.map((k) => k.row),
    format: 'geojson',
    issues: [],
  };
  // Areas (or lines) and no points: say so, or the file ends at "Map 0 values" with no reason given.
  if (areas > 0 && points.length === 0 && outside.length === 0) {
    issues.add({ code: 'areas-not-points', severity: 'warning', row: null, field: null, actual: areas });
  }
  table.issues = issues.finish();
  return { table, points, outside, issues: table.issues };
}

/**
 * Sorts one point into `points` or `outside`, or drops it with 'bad-coordinates' when it is not a
 * WGS 84 position at all. Shared with readPoints for tables with lat/lon columns.
 */
export function addPoint(
  p: PointRow,
  issues: IssueList,
  points: PointRow[],
  outside: PointRow[],
  rowKind: 'feature' | 'line' | 'record',
  field: string | null = null,
): void {
  const raw = `[${p.lon}, ${p.lat}]`;
  const swapped = isInChina(p.lat, p.lon);
  // A swapped Chinese point usually has "latitude" 73–136, beyond ±90: it is reported as swapped
  // (and kept in `outside`), not as a projected coordinate.
  if (!isWgs84(p.lon, p.lat) && !swapped) {
    issues.add({ code: 'bad-coordinates', severity: 'warning', row: p.row, rowKind, field, raw });
    return;
  }
  if (isInChina(p.lon, p.lat)) {
    points.push(p);
    return;
  }
  outside.push(p);
  issues.add({
    code: 'point-outside-china',
    severity: 'warning',
    row: p.row,
    rowKind,
    field,
    raw,
    ...(swapped ? { detail: 'looks-swapped' } : {}),
  });
}

function textProps(props: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(props)) out[k] = cellText(v);
  return out;
}

const GEOMETRY_TYPES = new Set([
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection',
]);

/** Nesting depth of `coordinates` for each type: 0 = a position. */
const DEPTH: Record<string, number> = {
  Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3,
};

/** Walks a geometry without copying the coordinates of lines and polygons (a province file can
 * hold millions): only point positions are collected. */
function checkGeometry(g: unknown): GeometryCheck {
  if (!isPlainObject(g) || typeof g['type'] !== 'string') return { ok: false };
  const type = g['type'];
  if (type === 'GeometryCollection') {
    if (!Array.isArray(g['geometries'])) return { ok: false };
    const points: Position[] = [];
    let inRange = true;
    for (const member of g['geometries']) {
      const c = checkGeometry(member);
      if (!c.ok) return c;
      for (const p of c.points) points.push(p); // no spread: a MultiPoint can hold 100,000+
      inRange &&= c.inRange;
    }
    return { ok: true, points, inRange };
  }
  const depth = DEPTH[type];
  if (depth === undefined) return { ok: false };
  const isPoint = type === 'Point' || type === 'MultiPoint';
  const points: Position[] = [];
  let inRange = true;
  const visit = (lon: number, lat: number) => {
    if (isPoint) points.push([lon, lat]);
    else if (inRange && !isWgs84(lon, lat)) inRange = false;
  };
  if (!walkPositions(g['coordinates'], depth, visit)) return { ok: false };
  return { ok: true, points, inRange };
}

function walkPositions(c: unknown, depth: number, visit: (lon: number, lat: number) => void): boolean {
  if (!Array.isArray(c)) return false;
  if (depth === 0) {
    const lon: unknown = c[0];
    const lat: unknown = c[1];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return false;
    visit(lon, lat);
    return true;
  }
  for (const inner of c) if (!walkPositions(inner, depth - 1, visit)) return false;
  return true;
}
