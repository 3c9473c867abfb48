import type { Lang } from '../i18n/lang';
import type { RegionRow } from './buildRegionView';

export type RegionSortKey = 'rank' | 'name' | 'code' | 'province' | 'value';
export interface RegionSort {
  key: RegionSortKey;
  ascending: boolean;
}

/** Orders region rows; no data (and a missing code or province) always sorts last, whatever the direction. */
export function sortRegionRows(rows: readonly RegionRow[], sort: RegionSort, lang: Lang): RegionRow[] {
  const dir = sort.ascending ? 1 : -1;
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  const byName = (a: RegionRow, b: RegionRow) => collator.compare(a.label, b.label);
  const text = (r: RegionRow): string | null =>
    sort.key === 'name' ? r.label : sort.key === 'code' ? r.code : sort.key === 'province' ? (r.province?.[lang] ?? null) : null;
  return [...rows].sort((a, b) => {
    if (sort.key === 'rank' || sort.key === 'value') {
      const va = sort.key === 'rank' ? a.rank : a.value;
      const vb = sort.key === 'rank' ? b.rank : b.value;
      if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
      return dir * (va - vb) || byName(a, b);
    }
    const ta = text(a);
    const tb = text(b);
    if (ta === null || tb === null) return ta === tb ? byName(a, b) : ta === null ? 1 : -1;
    return dir * collator.compare(ta, tb) || byName(a, b);
  });
}
