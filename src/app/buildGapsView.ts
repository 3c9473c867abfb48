import type { CoverageResult, ProvinceCoverage } from '../facilities/computeCoverage';
import type { FacilitySet } from '../facilities/facility';
import type { CapacityAvailability, GapRow, SupplyMeasure } from '../facilities/gapScore';
import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { AppState } from '../state/appState';
import { describeGap, describeRankingBasis } from '../view/describeGap';
import type { DemandInput } from './createFacilityController';

/** What the facility controller has computed, as plain values, with the state's gap options. */
export interface GapsInputs {
  state: Pick<AppState, 'facilityTypes' | 'radiusKm' | 'planned'>;
  sets: readonly FacilitySet[];
  coverage: CoverageResult | null;
  gaps: readonly GapRow[];
  /** The ranking with the planned facilities; null when none are planned. */
  planned: readonly GapRow[] | null;
  demand: DemandInput | null;
  capacity: CapacityAvailability;
  computing: boolean;
}

/** One row of the gap table: the ranking's row joined with its coverage and the planned scenario. */
export interface GapTableRow {
  row: GapRow;
  coverage: ProvinceCoverage | null;
  /** The same province in the ranking with planned facilities; null when none are planned. */
  after: GapRow | null;
  /** Planned facilities of the ticked types in this province. */
  added: number;
  /** Why it ranks where it does ("more children than 97% of provinces; …"); null when unscored. */
  why: string | null;
}

/** Everything the Gaps tab shows that is computed rather than chosen. */
export interface GapsView {
  sets: readonly FacilitySet[];
  synthetic: boolean;
  /** The supply measure the ranking actually used (capacity falls back to facilities). */
  supplyUsed: SupplyMeasure;
  capacity: CapacityAvailability;
  demand: { years: readonly number[]; year: number } | null;
  computing: boolean;
  /** Facilities in no province. */
  outside: number;
  /** Facilities counted across all provinces (ticked types only). */
  counted: number;
  /** The one line that says what the ranking was computed from; null without demand. */
  basis: string | null;
  /** A planned scenario is ranked beside the loaded facilities. */
  withPlanned: boolean;
  /** The gap table; empty without a ranking or without demand. */
  rows: GapTableRow[];
  sampleSpacingKm: number | null;
}

/** The line that says what a ranking was computed from (Gaps tab, picture). Null without demand. */
export function rankingBasisOf(i: Pick<GapsInputs, 'state' | 'sets' | 'gaps' | 'demand'>, lang: Lang, withPlanned: boolean): string | null {
  if (!i.demand) return null;
  return describeRankingBasis(
    {
      demand: i.demand.indicator.label,
      demandYear: i.demand.year,
      supply: i.gaps[0]?.supplyKind ?? 'facilities',
      types: i.state.facilityTypes,
      radiusKm: i.state.radiusKm,
      sets: i.sets.map((s) => ({ name: s.synthetic ? MESSAGES.facilities.demoName[lang] : s.name, synthetic: s.synthetic })),
      planned: withPlanned ? i.state.planned.reduce((n, p) => n + p.count, 0) : 0,
    },
    lang,
  );
}

/** The Gaps tab's content, in `lang`. Pure. */
export function buildGapsView(i: GapsInputs, lang: Lang): GapsView {
  const plannedBy = new Map<UnitId, GapRow>((i.planned ?? []).map((g) => [g.unit, g]));
  const byUnit = i.coverage?.byUnit;
  const sep = lang === 'zh' ? '；' : '; ';
  const rows: GapTableRow[] =
    i.demand === null
      ? []
      : i.gaps.map((row) => {
          const d = describeGap(row, lang);
          return {
            row,
            coverage: byUnit?.get(row.unit) ?? null,
            after: plannedBy.get(row.unit) ?? null,
            added: i.state.planned.filter((p) => p.unit === row.unit && i.state.facilityTypes.includes(p.type)).reduce((n, p) => n + p.count, 0),
            why: d && `${d.demand}${sep}${d.supply}`,
          };
        });
  return {
    sets: i.sets,
    synthetic: i.sets.some((s) => s.synthetic),
    supplyUsed: i.gaps[0]?.supplyKind ?? 'facilities',
    capacity: i.capacity,
    demand: i.demand && { years: i.demand.indicator.years, year: i.demand.year },
    computing: i.computing,
    outside: i.coverage?.outside.length ?? 0,
    counted: byUnit ? [...byUnit.values()].reduce((n, c) => n + c.facilities, 0) : 0,
    basis: rankingBasisOf(i, lang, true),
    withPlanned: i.planned !== null,
    rows,
    sampleSpacingKm: i.coverage?.sampleSpacingKm ?? null,
  };
}
