import type { MultiPolygon, Polygon, Position } from 'geojson';
import { isUnitId, type UnitId } from '../geo/units';
import { fieldWords } from '../i18n/fieldMessages';
import { at, fail, item, readChoice, readDate, readInteger, readList, readObject, readText, readTextOrNull, type FieldReport } from '../util/readFields';
import { hashRegionSet } from './hashRegionSet';
import { MAX_REGIONS, type BBox, type Region, type RegionSetParse } from './parseRegions';
import type { RegionSet } from './regionSet';

/** `r-` and a content hash (regionSet.ts); the same pattern the link's `rs=` accepts. */
export const REGION_SET_ID = /^r-[0-9a-z]{4,24}$/;
const CODE_KINDS = ['county', 'township', 'village', 'other'] as const;
/** Positions in one region set: 3,000 counties simplified hold a few hundred thousand. */
export const MAX_SET_VERTICES = 5_000_000;

/**
 * A region set from untrusted JSON (a bundle), field by field: the set, or undefined with every
 * problem recorded in `r` under its path (`regionSets[0].regions[12].geometry.coordinates[0][3]`).
 * The id must be the hash of the regions (hashRegionSet.ts), as the import makes it.
 * Geometry must be a Polygon or MultiPolygon of closed rings of [lon, lat] WGS 84 degrees; the
 * extent and the vertex counts are computed again here rather than taken from the file, so a
 * hand-edited file cannot make the map fit the wrong place. Names are kept as text.
 */
export function readRegionSet(v: unknown, path: string, r: FieldReport): RegionSet | undefined {
  const o = readObject(v, path, r);
  if (!o) return undefined;
  const before = r.issues.length + r.more;
  const rawId = readText(o.id, at(path, 'id'), r, 30);
  const id = rawId !== undefined && !REGION_SET_ID.test(rawId) ? fail(r, at(path, 'id'), 'form', fieldWords('idSuchAs', 'r-1a2b3c4d'), rawId) : rawId;
  const fileName = readText(o.fileName, at(path, 'fileName'), r);
  const importedAt = readDate(o.importedAt, at(path, 'importedAt'), r);
  const codeField = readTextOrNull(o.codeField, at(path, 'codeField'), r);
  const codeKind = o.codeKind === null || o.codeKind === undefined ? null : readChoice(o.codeKind, at(path, 'codeKind'), r, CODE_KINDS);
  const nameField = readTextOrNull(o.nameField, at(path, 'nameField'), r);
  const verticesBefore = readInteger(o.verticesBefore, at(path, 'verticesBefore'), r, 0, Number.MAX_SAFE_INTEGER);
  const list = readList(o.regions, at(path, 'regions'), r, MAX_REGIONS, 1);
  const regions: Region[] = [];
  let vertices = 0;
  list?.forEach((raw, i) => {
    const region = readRegion(raw, item(at(path, 'regions'), i), r);
    if (!region) return;
    vertices += region.vertices;
    regions.push(region);
  });
  if (vertices > MAX_SET_VERTICES) fail(r, at(path, 'regions'), 'too-long', fieldWords('positions', String(MAX_SET_VERTICES)), String(vertices));
  if (r.issues.length + r.more > before || !list || regions.length !== list.length) return undefined;
  // The id names these boundaries in links and in storage: one that is not their hash could take
  // the place of another set this browser keeps.
  const hash = hashRegionSet(regions);
  if (id !== hash) return fail(r, at(path, 'id'), 'form', fieldWords('regionSetHash', hash), id);
  return {
    id: id as string,
    fileName: fileName as string,
    importedAt: importedAt as string,
    codeField: codeField as RegionSetParse['codeField'],
    codeKind: codeKind as RegionSetParse['codeKind'],
    nameField: nameField as RegionSetParse['nameField'],
    regions,
    vertices,
    verticesBefore: verticesBefore as number,
  };
}

function readRegion(v: unknown, path: string, r: FieldReport): Region | undefined {
  const o = readObject(v, path, r);
  if (!o) return undefined;
  const feature = readInteger(o.feature, at(path, 'feature'), r, 1, Number.MAX_SAFE_INTEGER);
  const code = readTextOrNull(o.code, at(path, 'code'), r, 100);
  const name = readTextOrNull(o.name, at(path, 'name'), r);
  let province: UnitId | null | undefined = null;
  if (o.province !== undefined && o.province !== null) {
    const p = readText(o.province, at(path, 'province'), r);
    province = p === undefined ? undefined : isUnitId(p) ? p : fail(r, at(path, 'province'), 'choice', fieldWords('provinceCode'), p);
  }
  const geometry = readGeometry(o.geometry, at(path, 'geometry'), r);
  if (feature === undefined || code === undefined || name === undefined || province === undefined || !geometry) return undefined;
  return { feature, code, name, province, geometry: geometry.geometry, bbox: geometry.bbox, vertices: geometry.vertices };
}

function readGeometry(v: unknown, path: string, r: FieldReport): { geometry: Polygon | MultiPolygon; bbox: BBox; vertices: number } | undefined {
  const o = readObject(v, path, r);
  if (!o) return undefined;
  const type = readChoice(o.type, at(path, 'type'), r, ['Polygon', 'MultiPolygon'] as const);
  if (!type) return undefined;
  const cpath = at(path, 'coordinates');
  const polys = type === 'Polygon' ? [o.coordinates] : readList(o.coordinates, cpath, r, Number.MAX_SAFE_INTEGER, 1);
  if (!polys) return undefined;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  let vertices = 0;
  for (let p = 0; p < polys.length; p++) {
    const ppath = type === 'Polygon' ? cpath : item(cpath, p);
    const rings = readList(polys[p], ppath, r, Number.MAX_SAFE_INTEGER, 1);
    if (!rings) return undefined;
    for (let k = 0; k < rings.length; k++) {
      const rpath = item(ppath, k);
      const ring = readList(rings[k], rpath, r, Number.MAX_SAFE_INTEGER, 4);
      if (!ring) return undefined;
      for (let i = 0; i < ring.length; i++) {
        const pos = ring[i];
        if (!isLonLat(pos)) return fail(r, item(rpath, i), 'range', fieldWords('lonLat'), pos);
        const [x, y] = pos;
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
      const first = ring[0] as Position;
      const last = ring[ring.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) return fail(r, rpath, 'form', fieldWords('closedRing'), `${rawPos(first)} … ${rawPos(last)}`);
      vertices += ring.length;
    }
  }
  const geometry = (type === 'Polygon' ? { type, coordinates: polys[0] } : { type, coordinates: polys }) as Polygon | MultiPolygon;
  return { geometry, bbox: box, vertices };
}

const isLonLat = (p: unknown): p is [number, number] =>
  Array.isArray(p) &&
  (p.length === 2 || p.length === 3) &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

const rawPos = (p: Position) => `[${p[0]}, ${p[1]}]`;
