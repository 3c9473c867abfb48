import { formatCsv } from './exportCsv';
import { CHINA_BOUNDS } from './import/parseGeoJson';
import { UNIT_BY_ID, type UnitId } from '../geo/units';
import { FACILITY_TYPES, crsNote, type FacilitySet, type FacilityType, type RejectedRow } from '../facilities/facility';

/** Why a point is in no province. */
export type RejectionReason = 'missing coordinates' | 'unreadable coordinates' | 'swapped coordinates' | 'outside China' | 'outside every province';

/**
 * The reason a point at [lon, lat] (degrees) was located in no province, given `locate` (the
 * coverage's own point-in-province test: a unit id or null). Swapped: the point is not in a
 * province, but [lat, lon] is. Outside China: beyond 73–136°E, 3–54°N. Otherwise it is inside
 * China's box but in no province (at sea, or on a coast the simplified boundary cuts). Pure.
 */
export function rejectionReason(lon: number, lat: number, locate: (lon: number, lat: number) => UnitId | null): RejectionReason {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'missing coordinates';
  if (locate(lat, lon) !== null) return 'swapped coordinates';
  const b = CHINA_BOUNDS;
  if (lon < b.west || lon > b.east || lat < b.south || lat > b.north) return 'outside China';
  return 'outside every province';
}

export interface FacilityListExport {
  sets: readonly FacilitySet[];
  /** Types counted on screen: other points are listed, marked not counted. */
  types: readonly FacilityType[];
  locate(lon: number, lat: number): UnitId | null;
  exportedAt: string;
}

/**
 * Every facility of every set, with the province it was assigned to, or the reason it was not
 * (outside China, outside every province, swapped coordinates); rows a file gave without usable
 * coordinates are listed too, from the set's `rejected` (missing or unreadable coordinates). Planned facilities are
 * not facilities and are never here. UTF-8 with a BOM. Pure.
 */
export function buildFacilityListCsv(x: FacilityListExport): string {
  const meta = [
    ['# Liushou Atlas: facility list with province assignment'],
    ['# exported', x.exportedAt],
    ['# assignment', 'point in polygon on the app\'s province boundaries (Natural Earth, simplified); a point on a shared border goes to the first province in GB/T 2260 order'],
    ['# counted', `types ticked: ${FACILITY_TYPES.filter((t) => x.types.includes(t)).join(' ') || 'none'}; counted = no for the other types`],
    ...x.sets.map((s) => ['# facility set', s.name, s.synthetic ? 'SYNTHETIC demonstration data, not real places' : `file ${s.fileName || s.name}, imported ${s.importedAt}${crsNote(s) ? `, ${crsNote(s)}` : ''}`]),
  ];
  const header = ['set', 'synthetic', 'row', 'id', 'name', 'type', 'capacity', 'opened', 'source', 'lon', 'lat', 'status', 'province_code_gb', 'iso_3166_2', 'name_en', 'name_zh', 'counted', 'reason'];
  const rows: (string | number | null)[][] = [];
  for (const s of x.sets) {
    const syn = s.synthetic ? 'yes' : 'no';
    for (const f of s.facilities) {
      const unit = Number.isFinite(f.lon) && Number.isFinite(f.lat) ? x.locate(f.lon, f.lat) : null;
      const u = unit ? UNIT_BY_ID.get(unit)! : null;
      rows.push([
        s.name,
        syn,
        f.row,
        f.id,
        f.name,
        f.type,
        f.capacity,
        f.opened,
        f.source,
        f.lon,
        f.lat,
        u ? 'assigned' : 'rejected',
        u?.gb ?? null,
        u?.iso ?? null,
        u?.en ?? null,
        u?.zhFull ?? null,
        u && x.types.includes(f.type) ? 'yes' : 'no',
        u ? null : rejectionReason(f.lon, f.lat, x.locate),
      ]);
    }
    for (const r of s.rejected ?? []) {
      rows.push([s.name, syn, r.row, null, null, null, null, null, null, null, null, 'rejected', null, null, null, null, 'no', rejectedRowReason(r)]);
    }
  }
  return formatCsv([...meta, header, ...rows]);
}

/** "missing coordinates", or with what the file held: "unreadable coordinates; as written: 3e, 30.1".
 * Sets stored before the reason was kept listed only unreadable rows. */
function rejectedRowReason(r: RejectedRow): string {
  const reason = r.reason ?? 'unreadable coordinates';
  return /^[\s,]*$/.test(r.raw) ? reason : `${reason}; as written: ${r.raw}`;
}
