import { unzipSync } from 'fflate';
import type { FeatureCollection, Geometry } from 'geojson';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import { isWgs84 } from '../data/import/parseGeoJson';
import type { RegionIssue } from './regionIssue';

/**
 * A zipped ESRI shapefile read into GeoJSON, for parseRegions to check like any GeoJSON file.
 * `collection` is null when an error rejects the file (the issues say why).
 */
export interface ShapefileRead {
  collection: FeatureCollection | null;
  issues: RegionIssue[];
  /** The shapefile used (its path in the zip, without `.shp`); null when there is none. */
  layer: string | null;
  /** The encoding the names were read in (a WHATWG label: 'utf-8', 'gbk', …); null without a .dbf. */
  encoding: string | null;
  /** The projection converted from (the .prj's PROJCS name); null when the file was in degrees already. */
  reprojectedFrom: string | null;
}

/** Shape types of the .shp header (ESRI Shapefile Technical Description, 1998); Z and M variants add 10 and 20. */
const POLYGON_TYPES = new Set([5, 15, 25]);
const POINT_TYPES = new Set([1, 8, 11, 18, 21, 28]);
const LINE_TYPES = new Set([3, 13, 23]);

/** .cpg contents as ArcGIS, QGIS and Chinese GIS offices write them → WHATWG encoding labels. */
const CPG_ALIASES: Record<string, string> = {
  '936': 'gbk',
  cp936: 'gbk',
  'windows-936': 'gbk',
  gb2312: 'gbk',
  gbk: 'gbk',
  gb18030: 'gb18030',
  '54936': 'gb18030',
  '65001': 'utf-8',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  '950': 'big5',
  big5: 'big5',
};

/** dBASE language driver ids meaning code page 936 (GBK), written by ArcGIS when no .cpg is. */
const GBK_LDIDS = new Set([0x4d, 0x7a]);

/** A WHATWG encoding label for a .cpg's text, or null when no TextDecoder knows it. */
export function encodingOfCpg(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/^ansi\s+/, '');
  const label = CPG_ALIASES[t] ?? (/^\d+$/.test(t) ? `windows-${t}` : t);
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * The encoding of a .dbf's text without a .cpg: UTF-8 when its records are valid UTF-8, else GBK
 * (what Chinese GIS offices' files are in when they are not UTF-8). Chinese names in GBK are
 * almost never valid UTF-8, so the bytes decide; the language driver byte (29) only names the
 * encoding of records that are pure ASCII, where either reading gives the same text.
 * Returns whether any byte was beyond ASCII, so the caller knows whether the guess mattered.
 */
export function guessDbfEncoding(dbf: Uint8Array): { encoding: 'utf-8' | 'gbk'; nonAscii: boolean } {
  const headerLen = dbf.length >= 12 ? dbf[8]! | (dbf[9]! << 8) : dbf.length;
  const records = dbf.subarray(Math.min(headerLen, dbf.length));
  const nonAscii = records.some((b) => b >= 0x80);
  if (!nonAscii) return { encoding: GBK_LDIDS.has(dbf[29] ?? 0) ? 'gbk' : 'utf-8', nonAscii };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(records);
    return { encoding: 'utf-8', nonAscii };
  } catch {
    return { encoding: 'gbk', nonAscii };
  }
}

const fail = (issue: Omit<RegionIssue, 'severity' | 'feature'>, layer: string | null = null): ShapefileRead => ({
  collection: null,
  issues: [{ ...issue, severity: 'error', feature: null }],
  layer,
  encoding: null,
  reprojectedFrom: null,
});

/** The first position of the first geometry that has one, to tell degrees from metres. */
function firstPosition(geometries: ReadonlyArray<Geometry | null>): [number, number] | null {
  for (const g of geometries) {
    if (!g || !('coordinates' in g)) continue;
    let c: unknown = g.coordinates;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') return [c[0], c[1]];
  }
  return null;
}

/**
 * Reads a zipped shapefile (the bytes of the .zip) into a GeoJSON FeatureCollection of its
 * records, properties from the .dbf, coordinates [lon, lat] WGS 84 degrees. Pure and synchronous
 * (runs in the region worker); never throws: what is wrong becomes an issue.
 *
 * - The .prj decides the coordinates: a projection proj4 can read (CGCS2000 3-degree
 *   Gauss–Krüger, Web Mercator, UTM, …) is converted to WGS 84 and noted (`reprojected`);
 *   geographic systems (WGS 84, CGCS2000, which differ by centimetres) are taken as they are. An
 *   unreadable .prj is an error only when the coordinates are not degrees.
 * - Names are decoded in the encoding the .cpg names; without a usable one, from the bytes
 *   (UTF-8 if they are valid UTF-8, else GBK), and the report says names were guessed.
 * - A zip with several shapefiles: the first (by path) of polygons is used, and a note says so.
 */
export function readShapefileZip(bytes: Uint8Array | ArrayBuffer): ShapefileRead {
  let files: Record<string, Uint8Array>;
  const listed: string[] = [];
  try {
    // Only the parts of a shapefile are inflated; macOS's resource forks are skipped.
    files = unzipSync(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), {
      filter: (f) => {
        listed.push(f.name);
        return !f.name.includes('__MACOSX') && /\.(shp|dbf|prj|cpg)$/i.test(f.name);
      },
    });
  } catch {
    return fail({ code: 'not-zip' });
  }
  const byLower = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]));
  const part = (layer: string, ext: string) => {
    const name = byLower.get(`${layer}.${ext}`.toLowerCase());
    return name === undefined ? undefined : files[name];
  };
  const layers = Object.keys(files)
    .filter((n) => /\.shp$/i.test(n))
    .map((n) => n.slice(0, -4))
    .sort();
  if (layers.length === 0) return fail({ code: 'no-shp', raw: listed.join(', ') });
  const shapeType = (layer: string) => {
    const shp = part(layer, 'shp')!;
    return shp.length >= 36 ? new DataView(shp.buffer, shp.byteOffset, shp.byteLength).getInt32(32, true) : -1;
  };
  const layer = layers.find((l) => POLYGON_TYPES.has(shapeType(l))) ?? layers[0]!;
  const issues: RegionIssue[] = [];
  const note = (issue: Omit<RegionIssue, 'severity' | 'feature'>) => issues.push({ ...issue, severity: 'warning', feature: null });
  if (layers.length > 1) note({ code: 'several-layers', raw: layer, actual: layers.length });

  const shp = part(layer, 'shp')!;
  const dbf = part(layer, 'dbf');
  if (!dbf) return fail({ code: 'no-dbf', raw: layer }, layer);
  const type = shapeType(layer);
  const records = Math.max(0, dbf.length >= 8 ? new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength).getUint32(4, true) : 0);
  if (POINT_TYPES.has(type)) return fail({ code: 'not-polygons', actual: records, detail: 'points' }, layer);
  if (LINE_TYPES.has(type)) return fail({ code: 'not-polygons', actual: records, detail: 'lines' }, layer);
  if (!POLYGON_TYPES.has(type)) return fail({ code: 'shp-unreadable', raw: layer }, layer);

  // The .prj: a projection is handed to shpjs, which inverts it with proj4 for every position.
  const prjBytes = part(layer, 'prj');
  const prjText = prjBytes ? new TextDecoder().decode(prjBytes).trim() : null;
  let projection: string | null = null;
  let prjBad = false;
  if (prjText) {
    try {
      const converter = proj4(prjText) as unknown as { oProj?: { projName?: string } };
      if (converter.oProj?.projName !== 'longlat') projection = prjText;
    } catch {
      prjBad = true;
    }
  }

  let geometries: Array<Geometry | null>;
  try {
    geometries = projection ? parseShp(shp, projection) : parseShp(shp);
  } catch {
    return fail({ code: 'shp-unreadable', raw: layer }, layer);
  }
  if (prjBad) {
    const p = firstPosition(geometries);
    const degrees = p === null || isWgs84(p[0], p[1]);
    const issue: RegionIssue = { code: 'prj-unreadable', severity: degrees ? 'warning' : 'error', feature: null, raw: prjText ?? '' };
    if (!degrees) return { collection: null, issues: [...issues, issue], layer, encoding: null, reprojectedFrom: null };
    issues.push(issue);
  }
  const reprojectedFrom = projection ? (/^\s*PROJCS\["([^"]*)"/i.exec(projection)?.[1] ?? projection) : null;
  if (reprojectedFrom !== null) note({ code: 'reprojected', raw: reprojectedFrom });

  // The names' encoding: the .cpg when a decoder knows it, else guessed from the bytes.
  const cpgBytes = part(layer, 'cpg');
  const cpgText = cpgBytes ? new TextDecoder().decode(cpgBytes).trim() : '';
  let encoding = cpgText ? encodingOfCpg(cpgText) : null;
  if (cpgText && encoding === null) note({ code: 'cpg-unknown', raw: cpgText });
  if (encoding === null) {
    const guess = guessDbfEncoding(dbf);
    encoding = guess.encoding;
    if (guess.nonAscii) note({ code: 'encoding-guessed', detail: guess.encoding });
  }
  let rows: Array<Record<string, unknown>>;
  try {
    rows = parseDbf(dbf, encoding);
  } catch {
    // A damaged .dbf: the geometry is still worth showing, but without codes and names the
    // regions cannot be joined, so the file is refused like one without a .dbf.
    return fail({ code: 'no-dbf', raw: layer }, layer);
  }

  return {
    collection: {
      type: 'FeatureCollection',
      features: geometries.map((geometry, i) => ({ type: 'Feature', properties: rows[i] ?? {}, geometry: geometry as Geometry })),
    },
    issues,
    layer,
    encoding,
    reprojectedFrom,
  };
}
