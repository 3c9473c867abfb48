import { formatCsv, precisionWords } from './exportCsv';
import { UNIT_BY_ID, type UnitId } from '../geo/units';
import type { ProvinceCoverage } from '../facilities/computeCoverage';
import { FACILITY_TYPES, type FacilitySet, type FacilityType } from '../facilities/facility';
import type { GapRow, SupplyMeasure } from '../facilities/gapScore';
import type { PlannedFacility } from '../facilities/plannedFacilities';
import { FACILITY_TYPE_TEXT, RANKING_CSV } from '../i18n/gapsMessages';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';

/** Everything a ranking was computed from, as the export records it. */
export interface RankingExport {
  gaps: readonly GapRow[];
  /** The ranking with planned facilities; null without a scenario. */
  planned: readonly GapRow[] | null;
  plannedEntries: readonly PlannedFacility[];
  coverage: ReadonlyMap<UnitId, ProvinceCoverage>;
  /** Coverage with the planned facilities added; null without a scenario. */
  coveragePlanned: ReadonlyMap<UnitId, ProvinceCoverage> | null;
  demand: { id: string; label: string; unit: string; year: number; sources: string[] };
  supplyAsked: SupplyMeasure;
  types: readonly FacilityType[];
  radiusKm: number;
  sets: readonly FacilitySet[];
  /** Facilities in no province (not counted). */
  outside: number;
  /** ISO 8601 timestamp of the export (the caller reads the clock; this stays pure). */
  exportedAt: string;
  /** A link that reopens the same view, when there is one. */
  link: string | null;
}

/** Decimals written: supply and percentiles with four, the score with two (as shown on screen). */
export const RANKING_DIGITS = { supply: 4, percentile: 4, score: 2 } as const;

const round = (x: number | null, d: number) => (x === null ? null : Number(x.toFixed(d)));

/** The "with planned" columns of a ranking's CSV (province or region), beside the ranking as it is. */
export const PLANNED_COLUMNS = ['planned_facilities', 'facilities_with_planned', 'supply_with_planned', 'supply_percentile_with_planned', 'score_with_planned', 'rank_with_planned'];

/** A row's "with planned" cells: coverage before (c) and after (cp), and the row ranked with the planned facilities (a). */
export function plannedCells(c: Pick<ProvinceCoverage, 'facilities'> | undefined, cp: Pick<ProvinceCoverage, 'facilities'> | undefined, a: GapRow<string> | undefined): (number | null)[] {
  return [
    (cp?.facilities ?? 0) - (c?.facilities ?? 0),
    cp?.facilities ?? null,
    round(a?.supply ?? null, RANKING_DIGITS.supply),
    round(a?.supplyPercentile ?? null, RANKING_DIGITS.percentile),
    round(a?.score ?? null, RANKING_DIGITS.score),
    a?.rank ?? null,
  ];
}

/** What a ranking's parameter lines record: the province and the region ranking share them. */
export type RankingParameters = Pick<RankingExport, 'demand' | 'supplyAsked' | 'types' | 'radiusKm' | 'sets'> & { supplyUsed: SupplyMeasure };

/**
 * The `#` lines that record a ranking's choices, in the interface language: demand with its
 * sources, the supply measure (and why capacity fell back), the facility types, the radius, and
 * each facility set with its file, import date and sources.
 */
export function rankingParameterLines(r: RankingParameters, lang: Lang): (string | number | null)[][] {
  const T = RANKING_CSV;
  const types = FACILITY_TYPES.filter((x) => r.types.includes(x));
  return [
    [`# ${T.demand[lang]}`, `${r.demand.label} (${r.demand.unit})`, T.indicator[lang](r.demand.id), T.year[lang](r.demand.year)],
    [`# ${T.demandSources[lang]}`, r.demand.sources.join(' | ')],
    [`# ${T.supplyMeasure[lang]}`, MESSAGES.coverage.supply[r.supplyUsed][lang], r.supplyUsed === r.supplyAsked ? T.asChosen[lang] : T.capacityFellBack[lang]],
    [`# ${T.types[lang]}`, types.length === 0 ? T.none[lang] : types.map((x) => FACILITY_TYPE_TEXT[x][lang]).join(lang === 'zh' ? '、' : ' ')],
    [`# ${T.radius[lang]}`, r.radiusKm, T.radiusNote[lang]],
    ...r.sets.map((s) => [
      `# ${T.set[lang]}`,
      s.synthetic && lang === 'zh' ? T.demoName.zh : s.name,
      s.synthetic ? T.synthetic[lang] : T.file[lang](s.fileName || s.name),
      s.synthetic ? T.generated[lang] : T.imported[lang](s.importedAt),
      T.facilities[lang](s.facilities.length),
      T.sources[lang](s.synthetic && lang === 'zh' ? [T.demoSource.zh] : [...new Set(s.facilities.map((f) => f.source))].slice(0, 5)),
    ]),
  ];
}

/** The precision line's text: what the rounding of each column is. */
export function rankingPrecisionText(lang: Lang): string {
  return RANKING_CSV.precisionText[lang](precisionWords(RANKING_DIGITS.supply, lang), precisionWords(RANKING_DIGITS.percentile, lang), precisionWords(RANKING_DIGITS.score, lang));
}

/**
 * The gap ranking as CSV: first `#` lines recording every parameter, the formula, the facility
 * sets with their sources and import dates, and the date, in the interface language; then one
 * row per province (ranked first, then those without a score) under column names that are the
 * same in both languages (machine identifiers, named in the formula lines). With a scenario, the
 * "with planned" columns sit beside the ranking as it is. Enough to recompute every score from the
 * file alone: demand and supply are there, and the percentile rule is stated. UTF-8 with a BOM
 * for spreadsheets. Pure.
 */
export function buildRankingCsv(r: RankingExport, lang: Lang = 'en'): string {
  const T = RANKING_CSV;
  // The plain sentences; messages with arguments are called as T.x[lang](…).
  const t = (k: { [K in keyof typeof T]: (typeof T)[K]['en'] extends string ? K : never }[keyof typeof T]): string => T[k][lang];
  const used = r.gaps[0]?.supplyKind ?? 'facilities';
  const meta: (string | number | null)[][] = [
    [`# ${t('title')}`],
    [`# ${t('exported')}`, r.exportedAt],
    ...rankingParameterLines({ ...r, supplyUsed: used }, lang),
    [`# ${t('outside')}`, r.outside],
    [
      `# ${t('planned')}`,
      r.plannedEntries.length === 0 ? t('none') : r.plannedEntries.map((p) => T.plannedEntry[lang](lang === 'zh' ? (UNIT_BY_ID.get(p.unit)?.zh ?? p.unit) : p.unit, FACILITY_TYPE_TEXT[p.type][lang], p.count, p.capacity)).join('; '),
      t('plannedNote'),
    ],
    [`# ${t('formula')}`, t('formulaText')],
    [`# ${t('supply')}`, T.supplyText[lang](used)],
    [`# ${t('percentile')}`, t('percentileText')],
    [`# ${t('ranked')}`, t('rankedText')],
    [`# ${t('order')}`, t('orderText')],
    [`# ${t('precision')}`, rankingPrecisionText(lang)],
    ...(r.link ? [[`# ${t('link')}`, r.link]] : []),
  ];
  const header = [
    'rank',
    'province_code_gb',
    'iso_3166_2',
    'name_en',
    'name_zh',
    'demand',
    'facilities',
    'capacity',
    'supply',
    'demand_percentile',
    'supply_percentile',
    'score',
    ...(r.planned ? PLANNED_COLUMNS : []),
  ];
  const after = new Map((r.planned ?? []).map((g) => [g.unit, g]));
  const rows = r.gaps.map((g) => {
    const u = UNIT_BY_ID.get(g.unit)!;
    const c = r.coverage.get(g.unit);
    const a = after.get(g.unit);
    const cp = r.coveragePlanned?.get(g.unit);
    return [
      g.rank,
      u.gb,
      u.iso,
      u.en,
      u.zhFull,
      g.demand,
      c?.facilities ?? 0,
      c?.capacity ?? null,
      round(g.supply, RANKING_DIGITS.supply),
      round(g.demandPercentile, RANKING_DIGITS.percentile),
      round(g.supplyPercentile, RANKING_DIGITS.percentile),
      round(g.score, RANKING_DIGITS.score),
      ...(r.planned ? plannedCells(c, cp, a) : []),
    ];
  });
  return formatCsv([...meta, header, ...rows]);
}
