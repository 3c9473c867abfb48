import { formatCsv } from './exportCsv';
import { CHINA_BOUNDS } from './import/parseGeoJson';
import { UNIT_BY_ID, type UnitId } from '../geo/units';
import { FACILITY_TYPES, crsNote, type FacilitySet, type FacilityType, type RejectedRow } from '../facilities/facility';
import { FACILITY_LIST_CSV as T } from '../i18n/facilityListMessages';
import { FACILITY_TYPE_TEXT } from '../i18n/gapsMessages';
import type { Lang } from '../i18n/lang';

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
  /** The reader's language for the `#` lines and the words in cells; column names never change. */
  lang?: Lang;
}

/**
 * Every facility of every set, with the province it was assigned to, or the reason it was not
 * (outside China, outside every province, swapped coordinates); rows a file gave without usable
 * coordinates are listed too, from the set's `rejected` (missing or unreadable coordinates). Planned facilities are
 * not facilities and are never here. UTF-8 with a BOM. Pure.
 */
export function buildFacilityListCsv(x: FacilityListExport): string {
  const lang = x.lang ?? 'en';
  // The link's type codes in English, the names in Chinese, as the ranking CSV writes them.
  const ticked = FACILITY_TYPES.filter((t) => x.types.includes(t)).map((t) => FACILITY_TYPE_TEXT[t][lang]).join(lang === 'zh' ? '、' : ' ');
  const meta = [
    [`# ${T.title[lang]}`],
    [`# ${T.exported[lang]}`, x.exportedAt],
    [`# ${T.assignment[lang]}`, T.assignmentText[lang]],
    [`# ${T.counted[lang]}`, T.countedText[lang](ticked || T.none[lang])],
    ...x.sets.map((s) => {
      const crs = crsNote(s, lang);
      const what = s.synthetic ? T.synthetic[lang] : `${T.fileImported[lang](s.fileName || s.name, s.importedAt)}${crs ? (lang === 'zh' ? `，${crs}` : `, ${crs}`) : ''}`;
      return [`# ${T.facilitySet[lang]}`, s.name, what];
    }),
  ];
  const header = ['set', 'synthetic', 'row', 'id', 'name', 'type', 'capacity', 'opened', 'source', 'lon', 'lat', 'status', 'province_code_gb', 'iso_3166_2', 'name_en', 'name_zh', 'counted', 'reason'];
  const yesNo = (b: boolean) => (b ? T.yes : T.no)[lang];
  const rows: (string | number | null)[][] = [];
  for (const s of x.sets) {
    const syn = yesNo(s.synthetic);
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
        (u ? T.assigned : T.rejected)[lang],
        u?.gb ?? null,
        u?.iso ?? null,
        u?.en ?? null,
        u?.zhFull ?? null,
        yesNo(u !== null && x.types.includes(f.type)),
        u ? null : T.reason[rejectionReason(f.lon, f.lat, x.locate)][lang],
      ]);
    }
    for (const r of s.rejected ?? []) {
      rows.push([s.name, syn, r.row, null, null, null, null, null, null, null, null, T.rejected[lang], null, null, null, null, T.no[lang], rejectedRowReason(r, lang)]);
    }
  }
  return formatCsv([...meta, header, ...rows]);
}

/** "missing coordinates", or with what the file held: "unreadable coordinates; as written: 3e, 30.1".
 * Sets stored before the reason was kept listed only unreadable rows. */
function rejectedRowReason(r: RejectedRow, lang: Lang): string {
  const reason = T.reason[r.reason ?? 'unreadable coordinates'][lang];
  return /^[\s,]*$/.test(r.raw) ? reason : T.asWritten[lang](reason, r.raw);
}
