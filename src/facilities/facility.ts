import type { Lang } from '../i18n/lang';
import { FACILITY_TEXT_MESSAGES as T } from '../i18n/facilityTextMessages';

/**
 * Care facilities that reach left-behind children, as plain data (stored in IndexedDB and sent to
 * the coverage worker by structured clone, so: no classes, no Maps).
 */

/**
 * Kinds of facility, in the order they are listed and drawn:
 * - 'home': 儿童之家 / 留守儿童之家, children's home (a village or township room with a carer);
 * - 'centre': 活动中心 / 活动室, activity centre or room;
 * - 'school': 寄宿制学校, boarding school;
 * - 'other': anything else, including a type that was not given.
 */
export const FACILITY_TYPES = ['home', 'centre', 'school', 'other'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

export interface Facility {
  /** Unique within its set: `${idPrefix}-${row}` for imports (see buildFacilities). */
  id: string;
  /** Plain text as written (trimmed); markup stays text, escaping is the renderer's job. '' when
   * the file gave no name. */
  name: string;
  type: FacilityType;
  /** Places (children served or beds) as stated; null when not stated or unreadable, never 0 for
   * missing. */
  capacity: number | null;
  /** Year opened, e.g. 2012; null when not stated or unreadable. */
  opened: number | null;
  /** Where the row came from: its own source column, else the file name. */
  source: string;
  /** WGS 84 degrees; GeoJSON order is [lon, lat]. */
  lon: number;
  lat: number;
  /** The row the user sees in the file (CSV line, JSON record or GeoJSON feature, 1-based). */
  row: number;
}

export interface FacilitySet {
  id: string;
  name: string;
  /** The dropped file's name; '' for a generated set. */
  fileName: string;
  /** ISO 8601 timestamp. */
  importedAt: string;
  /** True for generated demonstration data: the UI must say so wherever it is shown. */
  synthetic: boolean;
  /** The coordinate system the file's points were in, converted to WGS 84 on import (convertCrs.ts);
   * absent: WGS 84 as given (and sets stored before the choice existed). */
  crs?: 'WGS84' | 'GCJ02' | 'BD09';
  facilities: Facility[];
  /** Rows of the file that had no usable coordinates (empty or unreadable): kept so the facility
   * list export can name them. Absent in sets stored before it existed. */
  rejected?: RejectedRow[];
}

export interface RejectedRow {
  /** The row the user sees in the file (1-based). */
  row: number;
  /** The coordinate cells as written, "lon, lat". */
  raw: string;
  /** Why the row has no point: a cell empty (or a missing marker such as NA, 暂无), or text that is
   * not a number. Absent in sets stored before it was recorded (those rows were unreadable). */
  reason?: 'missing coordinates' | 'unreadable coordinates';
}

export function isFacilityType(s: string): s is FacilityType {
  return (FACILITY_TYPES as readonly string[]).includes(s);
}

/** What an export says of a set's coordinates: "coordinates converted from GCJ-02 to WGS 84", or
 * null for points taken as WGS 84 as given. */
export function crsNote(set: Pick<FacilitySet, 'crs'>, lang: Lang = 'en'): string | null {
  if (!set.crs || set.crs === 'WGS84') return null;
  return T.crsConverted[lang](T.crsName[set.crs][lang]);
}
