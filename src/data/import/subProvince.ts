import { UNITS } from '../../geo/units';
import type { ParsedTable } from './parseTable';

/**
 * Rows below province level: counties, districts and county-level cities (县, 区, 市, 旗 …), or
 * townships (乡, 镇, 街道, 苏木). Planners' tables are often kept at these levels; joined as they
 * are, several rows land on one province (or none), so they are recognised and said so.
 */
export type SubProvinceLevel = 'county' | 'township';

/** Two-digit GB/T 2260 prefixes of the 34 units ("51" Sichuan, "71" Taiwan). */
const PROVINCE_PREFIXES: ReadonlyMap<string, string> = new Map(UNITS.map((u) => [u.gb.slice(0, 2), u.gb]));

// GB/T 2260 county codes are six digits (341524 Jinzhai); NBS 统计用区划代码 add three digits for
// the township and three for the village (341524100000). Spreadsheets may add ".0".
const CODE = /^(\d{6}|\d{9}|\d{12})(?:\.0*)?$/;

/**
 * The province code ("340000") of a county- or township-level code ("341524", "341524100000"),
 * or null when the cell is not such a code: a province's own code (xx0000, xx0000000000), a
 * prefix that is no province, or not a code at all.
 */
export function provinceOfCode(cell: string): { province: string; level: SubProvinceLevel } | null {
  const m = CODE.exec(cell.trim());
  if (!m) return null;
  const digits = m[1]!;
  const province = PROVINCE_PREFIXES.get(digits.slice(0, 2));
  if (province === undefined) return null;
  if (/^\d{2}0+$/.test(digits)) return null; // the province itself
  const township = digits.length > 6 && !/^0+$/.test(digits.slice(6, 9));
  return { province, level: township ? 'township' : 'county' };
}

// Longest first. 市 and 区 also end province names (北京市, 广西壮族自治区): callers test a
// cell against the province names before calling it a county.
const TOWNSHIP_SUFFIX = /(?:街道|街道办事处|民族乡|苏木|乡|镇)$/;
const COUNTY_SUFFIX = /(?:自治县|自治旗|林区|特区|新区|地区|自治州|盟|县|区|市|旗)$/;
const TOWNSHIP_EN = /\s(?:township|town|subdistrict|sumu)$/i;
const COUNTY_EN = /\s(?:county|district|banner|county-level city|prefecture)$/i;

/** The level a name's suffix says ("金寨县" county, "梅山镇" township), or null. Province names
 * must be excluded by the caller (北京市 ends in 市). */
export function levelOfName(cell: string): SubProvinceLevel | null {
  const s = cell.trim();
  if (Array.from(s).length < 2) return null;
  if (TOWNSHIP_SUFFIX.test(s) || TOWNSHIP_EN.test(s)) return 'township';
  if (COUNTY_SUFFIX.test(s) || COUNTY_EN.test(s)) return 'county';
  return null;
}

export interface SubProvinceColumn {
  column: string;
  /** How the rows were recognised: by code (the province follows from its first two digits) or
   * by name suffix (the province needs another column). */
  by: 'code' | 'name';
  /** The commoner level among the recognised rows. */
  level: SubProvinceLevel;
  /** Rows of the whole table recognised as below province level. */
  rows: number;
}

/** A column is below province level when at least this share of its non-empty cells is. */
const SUB_MIN_SHARE = 0.5;

/**
 * The column that holds rows below province level, or null. Codes win over names (they also give
 * the province). Every row is looked at once per candidate column: a regular expression per cell,
 * no join.
 */
export function detectSubProvince(table: ParsedTable, isProvinceKey: (s: string) => boolean): SubProvinceColumn | null {
  let best: SubProvinceColumn | null = null;
  table.columns.forEach((column, c) => {
    for (const by of ['code', 'name'] as const) {
      let nonEmpty = 0;
      let rows = 0;
      let township = 0;
      for (const row of table.rows) {
        const cell = row[c] ?? '';
        if (cell === '') continue;
        nonEmpty++;
        const level = by === 'code' ? (provinceOfCode(cell)?.level ?? null) : isProvinceKey(cell) ? null : levelOfName(cell);
        if (level === null) continue;
        rows++;
        if (level === 'township') township++;
      }
      if (rows === 0 || rows < SUB_MIN_SHARE * nonEmpty) continue;
      if (best === null || (by === 'code' && best.by === 'name') || (by === best.by && rows > best.rows)) {
        best = { column, by, level: township * 2 > rows ? 'township' : 'county', rows };
      }
    }
  });
  return best;
}
