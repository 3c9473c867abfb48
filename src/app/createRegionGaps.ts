import { computed, type ReadonlySignal } from '@preact/signals';
import type { Facility, FacilitySet } from '../facilities/facility';
import type { RegionIndicator } from '../regions/regionCensus';
import { regionTwinOf } from '../regions/regionCensus';
import { computeRegionCoverage, type RegionCoverageResult } from '../regions/regionCoverage';
import { rankRegionGaps, type RegionGapRanking } from '../regions/rankRegionGaps';
import type { AppState } from '../state/appState';
import { buildRegionGaps, type RegionGapsView } from '../view/buildRegionGaps';
import type { RegionLayer } from '../view/buildRegionView';

export interface RegionGapsHost {
  state: ReadonlySignal<AppState>;
  /** The shown region set with its indicators (census, joined tables); null while provinces are shown. */
  layer: ReadonlySignal<RegionLayer | null>;
  /** The facility sets loaded (imported and demonstration). */
  sets: ReadonlySignal<readonly FacilitySet[]>;
}

/** The demand behind a region ranking: a count indicator of the set, and its year. */
export interface RegionDemand {
  indicator: RegionIndicator;
  year: number;
  /** Region key → children; regions without a figure are absent (no data, never 0). */
  values: ReadonlyMap<string, number>;
}

export interface RegionGaps {
  demand: ReadonlySignal<RegionDemand | null>;
  coverage: ReadonlySignal<RegionCoverageResult<Facility> | null>;
  /** The Gaps tab's ranking over the shown set: within the selected province, or across the set. */
  ranking: ReadonlySignal<RegionGapRanking | null>;
  /** The ranking as the Gaps tab shows it, in the state's language; null while provinces are shown. */
  view: ReadonlySignal<RegionGapsView | null>;
}

/**
 * The demand indicator of a region set for the Gaps tab's choice: the set's twin of the chosen
 * province indicator (children 0–14 → the county census children), else the set's indicator of
 * that very id (a joined table); its year is the chosen demand year when the indicator has it,
 * else its latest. Null when the set has no such count: regions are then listed unscored.
 */
export function regionDemandOf(state: Pick<AppState, 'demand' | 'demandYear'>, indicators: readonly RegionIndicator[]): RegionDemand | null {
  const twin = regionTwinOf(state.demand);
  const chosen = indicators.find((i) => i.indicator.id === twin) ?? indicators.find((i) => i.indicator.id === state.demand);
  if (!chosen || chosen.indicator.kind !== 'count') return null;
  const years = chosen.indicator.years;
  const year = state.demandYear !== null && years.includes(state.demandYear) ? state.demandYear : years.at(-1);
  if (year === undefined) return null;
  const values = new Map<string, number>();
  for (const [key, v] of chosen.values.get(year) ?? []) if (v !== null && Number.isFinite(v)) values.set(key, v);
  return { indicator: chosen, year, values };
}

/**
 * Coverage and the gap ranking on the planner's shown region set, from the same choices as the
 * provinces' (types ticked, radius, demand indicator and year, supply measure). Computed in this
 * thread: 50,000 facilities on 3,000 counties take about 0.6 s without a radius (see
 * regions/README.md), so coverage is recomputed only when its own inputs change.
 */
export function createRegionGaps(host: RegionGapsHost): RegionGaps {
  const types = computed(() => host.state.value.facilityTypes.join(','));
  const radius = computed(() => host.state.value.radiusKm);
  const demandChoice = computed(() => `${host.state.value.demand}|${host.state.value.demandYear}`);
  const demand = computed(() => {
    const layer = host.layer.value;
    demandChoice.value;
    return layer ? regionDemandOf(host.state.peek(), layer.indicators) : null;
  });
  const coverage = computed(() => {
    const layer = host.layer.value;
    const sets = host.sets.value;
    if (!layer || sets.length === 0) return null;
    const facilities = sets.flatMap((s) => s.facilities);
    const values = demand.value?.values ?? new Map<string, number>();
    return computeRegionCoverage({ facilities, regions: layer.set.regions, demand: values, radiusKm: radius.value, types: types.value === '' ? [] : (types.value.split(',') as Facility['type'][]) });
  });
  const ranking = computed(() => {
    const layer = host.layer.value;
    const c = coverage.value;
    if (!layer || !c) return null;
    const s = host.state.value;
    return rankRegionGaps(c.byRegion, layer.set.regions, { measure: s.supply, province: s.selected, types: s.facilityTypes, planned: [] });
  });
  const view = computed(() => {
    const layer = host.layer.value;
    const r = ranking.value;
    const c = coverage.value;
    if (!layer || !r || !c) return null;
    const s = host.state.value;
    const d = demand.value;
    return buildRegionGaps(r, c, layer.set.regions, { province: s.selected, demand: d ? { label: d.indicator.indicator.label[s.lang], year: d.year } : null }, s.lang);
  });
  return { demand, coverage, ranking, view };
}
