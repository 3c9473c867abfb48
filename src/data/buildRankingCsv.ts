import { formatCsv, precisionText } from './exportCsv';
import { UNIT_BY_ID, type UnitId } from '../geo/units';
import type { ProvinceCoverage } from '../facilities/computeCoverage';
import { FACILITY_TYPES, type FacilitySet, type FacilityType } from '../facilities/facility';
import type { GapRow, SupplyMeasure } from '../facilities/gapScore';
import type { PlannedFacility } from '../facilities/plannedFacilities';

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

const SUPPLY_WORDS: Record<SupplyMeasure, string> = {
  facilities: 'facilities per 10,000 children',
  capacity: 'capacity (stated places) per 10,000 children',
};

const round = (x: number | null, d: number) => (x === null ? null : Number(x.toFixed(d)));

/**
 * The gap ranking as CSV: first `#` lines recording every parameter, the formula, the facility
 * sets with their sources and import dates, and the date; then one row per province (ranked
 * first, then those without a score). With a scenario, the "with planned" columns sit beside the
 * ranking as it is. Enough to recompute every score from the file alone: demand and supply are
 * there, and the percentile rule is stated. UTF-8 with a BOM for spreadsheets. Pure.
 */
export function buildRankingCsv(r: RankingExport): string {
  const used = r.gaps[0]?.supplyKind ?? 'facilities';
  const meta: (string | number | null)[][] = [
    ['# Liushou Atlas: coverage gap ranking'],
    ['# exported', r.exportedAt],
    ['# demand', `${r.demand.label} (${r.demand.unit})`, `indicator ${r.demand.id}`, `year ${r.demand.year}`],
    ['# demand sources', r.demand.sources.join(' | ')],
    [
      '# supply measure',
      SUPPLY_WORDS[used],
      used === r.supplyAsked ? 'as chosen' : `capacity was chosen, but not every counted facility states one: facilities used`,
    ],
    ['# facility types counted', FACILITY_TYPES.filter((t) => r.types.includes(t)).join(' ') || 'none'],
    ['# service radius km', r.radiusKm, 'used for the area share only; it does not enter the score'],
    ...r.sets.map((s) => [
      '# facility set',
      s.name,
      s.synthetic ? 'SYNTHETIC demonstration data, not real places' : `file ${s.fileName || s.name}`,
      s.synthetic ? 'generated on request (seeded, the same every time)' : `imported ${s.importedAt}`,
      `${s.facilities.length} facilities`,
      `sources: ${[...new Set(s.facilities.map((f) => f.source))].slice(0, 5).join(' | ')}`,
    ]),
    ['# not counted (outside every province)', r.outside],
    [
      '# planned (what if)',
      r.plannedEntries.length === 0
        ? 'none'
        : r.plannedEntries.map((p) => `${p.unit} ${p.type} x${p.count}${p.capacity === null ? '' : ` (${p.capacity} places each)`}`).join('; '),
      'PLANNED, not real facilities; in the *_with_planned columns only',
    ],
    ['# formula', 'score = demand_percentile - supply_percentile (-1 to +1; high = many children, little supply)'],
    ['# supply', `${used === 'capacity' ? 'sum of stated capacity' : 'facilities counted'} / demand x 10,000; 0 for a ranked province with no facility`],
    ['# percentile', 'among the ranked provinces: (rank - 1) / (n - 1), rank 1 = smallest, tied values share the average rank; a single ranked province is 0.5'],
    ['# ranked', 'provinces with demand above 0; the others follow without a score (no data, never 0)'],
    ['# order', 'score high to low; equal scores by higher demand, then GB/T 2260 code; rank 1 = largest gap'],
    [
      '# precision',
      `supply ${precisionText(RANKING_DIGITS.supply)}; percentiles ${precisionText(RANKING_DIGITS.percentile)}; score ${precisionText(RANKING_DIGITS.score)}`,
    ],
    ...(r.link ? [['# link', r.link]] : []),
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
    ...(r.planned
      ? ['planned_facilities', 'facilities_with_planned', 'supply_with_planned', 'supply_percentile_with_planned', 'score_with_planned', 'rank_with_planned']
      : []),
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
      ...(r.planned
        ? [
            (cp?.facilities ?? 0) - (c?.facilities ?? 0),
            cp?.facilities ?? null,
            round(a?.supply ?? null, RANKING_DIGITS.supply),
            round(a?.supplyPercentile ?? null, RANKING_DIGITS.percentile),
            round(a?.score ?? null, RANKING_DIGITS.score),
            a?.rank ?? null,
          ]
        : []),
    ];
  });
  return formatCsv([...meta, header, ...rows]);
}
