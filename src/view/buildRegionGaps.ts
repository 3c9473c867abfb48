import type { Lang } from '../i18n/lang';
import { REGION_DATA_MESSAGES as M } from '../i18n/regionDataMessages';
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

export interface RegionGapsView {
  title: string;
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
  const lines = [
    scope.province !== null
      ? M.scopeProvince[lang](UNIT_BY_ID.get(scope.province)?.[lang === 'zh' ? 'zh' : 'en'] ?? scope.province, n(ranking.regions))
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
    lines,
    note: ranking.rows.length > 0 && ranking.rows.every((g) => g.score === null) ? M.noDemand[lang] : null,
    supplyHeader: ranking.supplyKind === 'capacity' ? M.cols.supplyCapacity[lang] : M.cols.supplyFacilities[lang],
    rows,
  };
}
