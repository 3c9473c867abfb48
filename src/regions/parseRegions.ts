import { kinks } from '@turf/turf';
import { mayHaveKinks } from './mayHaveKinks';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { CHINA_BOUNDS, isWgs84 } from '../data/import/parseGeoJson';
import { UNITS, type UnitId } from '../geo/units';
import type { RegionIssue } from './regionIssue';

/** More regions than this are refused: China has about 2,850 counties and 38,600 townships; a province's townships fit. */
export const MAX_REGIONS = 20_000;

/** [west, south, east, north], degrees. */
export type BBox = [number, number, number, number];

/** One region of a planner's own boundary file: a county, a township or any area they work with. */
export interface Region {
  /** 1-based feature index in the file (the first feature, for regions merged from several). */
  feature: number;
  /** Division code (or the chosen id) as text; null where the feature has none. */
  code: string | null;
  name: string | null;
  /** From a division code's first two digits; null without one. */
  province: UnitId | null;
  /** [lon, lat] WGS 84 degrees, as GeoJSON. */
  geometry: Polygon | MultiPolygon;
  bbox: BBox;
  /** Positions in the geometry: a measure of how heavy the set is to draw. */
  vertices: number;
  /**
   * Where its name is drawn, [lon, lat] (labelPoint of the simplified geometry): found where the
   * file is read (the worker); absent in sets from a bundle or kept before it existed.
   */
  anchor?: readonly [number, number];
}

export interface RegionSetParse {
  /** Valid regions inside China's extent, in file order. */
  regions: Region[];
  /** Valid regions whose extent lies outside China's: reported, kept apart, never silently dropped. */
  outside: Region[];
  issues: RegionIssue[];
  /** The property read as the code, and what its values look like. */
  codeField: string | null;
  codeKind: 'county' | 'township' | 'village' | 'other' | null;
  nameField: string | null;
  /** Positions in all regions kept. */
  vertices: number;
}

export interface RegionParseOptions {
  /** A property the user picked as the id; otherwise the one holding division codes is found. */
  codeField?: string;
  nameField?: string;
}

const PROVINCE_BY_PREFIX: ReadonlyMap<string, UnitId> = new Map(UNITS.map((u) => [u.gb.slice(0, 2), u.id]));
/** 6 digits: county (GB/T 2260); 9: township (NBS statistical code); 12: village. */
const DIVISION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
const CODE_NAMES = ['code', 'adcode', 'gb', 'gbcode', 'gb_code', 'county_code', 'pac', '区划代码', '代码', 'id'];
const NAME_NAMES = ['name', 'name_zh', 'name_chn', 'county', 'county_name', 'xzqmc', '名称', '县', '区县', '乡镇', '县名', 'name_en'];
const HAN = /\p{Script=Han}/u;

const fileError = (issue: Omit<RegionIssue, 'severity' | 'feature'>): RegionSetParse => ({
  regions: [],
  outside: [],
  issues: [{ ...issue, severity: 'error', feature: null }],
  codeField: null,
  codeKind: null,
  nameField: null,
  vertices: 0,
});

function cellText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** The features of a GeoJSON or TopoJSON document, or the reason there are none. */
function featuresOf(json: unknown, issues: RegionIssue[]): Array<Feature | null> | null {
  const o = json as { type?: unknown; features?: unknown; objects?: Record<string, GeometryObject> };
  if (o === null || typeof o !== 'object') return null;
  if (o.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features as Array<Feature | null>;
  if (o.type === 'Feature') return [o as Feature];
  if (typeof o.type === 'string' && ['Polygon', 'MultiPolygon', 'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'GeometryCollection'].includes(o.type)) {
    return [{ type: 'Feature', properties: {}, geometry: o as Polygon }];
  }
  if (o.type === 'Topology' && o.objects && typeof o.objects === 'object') {
    // The object with most polygons is the region set; a note says which, when there is a choice.
    const count = (g: GeometryObject) =>
      g.type === 'GeometryCollection' ? g.geometries.filter((x) => x.type === 'Polygon' || x.type === 'MultiPolygon').length : g.type === 'Polygon' || g.type === 'MultiPolygon' ? 1 : 0;
    const names = Object.keys(o.objects);
    const best = names.map((n) => [n, count(o.objects?.[n] as GeometryObject)] as const).sort((a, b) => b[1] - a[1])[0];
    if (!best) return [];
    if (names.length > 1) issues.push({ code: 'topojson-object', severity: 'warning', feature: null, raw: best[0], actual: best[1] });
    try {
      const decoded = topoFeature(o as unknown as Topology, o.objects[best[0]] as GeometryObject) as unknown as Feature | { features: Feature[] };
      return 'features' in decoded ? decoded.features : [decoded];
    } catch {
      return null;
    }
  }
  return null;
}

/** Every position of a polygon or multipolygon, for the checks that look at all of them. */
function* positions(g: Polygon | MultiPolygon): Generator<unknown> {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  for (const poly of Array.isArray(polys) ? polys : []) for (const ring of Array.isArray(poly) ? poly : []) for (const p of Array.isArray(ring) ? ring : []) yield p;
}

const isPosition = (p: unknown): p is Position => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** Structural check of one polygon geometry; the first problem found, or null. */
function structuralProblem(g: Polygon | MultiPolygon): Omit<RegionIssue, 'severity' | 'feature'> | null {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown;
  if (!Array.isArray(polys) || polys.length === 0 || polys.some((p) => !Array.isArray(p) || p.length === 0)) return { code: 'empty-geometry' };
  for (const poly of polys as unknown[][]) {
    for (const ring of poly) {
      if (!Array.isArray(ring) || ring.length === 0) return { code: 'empty-geometry' };
      const bad = ring.find((p) => !isPosition(p));
      if (bad !== undefined) return { code: 'bad-coordinate', raw: JSON.stringify(bad) ?? String(bad) };
      if (ring.length < 4) return { code: 'too-few-positions', actual: ring.length };
      const first = ring[0] as Position;
      const last = ring[ring.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) return { code: 'unclosed-ring', raw: `${JSON.stringify(first)} … ${JSON.stringify(last)}` };
    }
  }
  return null;
}

function bboxOf(g: Polygon | MultiPolygon): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const p of positions(g) as Generator<Position>) {
    const [x, y] = p as [number, number];
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

const intersectsChina = ([w, s, e, n]: BBox) => e >= CHINA_BOUNDS.west && w <= CHINA_BOUNDS.east && n >= CHINA_BOUNDS.south && s <= CHINA_BOUNDS.north;

/** The property whose values are division codes in most features (at least half), preferring the usual names. */
function findCodeField(props: Array<Record<string, unknown>>): string | null {
  const counts = new Map<string, number>();
  for (const p of props) for (const [k, v] of Object.entries(p)) if (DIVISION_CODE.test(cellText(v) ?? '')) counts.set(k, (counts.get(k) ?? 0) + 1);
  const rank = (k: string) => (CODE_NAMES.includes(k.toLowerCase()) ? 0 : 1);
  const best = [...counts].filter(([, n]) => n * 2 >= props.length).sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0];
  return best?.[0] ?? null;
}

/** A property with a usual name for names, else the one holding the most Chinese text. */
function findNameField(props: Array<Record<string, unknown>>, codeField: string | null): string | null {
  const keys = [...new Set(props.flatMap((p) => Object.keys(p)))].filter((k) => k !== codeField);
  const known = keys.find((k) => NAME_NAMES.includes(k.toLowerCase()) && props.some((p) => typeof p[k] === 'string'));
  if (known) return known;
  const han = keys.map((k) => [k, props.filter((p) => typeof p[k] === 'string' && HAN.test(p[k] as string)).length] as const).sort((a, b) => b[1] - a[1])[0];
  return han && han[1] * 2 >= props.length ? han[0] : null;
}

function codeKindOf(codes: string[]): RegionSetParse['codeKind'] {
  if (codes.length === 0) return null;
  const lengths = new Set(codes.map((c) => (DIVISION_CODE.test(c) ? c.length : 0)));
  if (lengths.size !== 1) return 'other';
  return ({ 6: 'county', 9: 'township', 12: 'village' } as const)[[...lengths][0] as 6 | 9 | 12] ?? 'other';
}

/**
 * Reads a planner's boundary file (GeoJSON or TopoJSON, already parsed from JSON) into regions and a
 * report, before anything is applied. Pure and never throws: whatever is wrong becomes an issue that
 * names the feature. Coordinates must be WGS 84 longitude/latitude; projected ones are reported, not
 * guessed at (reprojection needs the file's `.prj`).
 */
export function parseRegions(json: unknown, options: RegionParseOptions = {}): RegionSetParse {
  const issues: RegionIssue[] = [];
  const features = featuresOf(json, issues);
  if (features === null) return fileError({ code: 'not-geojson' });
  const withGeometry = features.filter((f): f is Feature => !!f && typeof f === 'object' && !!f.geometry);
  if (withGeometry.length === 0) return fileError({ code: 'no-regions' });
  const isArea = (f: Feature) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
  const areas = withGeometry.filter(isArea).length;
  if (areas === 0) return fileError({ code: 'not-polygons', actual: withGeometry.length });
  if (areas > MAX_REGIONS) return fileError({ code: 'too-many-regions', expected: MAX_REGIONS, actual: areas });

  // [lat, lon] written as [lon, lat]: every position, read the other way round, is in China's box
  // (most such files also fail the degree ranges below, as China's longitudes exceed 90).
  const polygonFeatures = withGeometry.filter(isArea);
  const all = polygonFeatures.flatMap((f) => [...positions(f.geometry as Polygon | MultiPolygon)]).filter(isPosition);
  const inBox = (x: number, y: number) => x >= CHINA_BOUNDS.west && x <= CHINA_BOUNDS.east && y >= CHINA_BOUNDS.south && y <= CHINA_BOUNDS.north;
  if (all.length > 0 && all.every((p) => inBox(p[1] as number, p[0] as number)) && !all.some((p) => inBox(p[0] as number, p[1] as number))) {
    return fileError({ code: 'swapped-axes' });
  }

  // Projected coordinates are a property of the file: one example is enough to say so.
  for (const f of withGeometry) {
    if (!isArea(f)) continue;
    for (const p of positions(f.geometry as Polygon | MultiPolygon)) {
      if (isPosition(p) && !isWgs84(p[0] as number, p[1] as number)) {
        const mercator = Math.abs(p[0] as number) <= 20_037_508.35 && Math.abs(p[1] as number) <= 20_048_966.11;
        return fileError({ code: 'projected', raw: `${p[0]}, ${p[1]}`, detail: mercator ? 'web-mercator' : 'unknown' });
      }
    }
  }

  const props = features.map((f) => ((f?.properties ?? {}) as Record<string, unknown>) ?? {});
  const codeField = options.codeField ?? findCodeField(props);
  const nameField = options.nameField ?? findNameField(props, codeField);
  if (!codeField) issues.push({ code: 'no-code-field', severity: 'warning', feature: null });
  if (!nameField) issues.push({ code: 'no-name-field', severity: 'warning', feature: null });

  const kept: Region[] = [];
  const outside: Region[] = [];
  const byCode = new Map<string, Region>();
  const sharing = new Map<string, number[]>();
  features.forEach((f, i) => {
    const feature = i + 1;
    const p = props[i] ?? {};
    const code = codeField ? cellText(p[codeField]) : null;
    const name = nameField ? cellText(p[nameField]) : null;
    const warn = (issue: Omit<RegionIssue, 'severity' | 'feature' | 'name' | 'regionCode'>) =>
      issues.push({ ...issue, severity: 'warning', feature, name, regionCode: code });
    if (!f || typeof f !== 'object' || !f.geometry) return warn({ code: 'null-geometry' });
    if (!isArea(f)) return warn({ code: 'not-polygon', detail: f.geometry.type });
    const geometry = f.geometry as Polygon | MultiPolygon;
    const problem = structuralProblem(geometry);
    if (problem) return warn(problem);
    // kinks is O(n²) per geometry; mayHaveKinks rules out most regions in O(n log n) first.
    const crossings = mayHaveKinks(geometry) ? kinks(geometry).features : [];
    if (crossings.length > 0) return warn({ code: 'self-intersection', actual: crossings.length, raw: JSON.stringify(crossings[0]?.geometry.coordinates) });
    if (codeField && code === null) warn({ code: 'missing-code' });
    const digits = code !== null && DIVISION_CODE.test(code);
    const province = digits ? (PROVINCE_BY_PREFIX.get(code.slice(0, 2)) ?? null) : null;
    if (digits && !province) warn({ code: 'unknown-province', raw: code });
    let vertices = 0;
    for (const _ of positions(geometry)) vertices++;
    const region: Region = { feature, code, name, province, geometry, bbox: bboxOf(geometry), vertices };
    if (code !== null && byCode.has(code)) {
      // One county drawn as several features (exclaves, islands): one region, every part kept.
      const first = byCode.get(code) as Region;
      const parts = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
      first.geometry = { type: 'MultiPolygon', coordinates: [...parts(first.geometry), ...parts(geometry)] };
      first.bbox = bboxOf(first.geometry);
      first.vertices += vertices;
      sharing.get(code)?.push(feature);
      return;
    }
    if (code !== null) {
      byCode.set(code, region);
      sharing.set(code, [feature]);
    }
    (intersectsChina(region.bbox) ? kept : outside).push(region);
  });
  for (const [code, list] of sharing) {
    if (list.length < 2) continue;
    const first = byCode.get(code) as Region;
    issues.push({ code: 'duplicate-code', severity: 'warning', feature: list[0] as number, features: list, name: first.name, regionCode: code });
  }
  for (const r of outside) issues.push({ code: 'outside-china', severity: 'warning', feature: r.feature, name: r.name, regionCode: r.code });

  const codes = kept.map((r) => r.code).filter((c): c is string => c !== null);
  return {
    regions: kept,
    outside,
    issues,
    codeField,
    codeKind: codeField ? codeKindOf(codes) : null,
    nameField,
    vertices: kept.reduce((n, r) => n + r.vertices, 0),
  };
}
