import { computed, type ReadonlySignal } from '@preact/signals';
import type { FeatureCollection } from 'geojson';
import type { Source } from '../data/figure';
import type { Facility, FacilitySet } from '../facilities/facility';
import type { PlannedFacility } from '../facilities/plannedFacilities';
import { buildProvinceIndex, type ProvinceIndex } from '../facilities/provinceIndex';
import type { UnitId } from '../geo/units';
import { placeInRegion, plannedInRegions, type PlannedInRegions } from '../regions/placePlanned';
import type { RegionIndicator } from '../regions/regionCensus';
import { regionTwinOf, stateIndicatorOf } from '../regions/regionCensus';
import { buildRegionIndex, computeRegionCoverage, type RegionCoverageResult } from '../regions/regionCoverage';
import { rankRegionGaps, regionOrder, type RegionGapRanking } from '../regions/rankRegionGaps';
import { regionKey } from '../regions/regionSet';
import type { AppState } from '../state/appState';
import { citationText } from '../view/publisherText';
import { buildRegionGaps, type RegionGapsView } from '../view/buildRegionGaps';
import type { RegionLayer } from '../view/buildRegionView';
import { NOT_CHILDREN_COUNTS } from './demandChoices';
import { downloadText } from './download';

export interface RegionGapsHost {
  state: ReadonlySignal<AppState>;
  /** The shown region set with its indicators (census, joined tables); null while provinces are shown. */
  layer: ReadonlySignal<RegionLayer | null>;
  /** The facility sets loaded (imported and demonstration). */
  sets: ReadonlySignal<readonly FacilitySet[]>;
  /** The sources table, to cite the demand's sources in the export. */
  sources?: () => Readonly<Record<string, Source>>;
  /** A link that reopens the view, written into the export. */
  link?: () => string;
  /** The province shapes, to find the province of a planned facility placed in a region without a code. */
  provinces?: FeatureCollection;
  /** Saves a file (the browser's download by default). */
  download?: (name: string, text: string) => void;
}

/** The demand behind a region ranking: a count indicator of the set, and its year. */
export interface RegionDemand {
  indicator: RegionIndicator;
  year: number;
  /** Region key → children; regions without a figure are absent (no data, never 0). */
  values: ReadonlyMap<string, number>;
}

/** What the Gaps tab calls on a region ranking. */
export type RegionGapsApi = Pick<RegionGaps, 'exportCsv' | 'place' | 'regionOf'>;

export interface RegionGaps {
  demand: ReadonlySignal<RegionDemand | null>;
  coverage: ReadonlySignal<RegionCoverageResult<Facility> | null>;
  /** The Gaps tab's ranking over the shown set: within the selected province, or across the set. */
  ranking: ReadonlySignal<RegionGapRanking | null>;
  /** The ranking as the Gaps tab shows it, in the state's language; null while provinces are shown. */
  view: ReadonlySignal<RegionGapsView | null>;
  /** The link's planned facilities placed in the shown set's regions (point in polygon). */
  planned: ReadonlySignal<PlannedInRegions | null>;
  /** The ranking on screen as CSV, every choice in its `#` lines. False when there is none. */
  exportCsv(): Promise<boolean>;
  /**
   * A planned entry "in this region": its province and a point inside it, or null when the region
   * is not in the shown set (or no point of it can be placed).
   */
  place(key: string): { unit: UnitId; at: [number, number] } | null;
  /** The region of the shown set a planned entry lies in, by its name; null when none. */
  regionOf(p: PlannedFacility): string | null;
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
/**
 * The demand choices a region set offers the Gaps tab: its counts of children (the county census
 * children, any imported count joined to the regions), by the id the state and link carry, in
 * picker order. The provinces' rule (demandChoices): counts of people that are not children (the
 * census's resident population) are not offered.
 */
export function regionDemandChoices(indicators: readonly RegionIndicator[]): { id: string; indicator: RegionIndicator }[] {
  return indicators
    .map((i) => ({ id: stateIndicatorOf(i.indicator.id), indicator: i }))
    .filter(({ id, indicator: { indicator: i } }) => i.kind === 'count' && i.family !== 'coverage' && i.family !== 'facilities' && !NOT_CHILDREN_COUNTS.has(id));
}

export function createRegionGaps(host: RegionGapsHost): RegionGaps {
  const types = computed(() => host.state.value.facilityTypes.join(','));
  const radius = computed(() => host.state.value.radiusKm);
  const demandChoice = computed(() => `${host.state.value.demand}|${host.state.value.demandYear}`);
  const demand = computed(() => {
    const layer = host.layer.value;
    demandChoice.value;
    return layer ? regionDemandOf(host.state.peek(), layer.indicators) : null;
  });
  // One index per set: coverage, planned placement and regionOf all locate points with it.
  const set = computed(() => host.layer.value?.set ?? null);
  const index = computed(() => (set.value ? buildRegionIndex(set.value.regions) : null));
  const coverage = computed(() => {
    const layer = host.layer.value;
    const sets = host.sets.value;
    const idx = index.value;
    if (!layer || !idx || sets.length === 0) return null;
    const facilities = sets.flatMap((s) => s.facilities);
    const values = demand.value?.values ?? new Map<string, number>();
    return computeRegionCoverage({ facilities, regions: layer.set.regions, demand: values, radiusKm: radius.value, types: types.value === '' ? [] : (types.value.split(',') as Facility['type'][]) }, idx);
  });
  const planned = computed(() => (index.value ? plannedInRegions(host.state.value.planned, index.value) : null));
  const ranking = computed(() => {
    const layer = host.layer.value;
    const c = coverage.value;
    if (!layer || !c) return null;
    const s = host.state.value;
    return rankRegionGaps(c.byRegion, layer.set.regions, { measure: s.supply, province: s.selected, types: s.facilityTypes, planned: planned.value?.placed ?? [] });
  });
  const view = computed(() => {
    const layer = host.layer.value;
    const r = ranking.value;
    const c = coverage.value;
    if (!layer || !r || !c) return null;
    const s = host.state.value;
    const d = demand.value;
    return buildRegionGaps(
      r,
      c,
      layer.set.regions,
      {
        province: s.selected,
        demand: d ? { label: d.indicator.indicator.label[s.lang], year: d.year } : null,
        planned: planned.value?.placed.filter((p) => s.facilityTypes.includes(p.type)) ?? [],
        plannedElsewhere: planned.value?.elsewhere ?? 0,
        demandChoices: regionDemandChoices(layer.indicators).map((x) => ({ id: x.id, label: x.indicator.indicator.label[s.lang], years: x.indicator.indicator.years })),
        demandId: d ? stateIndicatorOf(d.indicator.indicator.id) : null,
      },
      s.lang,
    );
  });
  let provinceIndex: ProvinceIndex | null = null;
  return {
    demand,
    coverage,
    ranking,
    view,
    planned,
    async exportCsv() {
      const layer = host.layer.peek();
      const r = ranking.peek();
      const c = coverage.peek();
      const d = demand.peek();
      if (!layer || !r || !c || !d) return false;
      const s = host.state.peek();
      const { buildRegionRankingCsv } = await import('../regions/buildRegionRankingCsv');
      const known = { ...host.sources?.(), ...layer.sources };
      const ids = d.indicator.sources[d.year] ?? [];
      const p = planned.peek();
      const csv = buildRegionRankingCsv(
        {
          ranking: r,
          coverage: c.byRegion,
          coveragePlanned: r.coveragePlanned,
          regions: layer.set.regions,
          boundaries: { fileName: layer.set.fileName, id: layer.set.id, importedAt: layer.set.importedAt },
          scope: s.selected,
          parameters: {
            demand: {
              id: stateIndicatorOf(d.indicator.indicator.id),
              label: d.indicator.indicator.label[s.lang],
              unit: d.indicator.indicator.unit[s.lang],
              year: d.year,
              sources: ids.map((id) => (known[id] ? citationText(known[id], s.lang, id) : id)),
            },
            supplyAsked: s.supply,
            supplyUsed: r.supplyKind,
            types: s.facilityTypes,
            radiusKm: s.radiusKm,
            sets: host.sets.peek(),
          },
          planned: p?.placed ?? [],
          plannedElsewhere: p?.elsewhere ?? 0,
          outside: c.outside.length,
          exportedAt: new Date().toISOString(),
          link: host.link?.() ?? null,
        },
        s.lang,
      );
      const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '').replace(/^(\d{8})/, '$1-');
      (host.download ?? downloadText)(`liushou-atlas-region-gap-ranking-${stamp}.csv`, csv);
      return true;
    },
    place(key) {
      const regions = set.peek()?.regions;
      const idx = index.peek();
      if (!regions || !idx) return null;
      const at = placeInRegion(regions, idx, key);
      if (!at) return null;
      let unit = regions.find((r) => regionKey(r) === key)?.province ?? null;
      if (unit === null && host.provinces) {
        provinceIndex ??= buildProvinceIndex(host.provinces);
        const i = provinceIndex.locate(...at);
        unit = i < 0 ? null : (provinceIndex.units[i] ?? null);
      }
      return unit === null ? null : { unit, at };
    },
    regionOf(p) {
      const regions = set.peek()?.regions;
      const idx = index.peek();
      if (!p.at || !regions || !idx) return null;
      const i = idx.locate(...p.at);
      const r = regions[i];
      return r ? (r.name ?? r.code ?? `#${r.feature}`) : null;
    },
  };
}
