import { UNDATED_YEAR } from '../data/importedDataset';
import type { Lang } from '../i18n/lang';
import { REGION_DATA_MESSAGES as M } from '../i18n/regionDataMessages';
import { REGION_GAPS_TEXT as RG } from '../i18n/regionGapsTextMessages';
import type { Region } from '../regions/parseRegions';
import type { RegionCoverageResult } from '../regions/regionCoverage';
import { regionOrder, type RegionGapRanking, type RegionPlanned } from '../regions/rankRegionGaps';
import { GAPS_MESSAGES as G } from '../i18n/gapsMessages';
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
  /** With the planned facilities: the score, and "rank 3 → 5"; null without planned facilities. */
  after: { score: string; rankChange: string | null } | null;
  /** Planned facilities of the ticked types in this region. */
  added: number;
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
  /** A planned scenario is ranked beside the loaded facilities ("With planned" column). */
  withPlanned: boolean;
  /** The regions in the scope, in code order: where a planned facility can be put. */
  plannable: { key: string; label: string }[];
  /** The set's counts that can stand for demand (state ids), the one used, and its years. */
  demandChoices: { id: string; label: string }[];
  demandId: string | null;
  demandYears: readonly number[];
  demandYear: number | null;
}

/** What the ranking was chosen from, besides the ranking itself. */
export interface RegionGapsScope {
  province: UnitId | null;
  demand: { label: string; year: number } | null;
  /** The planned entries placed in regions of the set (ticked types). */
  planned?: readonly RegionPlanned[];
  /** Planned facilities in no region of the set. */
  plannedElsewhere?: number;
  demandChoices?: { id: string; label: string; years: readonly number[] }[];
  /** The state id of the demand used; null when the set has none. */
  demandId?: string | null;
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
  scope: RegionGapsScope,
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
  // An imported table without a year column has none to give (UNDATED_YEAR): never "year 0".
  const undated = scope.demand?.year === UNDATED_YEAR;
  if (scope.demand) lines.push(undated ? RG.demandUndated[lang](scope.demand.label) : M.demand[lang](scope.demand.label, String(scope.demand.year)));
  if (coverage.outside.length > 0) lines.push(M.outside[lang](n(coverage.outside.length)));
  const inScope = new Set(ranking.rows.map((g) => g.unit));
  const added = new Map<string, number>();
  for (const p of scope.planned ?? []) if (inScope.has(p.unit)) added.set(p.unit, (added.get(p.unit) ?? 0) + p.count);
  if (ranking.withPlanned) lines.push(RG.plannedLine[lang](n([...added.values()].reduce((a, b) => a + b, 0)), n(added.size)));
  if ((scope.plannedElsewhere ?? 0) > 0) lines.push(RG.plannedElsewhere[lang](n(scope.plannedElsewhere!)));
  const after = new Map((ranking.withPlanned ?? []).map((g) => [g.unit, g]));
  const scoreText = (x: number | null) => (x === null ? dash : formatNumber(x, lang, { digits: 2, signed: true, fixed: true }));
  const rows = ranking.rows.map((g): RegionGapRowView => {
    const r = byKey.get(g.unit);
    const c = coverage.byRegion.get(g.unit);
    return {
      key: g.unit,
      label: r?.name ?? r?.code ?? M.unnamed[lang](String(r?.feature ?? g.unit)),
      code: r?.code ?? null,
      rank: g.rank,
      score: scoreText(g.score),
      demand: g.demand === null ? M.noData[lang] : n(g.demand),
      facilities: c ? n(c.facilities) : dash,
      supply: g.supply === null ? dash : formatNumber(g.supply, lang, { digits: 2 }),
      share: c?.areaShareWithinRadius == null ? dash : `${formatNumber(c.areaShareWithinRadius * 100, lang, { digits: 0 })}%`,
      after: ranking.withPlanned
        ? {
            score: scoreText(after.get(g.unit)?.score ?? null),
            rankChange: g.rank !== null && after.get(g.unit)?.rank != null ? G.scenario.rankChange[lang](String(g.rank), String(after.get(g.unit)!.rank)) : null,
          }
        : null,
      added: added.get(g.unit) ?? 0,
    };
  });
  const order = regionOrder(regions);
  const chosen = scope.demandChoices?.find((c) => c.id === scope.demandId);
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
    withPlanned: ranking.withPlanned !== null,
    plannable: [...rows].sort((a, b) => order(a.key) - order(b.key)).map((r) => ({ key: r.key, label: r.code && r.label !== r.code ? `${r.label} (${r.code})` : r.label })),
    demandChoices: (scope.demandChoices ?? []).map(({ id, label }) => ({ id, label })),
    demandId: scope.demandId ?? null,
    demandYears: chosen?.years ?? [],
    demandYear: undated ? null : (scope.demand?.year ?? null),
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
