import type { Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { regionIssueText } from '../view/regionMessages';
import { parseRegions } from './parseRegions';
import { encodingOfCpg, guessDbfEncoding, readShapefileZip } from './readShapefileZip';
import { encodeGbk, PRJ, SHAPE_TYPE, writeDbf, writeShp, zipFiles, type DbfField } from './shapefileFixture';
import { voronoiCounties } from './voronoiCounties.fixture';

const FIELDS: DbfField[] = [
  { name: 'CODE', type: 'C', length: 12 },
  { name: 'NAME', type: 'C', length: 40 },
];

const counties = voronoiCounties(20, 7, { name: (i) => ['朝阳区', '临泉县', '阜南县', '颍上县'][i % 4]! + (i + 1) });
const rings = counties.features.map((f) => (f.geometry as Polygon).coordinates);
const rows = counties.features.map((f) => ({ CODE: String(f.properties?.['code']), NAME: String(f.properties?.['name']) }));

/** A zipped shapefile of the generated counties, coordinates passed through `project` ([lon, lat] → [x, y]). */
function countyZip(
  options: { prj?: string | null; cpg?: string | null; encode?: (s: string) => Uint8Array; project?: (p: Position) => Position; drop?: string[]; ldid?: number } = {},
) {
  const project = options.project ?? ((p: Position) => p);
  const { shp, shx } = writeShp(rings.map((poly) => poly.map((ring) => ring.map(project))));
  const files: Record<string, Uint8Array | string> = {
    'counties.shp': shp,
    'counties.shx': shx,
    'counties.dbf': writeDbf(FIELDS, rows, options.encode, options.ldid),
  };
  if (options.prj !== null) files['counties.prj'] = options.prj ?? PRJ.wgs84;
  if (options.cpg !== null) files['counties.cpg'] = options.cpg ?? 'UTF-8';
  for (const d of options.drop ?? []) delete files[d];
  return zipFiles(files);
}

const codes = (r: ReturnType<typeof readShapefileZip>) => r.issues.map((i) => `${i.severity}:${i.code}`);
const maxError = (a: Position[][][], b: Position[][][]) => {
  let worst = 0;
  a.forEach((poly, p) => poly.forEach((ring, r) => ring.forEach((pos, k) => {
    const q = b[p]?.[r]?.[k] ?? [NaN, NaN];
    worst = Math.max(worst, Math.abs(pos[0]! - q[0]!), Math.abs(pos[1]! - q[1]!));
  })));
  return worst;
};
const readRings = (r: ReturnType<typeof readShapefileZip>) => r.collection!.features.map((f) => (f.geometry as Polygon).coordinates);

describe('readShapefileZip on generated counties', () => {
  it('reads a WGS 84 shapefile with UTF-8 names into the regions parseRegions expects', () => {
    const read = readShapefileZip(countyZip());
    expect(codes(read)).toEqual([]);
    expect(read).toMatchObject({ layer: 'counties', encoding: 'utf-8', reprojectedFrom: null });
    expect(read.collection!.features).toHaveLength(20);
    // shpjs returns GeoJSON's winding (outer rings anticlockwise); compare as sets of positions.
    const sorted = (x: Position[][][]) => x.map((poly) => poly.map((ring) => [...ring].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)));
    expect(maxError(sorted(readRings(read)), sorted(rings))).toBe(0);
    const parsed = parseRegions(read.collection);
    expect(parsed.issues).toEqual([]);
    expect(parsed).toMatchObject({ codeField: 'CODE', nameField: 'NAME', codeKind: 'county' });
    expect(parsed.regions.map((r) => r.name).slice(0, 4)).toEqual(['朝阳区1', '临泉县2', '阜南县3', '颍上县4']);
    expect(parsed.regions[0]).toMatchObject({ code: '340100', province: 'AH' });
  });

  const projections: Array<[string, string, number]> = [
    // [name, .prj, tolerance in degrees]: 1e-7° is about 1 cm.
    ['CGCS2000 3-degree Gauss–Krüger, CM 117°E', PRJ.cgcs2000Gk117, 1e-7],
    ['Web Mercator', PRJ.webMercator, 1e-7],
  ];
  it.each(projections)('converts %s to longitude/latitude and says so', (_, prj, tolerance) => {
    const forward = (p: Position) => proj4(prj).forward(p as [number, number]) as Position;
    const read = readShapefileZip(countyZip({ prj, project: forward }));
    expect(codes(read)).toEqual(['warning:reprojected']);
    expect(read.reprojectedFrom).toBe(/PROJCS\["([^"]*)"/.exec(prj)![1]);
    const sorted = (x: Position[][][]) => x.map((poly) => poly.map((ring) => [...ring].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)));
    expect(maxError(sorted(readRings(read)), sorted(rings))).toBeLessThan(tolerance);
    expect(parseRegions(read.collection).regions).toHaveLength(20);
  });

  it('passes projected coordinates without a .prj on, for parseRegions to name them', () => {
    const gk = (p: Position) => proj4(PRJ.cgcs2000Gk117).forward(p as [number, number]) as Position;
    const read = readShapefileZip(countyZip({ prj: null, project: gk }));
    expect(codes(read)).toEqual([]);
    expect(parseRegions(read.collection).issues.map((i) => i.code)).toEqual(['projected']);
  });

  it('reads degrees beside a .prj it cannot read, with a warning; refuses metres beside one', () => {
    const degrees = readShapefileZip(countyZip({ prj: 'PROJCS["Local grid",GEOGCS["?"],PROJECTION["Made_Up"]]' }));
    expect(codes(degrees)).toEqual(['warning:prj-unreadable']);
    expect(degrees.collection!.features).toHaveLength(20);
    const metres = readShapefileZip(countyZip({ prj: 'not a coordinate system', project: (p) => [p[0]! * 1e5, p[1]! * 1e5] }));
    expect(codes(metres)).toEqual(['error:prj-unreadable']);
    expect(metres.collection).toBeNull();
    expect(regionIssueText(metres.issues[0]!, 'en')).toContain('not a coordinate system');
  });
});

describe('readShapefileZip: names and encodings', () => {
  const gbk = (s: string) => encodeGbk(s);
  const cases: Array<[string, Parameters<typeof countyZip>[0], string, string[]]> = [
    // [case, zip options, encoding used, issues]
    ['GBK names, no .cpg', { cpg: null, encode: gbk }, 'gbk', ['warning:encoding-guessed']],
    ['GBK names, .cpg "936"', { cpg: '936', encode: gbk }, 'gbk', []],
    ['GBK names, .cpg "ANSI 936"', { cpg: 'ANSI 936\r\n', encode: gbk }, 'gbk', []],
    ['GBK names, .cpg "GB2312"', { cpg: 'GB2312', encode: gbk }, 'gbk', []],
    ['GBK names, .cpg "GBK"', { cpg: 'GBK', encode: gbk }, 'gbk', []],
    ['GBK names, .cpg that names nothing', { cpg: 'klingon-1', encode: gbk }, 'gbk', ['warning:cpg-unknown', 'warning:encoding-guessed']],
    ['UTF-8 names, .cpg "UTF-8"', {}, 'utf-8', []],
    ['UTF-8 names, .cpg "65001"', { cpg: '65001' }, 'utf-8', []],
    ['UTF-8 names, no .cpg', { cpg: null }, 'utf-8', ['warning:encoding-guessed']],
  ];
  it.each(cases)('%s', (_, options, encoding, issues) => {
    const read = readShapefileZip(countyZip(options));
    expect(read.encoding).toBe(encoding);
    expect(codes(read)).toEqual(issues);
    expect(read.collection!.features.slice(0, 4).map((f) => f.properties?.['NAME'])).toEqual(['朝阳区1', '临泉县2', '阜南县3', '颍上县4']);
  });

  it('guesses from the bytes, and from the language driver only for ASCII', () => {
    const ascii = writeDbf(FIELDS, [{ CODE: '340101', NAME: 'Yaohai' }], undefined, 0x4d);
    expect(guessDbfEncoding(ascii)).toEqual({ encoding: 'gbk', nonAscii: false });
    expect(guessDbfEncoding(writeDbf(FIELDS, [{ CODE: '1', NAME: '巿' }]))).toEqual({ encoding: 'utf-8', nonAscii: true });
    expect(guessDbfEncoding(writeDbf(FIELDS, [{ CODE: '1', NAME: '苏木' }], encodeGbk))).toEqual({ encoding: 'gbk', nonAscii: true });
  });

  it.each([
    ['UTF-8', 'utf-8'],
    [' utf8 ', 'utf-8'],
    ['936', 'gbk'],
    ['CP936', 'gbk'],
    ['GB18030', 'gb18030'],
    ['1252', 'windows-1252'],
    ['Big5', 'big5'],
    ['nonsense', null],
  ])('reads the .cpg %j as %j', (cpg, label) => {
    expect(encodingOfCpg(cpg)).toBe(label);
  });
});

describe('readShapefileZip: bad zips', () => {
  const { shp, shx } = writeShp(rings.slice(0, 3));
  const dbf = writeDbf(FIELDS, rows.slice(0, 3));
  const points = writeShp([[[[117, 31]]], [[[117.5, 31.5]]], [[[118, 32]]]], SHAPE_TYPE.point);
  const lines = writeShp([[[[117, 31], [118, 32]]]], SHAPE_TYPE.polyline);

  it.each<[string, Uint8Array, string[], string | null]>([
    // [case, zip bytes, issues, raw of the first]
    ['not a zip', new TextEncoder().encode('{"type":"FeatureCollection"}'), ['error:not-zip'], null],
    ['no .shp', zipFiles({ 'README.txt': 'hello', 'a.dbf': dbf }), ['error:no-shp'], 'README.txt, a.dbf'],
    ['no .dbf', zipFiles({ 'a.shp': shp, 'a.shx': shx, 'a.prj': PRJ.wgs84 }), ['error:no-dbf'], 'a'],
    ['points', zipFiles({ 'p.shp': points.shp, 'p.dbf': writeDbf(FIELDS, rows.slice(0, 3)) }), ['error:not-polygons'], null],
    ['lines', zipFiles({ 'l.shp': lines.shp, 'l.dbf': writeDbf(FIELDS, rows.slice(0, 1)) }), ['error:not-polygons'], null],
    ['an unknown shape type', zipFiles({ 'x.shp': (() => { const b = shp.slice(); new DataView(b.buffer).setInt32(32, 99, true); return b; })(), 'x.dbf': dbf }), ['error:shp-unreadable'], 'x'],
  ])('%s', (_, zip, issues, raw) => {
    const read = readShapefileZip(zip);
    expect(read.collection).toBeNull();
    expect(codes(read)).toEqual(issues);
    if (raw !== null) expect(read.issues[0]!.raw).toBe(raw);
    for (const lang of ['en', 'zh'] as const) expect(regionIssueText(read.issues[0]!, lang).length).toBeGreaterThan(10);
  });

  it('names what the points file holds', () => {
    const read = readShapefileZip(zipFiles({ 'p.shp': points.shp, 'p.dbf': writeDbf(FIELDS, rows.slice(0, 3)) }));
    expect(read.issues[0]).toMatchObject({ detail: 'points', actual: 3 });
    expect(regionIssueText(read.issues[0]!, 'en')).toBe('The shapefile holds 3 points but no areas: regions need polygons.');
  });

  it('finds parts in folders and in capitals, skips macOS forks, and uses the polygon layer among several', () => {
    const zip = zipFiles({
      '__MACOSX/data/._TOWNS.SHP': 'fork',
      'data/A_points.shp': points.shp,
      'data/A_points.dbf': writeDbf(FIELDS, rows.slice(0, 3)),
      'data/TOWNS.SHP': shp,
      'data/TOWNS.DBF': dbf,
      'data/TOWNS.PRJ': PRJ.wgs84,
    });
    const read = readShapefileZip(zip);
    expect(read.layer).toBe('data/TOWNS');
    expect(codes(read)).toEqual(['warning:several-layers', 'warning:encoding-guessed']);
    expect(read.issues[0]).toMatchObject({ raw: 'data/TOWNS', actual: 2 });
    expect(read.collection!.features).toHaveLength(3);
  });

  it('keeps holes and reads numeric code fields', () => {
    const outer = [[116, 31], [118, 31], [118, 33], [116, 33], [116, 31]];
    const hole = [[116.5, 31.5], [116.5, 32.5], [117.5, 32.5], [117.5, 31.5], [116.5, 31.5]];
    const { shp: s, shx: x } = writeShp([[outer, hole]]);
    const zip = zipFiles({ 'h.shp': s, 'h.shx': x, 'h.dbf': writeDbf([{ name: 'ADCODE', type: 'N', length: 9 }], [{ ADCODE: 340102 }]), 'h.cpg': 'UTF-8' });
    const read = readShapefileZip(zip);
    const g = read.collection!.features[0]!.geometry as Polygon;
    expect(g.type).toBe('Polygon');
    expect(g.coordinates).toHaveLength(2);
    expect(parseRegions(read.collection).regions[0]).toMatchObject({ code: '340102', province: 'AH' });
  });
});
