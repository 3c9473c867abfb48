import type { RegionView } from './buildViewModel';

export type SortKey = 'rank' | 'name' | 'value';
export interface Sort {
  key: SortKey;
  ascending: boolean;
}

/** Orders rows; no data always sorts last, whatever the direction, so it never reads as the smallest. */
export function sortRegions(regions: readonly RegionView[], sort: Sort, lang: 'en' | 'zh'): RegionView[] {
  const dir = sort.ascending ? 1 : -1;
  const name = (r: RegionView) => (lang === 'zh' ? r.unit.zh : r.unit.en);
  return [...regions].sort((a, b) => {
    if (sort.key === 'name') return dir * name(a).localeCompare(name(b), lang === 'zh' ? 'zh-CN' : 'en');
    const va = sort.key === 'rank' ? a.rank : (a.datum?.value ?? null);
    const vb = sort.key === 'rank' ? b.rank : (b.datum?.value ?? null);
    if (va === null && vb === null) return name(a).localeCompare(name(b));
    if (va === null) return 1;
    if (vb === null) return -1;
    return dir * (va - vb);
  });
}
