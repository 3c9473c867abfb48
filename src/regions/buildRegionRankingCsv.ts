import { formatCsv } from '../data/exportCsv';
import { UNDATED_YEAR } from '../data/importedDataset';
import { PLANNED_COLUMNS, plannedCells, RANKING_DIGITS, rankingParameterLines, rankingPrecisionText, type RankingParameters } from '../data/buildRankingCsv';
import { FACILITY_TYPE_TEXT, RANKING_CSV } from '../i18n/gapsMessages';
import type { FacilityType } from '../facilities/facility';
import { UNIT_BY_ID, type UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { REGION_GAPS_TEXT } from '../i18n/regionGapsTextMessages';
import type { Region } from './parseRegions';
import type { RegionGapRanking } from './rankRegionGaps';
import type { RegionCoverage } from './regionCoverage';
import { REGION_ID_COLUMNS, regionIdCells } from './regionCsvCells';
import { regionKey } from './regionSet';

/** A planned entry placed in a region, as the export lists it. */
export interface RegionPlannedLine {
  /** The region's key (regionKey). */
  unit: string;
  type: FacilityType;
  count: number;
  capacity: number | null;
}

/** Everything a region ranking was computed from, as its export records it. */
export interface RegionRankingExport {
  ranking: RegionGapRanking;
  coverage: ReadonlyMap<string, RegionCoverage>;
  /** Coverage with the planned facilities added; null without a scenario in this set. */
  coveragePlanned: ReadonlyMap<string, RegionCoverage> | null;
  regions: readonly Region[];
  boundaries: { fileName: string; id: string; importedAt: string };
  /** The province ranked within, or null for the whole set. */
  scope: UnitId | null;
  parameters: RankingParameters;
  /** Planned entries placed in regions of the set (in the scope or not), and how many planned facilities are not. */
  planned: readonly RegionPlannedLine[];
  plannedElsewhere: number;
  /** Facilities in no region of the set (not counted). */
  outside: number;
  /** ISO 8601 timestamp (the caller reads the clock; this stays pure). */
  exportedAt: string;
  link: string | null;
}

const round = (x: number | null | undefined, d: number) => (x == null ? null : Number(x.toFixed(d)));

/**
 * The region gap ranking as CSV, rows in the order shown (ranked regions, then unscored ones), after
 * `#` lines in the interface language that record the boundary file, the scope, and every choice
 * of the Gaps tab (the province ranking's lines: demand and its sources, supply measure, types,
 * radius, facility sets), the planned facilities and the rule. Column names are machine
 * identifiers, the same in both languages, as in the province ranking's CSV. Names come from the
 * user's file and are written as text. UTF-8 with a BOM. Pure.
 */
export function buildRegionRankingCsv(r: RegionRankingExport, lang: Lang = 'en'): string {
  const T = RANKING_CSV;
  const C = REGION_GAPS_TEXT.csv;
  const byKey = new Map(r.regions.map((x) => [regionKey(x), x]));
  const label = (key: string) => byKey.get(key)?.name ?? byKey.get(key)?.code ?? key;
  const used = r.parameters.supplyUsed;
  const province = r.scope === null ? null : (UNIT_BY_ID.get(r.scope)?.[lang === 'zh' ? 'zh' : 'en'] ?? r.scope);
  const withPlanned = r.ranking.withPlanned;
  const meta: (string | number | null)[][] = [
    [`# ${C.title[lang]}`],
    [`# ${T.exported[lang]}`, r.exportedAt],
    [`# ${C.boundaries[lang]}`, C.boundariesText[lang](r.boundaries.fileName, r.boundaries.id, r.boundaries.importedAt, r.regions.length)],
    [`# ${C.scope[lang]}`, province === null ? C.scopeSet[lang](r.ranking.regions) : C.scopeProvince[lang](province, r.ranking.regions)],
    // An imported table without a year column has none to give (UNDATED_YEAR): never "year 0".
    ...rankingParameterLines(r.parameters, lang).map((line) =>
      line[0] === `# ${T.demand[lang]}` && r.parameters.demand.year === UNDATED_YEAR ? [...line.slice(0, -1), C.undated[lang]] : line,
    ),
    [`# ${C.outside[lang]}`, r.outside],
    [
      `# ${T.planned[lang]}`,
      r.planned.length === 0 ? T.none[lang] : r.planned.map((p) => C.plannedEntry[lang](label(p.unit), FACILITY_TYPE_TEXT[p.type][lang], p.count, p.capacity)).join('; '),
      T.plannedNote[lang],
      ...(r.plannedElsewhere > 0 ? [C.plannedElsewhere[lang](r.plannedElsewhere)] : []),
    ],
    [`# ${T.formula[lang]}`, T.formulaText[lang]],
    [`# ${T.supply[lang]}`, C.supplyText[lang](used)],
    [`# ${T.percentile[lang]}`, C.percentileText[lang]],
    [`# ${T.ranked[lang]}`, C.rankedText[lang]],
    [`# ${T.order[lang]}`, C.orderText[lang]],
    [`# ${C.areaShare[lang]}`, C.areaShareText[lang]],
    [`# ${T.precision[lang]}`, rankingPrecisionText(lang)],
    ...(r.link ? [[`# ${T.link[lang]}`, r.link]] : []),
  ];
  const header = [
    'rank',
    ...REGION_ID_COLUMNS,
    'demand',
    'facilities',
    'capacity',
    'supply',
    'demand_percentile',
    'supply_percentile',
    'score',
    'area_share_within_radius',
    ...(withPlanned ? PLANNED_COLUMNS : []),
  ];
  const after = new Map((withPlanned ?? []).map((g) => [g.unit, g]));
  const rows = r.ranking.rows.map((g) => {
    const region = byKey.get(g.unit);
    const u = region?.province ? UNIT_BY_ID.get(region.province) : undefined;
    const c = r.coverage.get(g.unit);
    const cp = r.coveragePlanned?.get(g.unit);
    const a = after.get(g.unit);
    return [
      g.rank,
      ...regionIdCells(g.unit, region?.code, region?.name, u),
      g.demand,
      c?.facilities ?? 0,
      c?.capacity ?? null,
      round(g.supply, RANKING_DIGITS.supply),
      round(g.demandPercentile, RANKING_DIGITS.percentile),
      round(g.supplyPercentile, RANKING_DIGITS.percentile),
      round(g.score, RANKING_DIGITS.score),
      round(c?.areaShareWithinRadius, RANKING_DIGITS.percentile),
      ...(withPlanned ? plannedCells(c, cp, a) : []),
    ];
  });
  return formatCsv([...meta, header, ...rows]);
}
