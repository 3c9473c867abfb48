/** The county table's figure columns, in display order (see src/view/buildCountyTable.ts). */
export const COUNTY_MEASURES = ['age2010', 'age2020', 'res2010', 'res2020', 'net2010', 'per1000'] as const;
export type CountyMeasure = (typeof COUNTY_MEASURES)[number];
export const COUNTY_SORT_KEYS = ['name', 'code', ...COUNTY_MEASURES] as const;
export type CountySortKey = (typeof COUNTY_SORT_KEYS)[number];

/**
 * How the county table is sorted. Part of AppState (`counties`, null while the table is closed),
 * so a link or a story slide reopens the table sorted the same way.
 */
export interface CountySort {
  key: CountySortKey;
  ascending: boolean;
}

/** What a table opened without a sort shows: the largest 2010 net senders first. */
export const DEFAULT_COUNTY_SORT: Readonly<CountySort> = Object.freeze({ key: 'net2010', ascending: false });

/** Link form: the column, with a leading `-` for descending (`-net2010`, `name`). */
export function formatCountySort(sort: CountySort): string {
  return `${sort.ascending ? '' : '-'}${sort.key}`;
}

/** Never throws: anything else than a known column with an optional `-` gives null. */
export function parseCountySort(raw: string): CountySort | null {
  const m = /^(-?)([a-z0-9]+)$/.exec(raw.trim());
  const key = m?.[2];
  if (!m || !key || !(COUNTY_SORT_KEYS as readonly string[]).includes(key)) return null;
  return { key: key as CountySortKey, ascending: m[1] === '' };
}
