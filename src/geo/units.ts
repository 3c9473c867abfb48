/**
 * China's 34 provincial-level units: the app's join key between data rows and map features.
 *
 * The list lives in units.json so that geo/build.mjs (plain Node, no TypeScript) stamps the
 * very same ids and names onto the geometry it writes to public/geo/. Codes follow
 * GB/T 2260 (six-digit division codes) and ISO 3166-2:CN, which both list Taiwan as a
 * province and Hong Kong and Macao as special administrative regions (SARs).
 */
import unitsJson from './units.json';

/** ISO 3166-2:CN suffixes, in GB/T 2260 order. units.test.ts checks units.json matches. */
export const UNIT_IDS = [
  'BJ', 'TJ', 'HE', 'SX', 'NM', 'LN', 'JL', 'HL', 'SH', 'JS', 'ZJ', 'AH', 'FJ', 'JX', 'SD', 'HA', 'HB',
  'HN', 'GD', 'GX', 'HI', 'CQ', 'SC', 'GZ', 'YN', 'XZ', 'SN', 'GS', 'QH', 'NX', 'XJ', 'TW', 'HK', 'MO',
] as const;

/** ISO 3166-2 suffix: "HE" is Hebei, "HA" Henan, "SX" Shanxi 山西, "SN" Shaanxi 陕西. */
export type UnitId = (typeof UNIT_IDS)[number];

export type UnitKind = 'province' | 'municipality' | 'autonomous_region' | 'sar';

export interface Unit {
  readonly id: UnitId;
  /** GB/T 2260 code as a six-digit string, e.g. "510000"; HK "810000", MO "820000", TW "710000". */
  readonly gb: string;
  /** Full ISO 3166-2 code, e.g. "CN-SC". */
  readonly iso: string;
  /** Short English name, as used on labels: "Inner Mongolia", "Tibet", "Macao". */
  readonly en: string;
  /** Short Chinese name: "四川", "内蒙古". */
  readonly zh: string;
  /** Full Chinese name: "四川省", "内蒙古自治区", "香港特别行政区". */
  readonly zhFull: string;
  readonly kind: UnitKind;
}

/** All 34 units, ordered by GB/T 2260 code. */
export const UNITS: readonly Unit[] = unitsJson as readonly Unit[];

export const UNIT_BY_ID: ReadonlyMap<UnitId, Unit> = new Map(UNITS.map((u) => [u.id, u]));

const ID_SET: ReadonlySet<string> = new Set(UNIT_IDS);

/** True for the 34 ids exactly: case-sensitive, so "sc" and " SC" are not ids. */
export function isUnitId(s: string): s is UnitId {
  return ID_SET.has(s);
}
