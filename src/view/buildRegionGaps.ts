import type { Lang } from '../i18n/lang';
import { REGION_DATA_MESSAGES as M } from '../i18n/regionDataMessages';
import { REGION_GAPS_MESSAGES as RG } from '../i18n/regionGapsMessages';
import type { Region } from '../regions/parseRegions';
import type { RegionCoverageResult } from '../regions/regionCoverage';
import type { RegionGapRanking } from '../regions/rankRegionGaps';
import { regionKey } from '../regions/regionSet';
import { UNIT_BY_ID } from '../geo/units';
import type { UnitId } from '../geo/units';
import { formatNumber } from './formatValue';

/** One row of the region gap table, as text ready to show (names from the user's file: render as text). */
export interface RegionGapRowView {
  key: string;
  label: string;
  code: string | null;
  rank: number | null;
  score: string;
  demand: string;
  facilities: string;
  supply: string;
  share: string;
}

/** One choice of the ranking's scope: the whole set (province null) or one province of it. */
export interface RegionScopeOption {
  province: UnitId | null;
  label: string;
}

export interface RegionGapsView {
  title: string;
  /** The scope chosen (the selected province, or null for the whole set), and the scopes the set offers. */
  scope: UnitId | null;
  scopes: RegionScopeOption[];
  /**
   * Why the ranking is empty when the selected province holds none of the set's regions; the way
   * out is `scopes` (the whole set, or a province of the set). Null otherwise.
   */
  empty: string | null;
  /** The selected province as a scope label when it holds none of the set's regions ("Xinjiang (0)"); null otherwise. */
  scopeOutside: string | null;
  /** The scope and the demand, one sentence each. */
  lines: string[];
  /** Set when no region could be scored for want of demand. */
  note: string | null;
  supplyHeader: string;
  rows: RegionGapRowView[];
}

const dash = '–';

/**
 * The Gaps tab's ranking of a region set as text: scope (the selected province or the whole set),
 * demand, and a row per region in rank order. Pure.
 */
export function buildRegionGaps(
  ranking: RegionGapRanking,
  coverage: { byRegion: RegionCoverageResult['byRegion']; outside: readonly unknown[] },
  regions: readonly Region[],
  scope: { province: UnitId | null; demand: { label: string; year: number } | null },
  lang: Lang,
): RegionGapsView {
  const byKey = new Map(regions.map((r) => [regionKey(r), r]));
  const n = (x: number) => formatNumber(x, lang, { digits: 0 });
  const provinceName = (id: UnitId) => UNIT_BY_ID.get(id)?.[lang === 'zh' ? 'zh' : 'en'] ?? id;
  const empty = scope.province !== null && ranking.regions === 0;
  const lines = [
    scope.province !== null
      ? M.scopeProvince[lang](provinceName(scope.province), n(ranking.regions))
      : M.scopeSet[lang](n(ranking.regions)),
  ];
  if (scope.demand) lines.push(M.demand[lang](scope.demand.label, String(scope.demand.year)));
  if (coverage.outside.length > 0) lines.push(M.outside[lang](n(coverage.outside.length)));
  const rows = ranking.rows.map((g): RegionGapRowView => {
    const r = byKey.get(g.unit);
    const c = coverage.byRegion.get(g.unit);
    return {
      key: g.unit,
      label: r?.name ?? r?.code ?? M.unnamed[lang](String(r?.feature ?? g.unit)),
      code: r?.code ?? null,
      rank: g.rank,
      score: g.score === null ? dash : formatNumber(g.score, lang, { digits: 2, signed: true, fixed: true }),
      demand: g.demand === null ? M.noData[lang] : n(g.demand),
      facilities: c ? n(c.facilities) : dash,
      supply: g.supply === null ? dash : formatNumber(g.supply, lang, { digits: 2 }),
      share: c?.areaShareWithinRadius == null ? dash : `${formatNumber(c.areaShareWithinRadius * 100, lang, { digits: 0 })}%`,
    };
  });
  return {
    title: M.gapsTitle[lang],
    scope: scope.province,
    scopes: scopesOf(regions, lang, provinceName, n),
    empty: empty ? RG.emptyProvince[lang](provinceName(scope.province!)) : null,
    scopeOutside: empty ? RG.scopeProvince[lang](provinceName(scope.province!), n(0)) : null,
    // The scope line would only repeat the explanation of an empty ranking.
    lines: empty ? lines.slice(1) : lines,
    note: ranking.rows.length > 0 && ranking.rows.every((g) => g.score === null) ? M.noDemand[lang] : null,
    supplyHeader: ranking.supplyKind === 'capacity' ? M.cols.supplyCapacity[lang] : M.cols.supplyFacilities[lang],
    rows,
  };
}

/** The whole set, then each province holding regions of the set, by the number of its regions (most first), then by id. */
function scopesOf(regions: readonly Region[], lang: Lang, name: (id: UnitId) => string, n: (x: number) => string): RegionScopeOption[] {
  const counts = new Map<UnitId, number>();
  for (const r of regions) if (r.province !== null) counts.set(r.province, (counts.get(r.province) ?? 0) + 1);
  const provinces = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [
    { province: null, label: RG.scopeSet[lang](n(regions.length)) },
    ...provinces.map(([id, count]) => ({ province: id, label: RG.scopeProvince[lang](name(id), n(count)) })),
  ];
}
