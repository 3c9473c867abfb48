import { at, item, readBoolean, readChoice, readDate, readInteger, readList, readNumber, readObject, readText, type FieldReport } from '../util/readFields';
import { FACILITY_TYPES, type Facility, type FacilitySet, type RejectedRow } from './facility';

/** Facilities in one set: files are read up to 200,000 rows. */
export const MAX_FACILITIES = 200_000;
const CRS = ['WGS84', 'GCJ02', 'BD09'] as const;

/**
 * A facility set from untrusted JSON (a bundle), field by field: the set, or undefined with every
 * problem recorded in `r` under its path (`facilitySets[0].facilities[41].lat`). Coordinates must be
 * WGS 84 degrees (they were converted on import; `crs` records from what). Names and sources are
 * kept exactly as text; missing capacity and year are null, never 0.
 */
export function readFacilitySet(v: unknown, path: string, r: FieldReport): FacilitySet | undefined {
  const o = readObject(v, path, r);
  if (!o) return undefined;
  const before = r.issues.length + r.more;
  const id = readText(o.id, at(path, 'id'), r, 40);
  const name = readText(o.name, at(path, 'name'), r);
  const fileName = readText(o.fileName, at(path, 'fileName'), r);
  const importedAt = readDate(o.importedAt, at(path, 'importedAt'), r);
  const synthetic = readBoolean(o.synthetic, at(path, 'synthetic'), r);
  const crs = o.crs === undefined ? undefined : readChoice(o.crs, at(path, 'crs'), r, CRS);
  const list = readList(o.facilities, at(path, 'facilities'), r, MAX_FACILITIES);
  const facilities: Facility[] = [];
  list?.forEach((raw, i) => {
    const f = readFacility(raw, item(at(path, 'facilities'), i), r);
    if (f) facilities.push(f);
  });
  let rejected: RejectedRow[] | undefined;
  if (o.rejected !== undefined) {
    const rows = readList(o.rejected, at(path, 'rejected'), r, MAX_FACILITIES);
    rejected = [];
    rows?.forEach((raw, i) => {
      const p = item(at(path, 'rejected'), i);
      const x = readObject(raw, p, r);
      const row = x && readInteger(x.row, at(p, 'row'), r, 1, Number.MAX_SAFE_INTEGER);
      const rawText = x && readText(x.raw, at(p, 'raw'), r);
      if (row !== undefined && rawText !== undefined) rejected?.push({ row, raw: rawText });
    });
  }
  if (r.issues.length + r.more > before) return undefined;
  return {
    id: id as string,
    name: name as string,
    fileName: fileName as string,
    importedAt: importedAt as string,
    synthetic: synthetic as boolean,
    ...(crs ? { crs } : {}),
    facilities,
    ...(rejected ? { rejected } : {}),
  };
}

function readFacility(v: unknown, path: string, r: FieldReport): Facility | undefined {
  const o = readObject(v, path, r);
  if (!o) return undefined;
  const id = readText(o.id, at(path, 'id'), r, 60);
  const name = readText(o.name, at(path, 'name'), r);
  const type = readChoice(o.type, at(path, 'type'), r, FACILITY_TYPES);
  const capacity = o.capacity === null ? null : readNumber(o.capacity, at(path, 'capacity'), r, (n) => n >= 0, '≥ 0');
  const opened = o.opened === null ? null : readInteger(o.opened, at(path, 'opened'), r, 1000, 2100);
  const source = readText(o.source, at(path, 'source'), r);
  const lon = readNumber(o.lon, at(path, 'lon'), r, (n) => Math.abs(n) <= 180, '−180–180');
  const lat = readNumber(o.lat, at(path, 'lat'), r, (n) => Math.abs(n) <= 90, '−90–90');
  const row = readInteger(o.row, at(path, 'row'), r, 1, Number.MAX_SAFE_INTEGER);
  if ([id, name, type, capacity, opened, source, lon, lat, row].some((x) => x === undefined)) return undefined;
  return { id, name, type, capacity, opened, source, lon, lat, row } as Facility;
}
