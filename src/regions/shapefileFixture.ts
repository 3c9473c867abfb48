// Test helper (not used by the app): writes small ESRI shapefiles (.shp, .shx, .dbf) and zips
// them, so the shapefile reader is tested on files made in the test, byte by byte, from the
// format's specification. Coordinates are [x, y]: [lon, lat] degrees, or projected metres.
import { zipSync } from 'fflate';
import type { Position } from 'geojson';

/** Shape types of the .shp header. */
export const SHAPE_TYPE = { point: 1, polyline: 3, polygon: 5 } as const;

/** A record: polygon rings (first ring outer), or a point as [[[x, y]]]. */
export type ShapeRecord = Position[][];

/** Signed area (shoelace) of a ring; negative = clockwise, which the shapefile wants for outer rings. */
const signedArea = (ring: Position[]) => ring.reduce((s, p, i) => (i === 0 ? s : s + (ring[i - 1]![0]! * p[1]! - p[0]! * ring[i - 1]![1]!)), 0) / 2;

/** Outer rings clockwise, holes anticlockwise, as the shapefile specification says. */
function orient(rings: Position[][]): Position[][] {
  return rings.map((ring, k) => {
    const clockwise = signedArea(ring) < 0;
    return (k === 0) === clockwise ? ring : [...ring].reverse();
  });
}

/** The .shp and .shx of the records, all of one shape type. */
export function writeShp(records: readonly ShapeRecord[], shapeType: number = SHAPE_TYPE.polygon): { shp: Uint8Array; shx: Uint8Array } {
  const contents = records.map((rec) => {
    if (shapeType === SHAPE_TYPE.point) {
      const b = new DataView(new ArrayBuffer(20));
      b.setInt32(0, shapeType, true);
      b.setFloat64(4, rec[0]![0]![0]!, true);
      b.setFloat64(12, rec[0]![0]![1]!, true);
      return new Uint8Array(b.buffer);
    }
    const rings = shapeType === SHAPE_TYPE.polygon ? orient(rec) : rec;
    const points = rings.flat();
    const b = new DataView(new ArrayBuffer(44 + 4 * rings.length + 16 * points.length));
    b.setInt32(0, shapeType, true);
    const xs = points.map((p) => p[0]!);
    const ys = points.map((p) => p[1]!);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, k) => b.setFloat64(4 + 8 * k, v, true));
    b.setInt32(36, rings.length, true);
    b.setInt32(40, points.length, true);
    let start = 0;
    rings.forEach((r, k) => {
      b.setInt32(44 + 4 * k, start, true);
      start += r.length;
    });
    const at = 44 + 4 * rings.length;
    points.forEach((p, k) => {
      b.setFloat64(at + 16 * k, p[0]!, true);
      b.setFloat64(at + 16 * k + 8, p[1]!, true);
    });
    return new Uint8Array(b.buffer);
  });
  const all = records.flat(2);
  const bbox = all.length ? [Math.min(...all.map((p) => p[0]!)), Math.min(...all.map((p) => p[1]!)), Math.max(...all.map((p) => p[0]!)), Math.max(...all.map((p) => p[1]!))] : [0, 0, 0, 0];
  const header = (bytes: number) => {
    const h = new DataView(new ArrayBuffer(100));
    h.setInt32(0, 9994); // big-endian file code
    h.setInt32(24, bytes / 2); // file length in 16-bit words, big-endian
    h.setInt32(28, 1000, true);
    h.setInt32(32, shapeType, true);
    bbox.forEach((v, k) => h.setFloat64(36 + 8 * k, v!, true));
    return new Uint8Array(h.buffer);
  };
  const shpBytes = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(100 + 8 * contents.length);
  shp.set(header(shpBytes));
  shx.set(header(shx.length));
  let offset = 100;
  contents.forEach((c, k) => {
    const rh = new DataView(shp.buffer, offset, 8);
    rh.setInt32(0, k + 1);
    rh.setInt32(4, c.length / 2);
    const ix = new DataView(shx.buffer, 100 + 8 * k, 8);
    ix.setInt32(0, offset / 2);
    ix.setInt32(4, c.length / 2);
    shp.set(c, offset + 8);
    offset += 8 + c.length;
  });
  return { shp, shx };
}

/** A dBASE III field: C (text) or N (number). */
export interface DbfField {
  name: string;
  type: 'C' | 'N';
  length: number;
}

/** A .dbf of the rows; text is written with `encode` (UTF-8 by default), `ldid` is the language driver byte. */
export function writeDbf(fields: readonly DbfField[], rows: ReadonlyArray<Record<string, string | number>>, encode: (s: string) => Uint8Array = (s) => new TextEncoder().encode(s), ldid = 0): Uint8Array {
  const headerLen = 32 + 32 * fields.length + 1;
  const recLen = 1 + fields.reduce((n, f) => n + f.length, 0);
  const out = new Uint8Array(headerLen + recLen * rows.length + 1);
  const v = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([126, 1, 1], 1);
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerLen, true);
  v.setUint16(10, recLen, true);
  out[29] = ldid;
  fields.forEach((f, k) => {
    const at = 32 + 32 * k;
    out.set(new TextEncoder().encode(f.name.slice(0, 10)), at);
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.length;
  });
  out[headerLen - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerLen + recLen * r;
    out[at++] = 0x20;
    for (const f of fields) {
      const cell = out.subarray(at, at + f.length).fill(0x20);
      const raw = row[f.name];
      const bytes = f.type === 'N' ? new TextEncoder().encode(String(raw ?? '').padStart(f.length)) : encode(String(raw ?? ''));
      cell.set(bytes.subarray(0, f.length));
      at += f.length;
    }
  });
  out[out.length - 1] = 0x1a;
  return out;
}

let gbkTable: Map<string, number[]> | null = null;
/** GBK bytes of a string (Node has a GBK decoder but no encoder): a reverse table of every two-byte code. */
export function encodeGbk(s: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(gbkTable.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

/** A zip of the given files (name → bytes or text). */
export function zipFiles(files: Record<string, Uint8Array | string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) entries[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return zipSync(entries);
}

/** .prj texts as ArcGIS writes them. */
export const PRJ = {
  wgs84: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  cgcs2000Gk117:
    'PROJCS["CGCS2000_3_Degree_GK_CM_117E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  webMercator:
    'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]',
} as const;
