/**
 * Join a user's table rows to the regions of a region set (counties, townships, any id), and
 * report what the province join reports: matched rows and how, unmatched rows and why (with
 * candidates), regions with no row, and region-years with more than one row. Pure; never throws
 * on data.
 */
import { editDistance } from '../data/join/editDistance';
import { matchKey } from '../data/join/matchKey';
import { cleanKey } from '../data/join/normaliseKey';
import { UNITS, type UnitId } from '../geo/units';
import type { Region } from './parseRegions';
import { regionNameKey, shortRegionName } from './regionNames';
import { regionKey } from './regionSet';

// The name keys live in their own small module: the header's region search (first view) needs
// only them, not the join.
export { regionNameKey, shortRegionName };

export interface RegionJoinInputRow {
  /** Row number as the user sees it in their file. */
  row: number;
  /** The cell read as the region: a code, an id or a name. */
  key: string;
  /** The cell of a province column, when the table has one (a name, code or ISO code of a province). */
  province?: string | null;
  year: number | null;
  value: number | null;
}

/**
 * 'code': the key is the region's code (6-, 9- or 12-digit division codes compared after padding
 * to 12 digits, so 340102 matches 340102000000; other ids compared as text, case ignored).
 * 'name': the full name, as written in the set ("朝阳区"). 'short-name': the name without its
 * administrative suffix on one side ("朝阳" ↔ "朝阳区", "大厂" ↔ "大厂回族自治县").
 * 'manual': the user's pick.
 */
export type RegionMatchVia = 'code' | 'name' | 'short-name' | 'manual';

/**
 * 'empty': the key holds nothing. 'unknown-code': digits that are no region's code.
 * 'unknown': no region by that name. 'ambiguous': several regions by that name, and neither a code
 * nor a province column tells them apart (candidates lists them). 'other-province': the name
 * exists, but not in the row's province (candidates lists where it does).
 */
export type RegionUnmatchedReason = 'empty' | 'unknown-code' | 'unknown' | 'ambiguous' | 'other-province';

export interface RegionMatchedRow extends RegionJoinInputRow {
  /** regionKey of the region (its code, or #feature). */
  region: string;
  via: RegionMatchVia;
  /** True when the province column (or a province name before the region's) chose among namesakes. */
  byProvince: boolean;
}

export interface RegionUnmatchedRow extends RegionJoinInputRow {
  reason: RegionUnmatchedReason;
  /** The one close region (a typo), or null. */
  suggestion: string | null;
  /** regionKeys of the namesakes (ambiguous, other-province) or of the closest names, in set order. */
  candidates: string[];
}

export interface RegionDuplicateGroup {
  region: string;
  year: number | null;
  rows: number[];
  /** The row whose value is applied: the first one. */
  used: number;
}

export interface RegionJoinReport {
  total: number;
  matched: RegionMatchedRow[];
  unmatched: RegionUnmatchedRow[];
  /** regionKeys of regions with no matched row in any year, in set order. */
  missing: string[];
  duplicates: RegionDuplicateGroup[];
}

// Integer, or the float / thousands-separated forms a spreadsheet exports for a number cell.
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0*)?$/;
const DIVISION = /^\d{6}(\d{3}(\d{3})?)?$/;
/** A division code padded to 12 digits (NBS form), or the id as compared text. */
const codeKey = (code: string): string => {
  const c = cleanKey(code);
  const n = NUMBER.exec(c);
  const digits = n ? n[1]!.replace(/,/g, '') : null;
  if (digits !== null && DIVISION.test(digits)) return digits.padEnd(12, '0');
  return digits ?? c;
};

/** Province names, full and short, normalised, for keys written "北京市朝阳区". */
const PROVINCE_PREFIXES: Array<[string, UnitId]> = UNITS.flatMap((u) => [regionNameKey(u.zhFull), regionNameKey(u.zh)].map((n): [string, UnitId] => [n, u.id]))
  .filter(([n]) => n !== '')
  .sort((a, b) => b[0].length - a[0].length);

type Resolution =
  | { region: Region; via: Exclude<RegionMatchVia, 'manual'>; byProvince: boolean }
  | { region: null; reason: RegionUnmatchedReason; candidates: Region[]; suggestion: Region | null };

/**
 * `overrides` maps a row number to the regionKey the user picked; that row matches with via
 * 'manual' (keys that are no region of the set are ignored).
 *
 * Namesakes (朝阳区 in Beijing and in Changchun; 鼓楼区 in four cities) are told apart by the row's
 * province column, or a province name before the region's ("北京市朝阳区"), against each region's
 * province (from its code). Without either, the row is 'ambiguous' and lists them; a code always
 * decides, so a table with codes never meets the question.
 */
export function joinRegionRows(
  rows: readonly RegionJoinInputRow[],
  regions: readonly Region[],
  overrides?: ReadonlyMap<number, string>,
): RegionJoinReport {
  const byCode = new Map<string, Region>();
  const byName = new Map<string, Region[]>();
  const byShort = new Map<string, Region[]>();
  const byKey = new Map<string, Region>();
  const push = (m: Map<string, Region[]>, k: string, r: Region) => {
    const list = m.get(k);
    if (!list) m.set(k, [r]);
    else if (!list.includes(r)) list.push(r);
  };
  for (const r of regions) {
    byKey.set(regionKey(r), r);
    if (r.code !== null) byCode.set(codeKey(r.code), r);
    if (r.name === null) continue;
    const full = regionNameKey(r.name);
    if (full === '') continue;
    push(byName, full, r);
    push(byShort, shortRegionName(full), r);
  }

  const provinceCache = new Map<string, UnitId | null>();
  const provinceOf = (cell: string | null | undefined): UnitId | null => {
    if (!cell || cell.trim() === '') return null;
    let p = provinceCache.get(cell);
    if (p === undefined) {
      const m = matchKey(cell);
      provinceCache.set(cell, (p = m.unit));
    }
    return p;
  };

  /** Regions named `key`: by full name, then short name, then a row's short name against unsuffixed names. */
  const named = (key: string): { list: Region[]; via: 'name' | 'short-name' } | null => {
    const full = byName.get(key);
    if (full) return { list: full, via: 'name' };
    if (shortRegionName(key) === key) {
      const short = byShort.get(key);
      if (short) return { list: short, via: 'short-name' };
    }
    const bare = byName.get(shortRegionName(key))?.filter((r) => r.name !== null && shortRegionName(regionNameKey(r.name)) === regionNameKey(r.name));
    if (bare && bare.length > 0) return { list: bare, via: 'short-name' };
    return null;
  };

  const resolve = (row: RegionJoinInputRow): Resolution => {
    const clean = cleanKey(row.key);
    if (regionNameKey(row.key) === '') return { region: null, reason: 'empty', candidates: [], suggestion: null };
    const code = codeKey(row.key);
    const hit = byCode.get(code) ?? (byCode.size > 0 ? byCode.get(clean) : undefined);
    if (hit) return { region: hit, via: 'code', byProvince: false };
    if (NUMBER.test(clean)) return { region: null, reason: 'unknown-code', candidates: [], suggestion: null };

    let key = regionNameKey(row.key);
    let province = provinceOf(row.province);
    let found = named(key);
    if (!found) {
      // "北京市朝阳区", "吉林朝阳区": a province name written before the region's.
      const prefix = PROVINCE_PREFIXES.find(([p]) => key.startsWith(p) && key.length > p.length && named(key.slice(p.length)));
      if (prefix) {
        key = key.slice(prefix[0].length);
        province = province ?? prefix[1];
        found = named(key);
      }
    }
    if (!found) return { region: null, reason: 'unknown', ...closest(key) };
    const { list, via } = found;
    if (province !== null) {
      const inProvince = list.filter((r) => r.province === province);
      if (inProvince.length === 1) return { region: inProvince[0]!, via, byProvince: list.length > 1 };
      if (inProvince.length === 0) return { region: null, reason: 'other-province', candidates: list, suggestion: null };
      return { region: null, reason: 'ambiguous', candidates: inProvince, suggestion: null };
    }
    if (list.length === 1) return { region: list[0]!, via, byProvince: false };
    return { region: null, reason: 'ambiguous', candidates: list, suggestion: null };
  };

  /** Names one edit away (Chinese names of three or more characters only, as in the province join). */
  const closest = (key: string): { candidates: Region[]; suggestion: Region | null } => {
    const len = [...key].length;
    if (len < 3 || !/\p{Script=Han}/u.test(key)) return { candidates: [], suggestion: null };
    const near: Region[] = [];
    for (const [name, list] of byName) {
      if (Math.abs([...name].length - len) > 1) continue;
      if (editDistance(name, key) === 1) near.push(...list);
    }
    return { candidates: near, suggestion: near.length === 1 ? near[0]! : null };
  };

  const order = new Map(regions.map((r, i) => [r, i]));
  const keysOf = (list: readonly Region[]) => [...list].sort((a, b) => order.get(a)! - order.get(b)!).map(regionKey);
  const cache = new Map<string, Resolution>();
  const matched: RegionMatchedRow[] = [];
  const unmatched: RegionUnmatchedRow[] = [];
  for (const row of rows) {
    const picked = overrides?.get(row.row);
    if (picked !== undefined && byKey.has(picked)) {
      matched.push({ ...row, region: picked, via: 'manual', byProvince: false });
      continue;
    }
    const cacheKey = `${row.key}\u0000${row.province ?? ''}`;
    let res = cache.get(cacheKey);
    if (res === undefined) cache.set(cacheKey, (res = resolve(row)));
    if (res.region !== null) matched.push({ ...row, region: regionKey(res.region), via: res.via, byProvince: res.byProvince });
    else unmatched.push({ ...row, reason: res.reason, suggestion: res.suggestion ? regionKey(res.suggestion) : null, candidates: keysOf(res.candidates) });
  }

  const seen = new Set(matched.map((m) => m.region));
  return {
    total: rows.length,
    matched,
    unmatched,
    missing: regions.map(regionKey).filter((k) => !seen.has(k)),
    duplicates: findDuplicates(matched),
  };
}

function findDuplicates(matched: readonly RegionMatchedRow[]): RegionDuplicateGroup[] {
  // Nested maps, so year null, NaN and numbers never collide.
  const byRegion = new Map<string, Map<number | null, RegionDuplicateGroup>>();
  const groups: RegionDuplicateGroup[] = [];
  for (const m of matched) {
    const byYear = byRegion.get(m.region) ?? new Map<number | null, RegionDuplicateGroup>();
    byRegion.set(m.region, byYear);
    const group = byYear.get(m.year);
    if (group === undefined) {
      const created = { region: m.region, year: m.year, rows: [m.row], used: m.row };
      byYear.set(m.year, created);
      groups.push(created);
    } else group.rows.push(m.row);
  }
  return groups.filter((g) => g.rows.length >= 2);
}

/**
 * Whether a cell names a region of the set (its code, full name or name without suffix): what
 * column detection asks of a cell to find the key column of a table meant for these regions.
 */
export function regionKeyTest(regions: readonly Region[]): (cell: string) => boolean {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const r of regions) {
    if (r.code !== null) codes.add(codeKey(r.code));
    if (r.name === null) continue;
    const full = regionNameKey(r.name);
    if (full === '') continue;
    names.add(full);
    names.add(shortRegionName(full));
  }
  return (cell) => {
    const key = regionNameKey(cell);
    if (key === '') return false;
    return codes.has(codeKey(cell)) || names.has(key) || names.has(shortRegionName(key));
  };
}
