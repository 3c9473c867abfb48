import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { netSender, netSenderPer1000, type CountyCensus, type CountyRecord } from '../data/counties/countyCensus';
import { COUNTY_MEASURES, type CountyMeasure, type CountySort } from '../state/countySort';

export { COUNTY_MEASURES, COUNTY_SORT_KEYS, DEFAULT_COUNTY_SORT, type CountyMeasure, type CountySort, type CountySortKey } from '../state/countySort';

/** Measures that are arithmetic on published figures, to be labelled derived. */
export const DERIVED_MEASURES: ReadonlySet<CountyMeasure> = new Set(['net2010', 'per1000']);

/**
 * One county-level unit, its 2010 and 2020 records paired by code (units without a code by name).
 * Codes are not harmonised between censuses: a unit whose code changed is two rows, one per year,
 * and a code that changed its name (内邱县 → 内丘县, or 丰润区/丰南区, whose codes the 2010 sheet
 * swaps) shows both names. Every figure is null where the source has none: no data, never 0.
 */
export interface CountyRow {
  /** Stable key: the code, or the name for units without one. */
  key: string;
  /** Six digits, or "" where neither census gives one. */
  code: string;
  /** The 2020 name where the unit is in 2020, else the 2010 name. */
  name: string;
  /** The 2010 name where it differs from `name`, else null. */
  name2010: string | null;
  latin: string;
  values: Record<CountyMeasure, number | null>;
  /** Hukou-registered population, 2010: the proxy's other term, for the export. */
  hukou2010: number | null;
  /** Census years the row has a record for. */
  years: Array<2010 | 2020>;
}

export interface CountyTableView {
  province: UnitId;
  /** Rows after the search, in the chosen order. */
  rows: CountyRow[];
  /** Rows in the province before the search. */
  total: number;
  /** Sum of each measure over every row of the province (blanks skipped), and how many rows were blank. Not for per1000. */
  sums: Record<Exclude<CountyMeasure, 'per1000'>, { sum: number; blanks: number }>;
  sort: CountySort;
  query: string;
  /** Source ids behind the figures, per census year. */
  sources: CountyCensus['sources'];
  latinNote: string;
}

/** Folds a name or query for search: case, tones, spaces and apostrophes ignored; ü = u = v; 巿 = 市. */
export function searchKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’·-]/g, '')
    .replace(/[üv]/g, 'u')
    .replace(/巿/g, '市');
}

function matches(row: CountyRow, key: string): boolean {
  if (key === '') return true;
  if (/^\d+$/.test(key)) return row.code.startsWith(key);
  return [row.name, row.name2010 ?? '', row.latin].some((s) => searchKey(s).includes(key));
}

function pairRecords(a: CountyRecord[], b: CountyRecord[]): Array<{ r2010: CountyRecord | null; r2020: CountyRecord | null }> {
  const keyOf = (r: CountyRecord) => (r.code !== '' ? `c${r.code}` : `n${r.name}`);
  const byKey = new Map(a.map((r) => [keyOf(r), r]));
  const pairs: Array<{ r2010: CountyRecord | null; r2020: CountyRecord | null }> = b.map((r2020) => {
    const k = keyOf(r2020);
    const r2010 = byKey.get(k) ?? null;
    byKey.delete(k);
    return { r2010, r2020 };
  });
  // 2010 units no 2020 unit carries on (merged, renumbered): their own rows, after the others.
  for (const r2010 of byKey.values()) pairs.push({ r2010, r2020: null });
  return pairs;
}

function toRow({ r2010, r2020 }: { r2010: CountyRecord | null; r2020: CountyRecord | null }): CountyRow {
  const main = (r2020 ?? r2010) as CountyRecord;
  return {
    key: main.code !== '' ? main.code : main.name,
    code: main.code,
    name: main.name,
    name2010: r2010 && r2020 && r2010.name !== r2020.name ? r2010.name : null,
    latin: main.latin,
    values: {
      age2010: r2010?.age0_14 ?? null,
      age2020: r2020?.age0_14 ?? null,
      res2010: r2010?.resident ?? null,
      res2020: r2020?.resident ?? null,
      net2010: r2010 ? netSender(r2010) : null,
      per1000: r2010 ? netSenderPer1000(r2010) : null,
    },
    hukou2010: r2010?.hukou ?? null,
    years: [...(r2010 ? [2010 as const] : []), ...(r2020 ? [2020 as const] : [])],
  };
}

/** Orders rows; no data always sorts last, whatever the direction, so it never reads as the smallest. */
export function sortCountyRows(rows: readonly CountyRow[], sort: CountySort, lang: Lang): CountyRow[] {
  const dir = sort.ascending ? 1 : -1;
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const byName = (a: CountyRow, b: CountyRow) => (lang === 'zh' ? collator.compare(a.name, b.name) : collator.compare(a.latin, b.latin));
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return dir * byName(a, b);
    if (sort.key === 'code') {
      // Units without a code sort last, like no data.
      if (a.code === '' || b.code === '') return a.code === b.code ? byName(a, b) : a.code === '' ? 1 : -1;
      return dir * a.code.localeCompare(b.code);
    }
    const va = a.values[sort.key];
    const vb = b.values[sort.key];
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return dir * (va - vb) || byName(a, b);
  });
}

/**
 * The county picture of one province, from the census alone (no file needed): pure, so the table,
 * its CSV and its tests read the same rows.
 */
export function buildCountyTable(census: CountyCensus, province: UnitId, sort: CountySort, query: string, lang: Lang): CountyTableView {
  const inProvince = (r: CountyRecord) => r.province === province;
  const all = pairRecords(census.records[2010].filter(inProvince), census.records[2020].filter(inProvince)).map(toRow);
  const sums = {} as CountyTableView['sums'];
  for (const m of COUNTY_MEASURES) {
    if (m === 'per1000') continue;
    let sum = 0;
    let blanks = 0;
    for (const r of all) {
      const v = r.values[m];
      if (v === null) blanks++;
      else sum += v;
    }
    sums[m] = { sum, blanks };
  }
  const key = searchKey(query.trim());
  return {
    province,
    rows: sortCountyRows(
      all.filter((r) => matches(r, key)),
      sort,
      lang,
    ),
    total: all.length,
    sums,
    sort,
    query,
    sources: census.sources,
    latinNote: census.latinNote,
  };
}
