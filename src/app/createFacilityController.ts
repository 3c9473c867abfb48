import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { buildCoverageIndicators, EMPTY_DERIVED, type DerivedData } from '../data/coverageIndicators';
import type { ImportStore } from './storage/importStore';
import { indicatorValues } from '../data/indicatorValues';
import type { CoverageResult } from '../facilities/computeCoverage';
import { computeCoverageAsync } from '../facilities/computeCoverageAsync';
import type { FacilitySet } from '../facilities/facility';
import { capacityAvailability, rankGaps, type CapacityAvailability, type GapRow, type SupplyMeasure } from '../facilities/gapScore';
import { addPlanned } from '../facilities/plannedFacilities';
import type { Indicator } from '../data/indicator';
import type { UnitId } from '../geo/units';
import type { AppState } from '../state/appState';
import { nextTask } from '../util/nextTask';
import type { Datasets } from '../view/buildViewModel';

/** The demonstration set: seeded, so `demo=1` in a link reproduces exactly the same points. */
export const DEMO_SEED = 2014;
export const DEMO_COUNT = 3000;
/**
 * What the demonstration set is weighted by: always children aged 0–14 in the 2020 census, never
 * the demand chosen on screen, so the set is a function of the seed alone and a link reproduces
 * it however it is reached.
 */
export const DEMO_WEIGHTS = { indicator: 'children', year: 2020 } as const;

/** The demand a ranking uses: an indicator, one of its years, its values and their sources. */
export interface DemandInput {
  indicator: Indicator;
  year: number;
  values: Map<UnitId, number>;
  sources: string[];
}

export interface FacilityController {
  /** Imported sets, plus the synthetic one when the state asks for it. */
  sets: ReadonlySignal<FacilitySet[]>;
  /** Points for the map, filtered by type; a new object only when sets or filter change. Each
   * feature's `id` is its index; properties.id is the facility's id. */
  points: ReadonlySignal<FeatureCollection>;
  coverage: ReadonlySignal<CoverageResult | null>;
  computing: ReadonlySignal<boolean>;
  /** The demonstration set is being made or coverage computed: coverage indicators are not there yet. */
  busy: ReadonlySignal<boolean>;
  /** Resolves once nothing is busy: a link to facility data waits for it before its first render. */
  settled(): Promise<void>;
  gaps: ReadonlySignal<GapRow[]>;
  /** The ranking with the planned facilities added; null when none are planned. */
  gapsPlanned: ReadonlySignal<GapRow[] | null>;
  /** Whether capacity can be the supply measure for the facilities counted. */
  capacity: ReadonlySignal<CapacityAvailability>;
  /** The demand behind coverage and the ranking; null when the demand indicator is unknown. */
  demand: ReadonlySignal<DemandInput | null>;
  derived: ReadonlySignal<DerivedData>;
  add(set: FacilitySet): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * Facility sets, the map's points, coverage (computed off the main thread) and the gap ranking.
 * Coverage is re-run when the facilities, the demand indicator or the radius change.
 */
export function createFacilityController(
  state: ReadonlySignal<AppState>,
  baseData: ReadonlySignal<Datasets>,
  provinces: FeatureCollection,
  store: ImportStore,
  imported: Signal<FacilitySet[]>,
  onError: (message: string) => void,
): FacilityController {
  // Each input read through its own primitive signal: the state object changes on every selection
  // and camera move, and none of those may regenerate the demonstration set or rerun coverage.
  const demandId = computed(() => state.value.demand);
  const demoOn = computed(() => state.value.demo);
  const radius = computed(() => state.value.radiusKm);
  const demandYear = computed(() => state.value.demandYear);
  const typeFilter = computed(() => state.value.facilityTypes.join(','));
  const supply = computed<SupplyMeasure>(() => state.value.supply);
  const planned = computed(() => state.value.planned);

  const demandOf = computed<DemandInput | null>(() => {
    const d = baseData.value;
    const ind = d.indicators.get(demandId.value) ?? d.indicators.get('children');
    if (!ind) return null;
    const wanted = demandYear.value;
    const year = wanted !== null && ind.years.includes(wanted) ? wanted : (ind.years.at(-1) as number);
    const data = indicatorValues(ind, d.index, year);
    const values = new Map<UnitId, number>();
    for (const [u, v] of data) values.set(u, v.value);
    // Only the year used: the sources of other years are not behind these figures.
    const sources = [...new Set([...data.values()].flatMap((v) => v.sources))];
    return { indicator: ind, year, values, sources };
  });
  // The generator (and turf, which it uses) loads only when a link asks for the demonstration.
  // Seeded: once made, the set never changes, so turning it off and on again reuses it.
  const demo = signal<FacilitySet | null>(null);
  const demoFailed = signal(false);
  let made: FacilitySet | null = null;
  let demoRequest = 0;
  effect(() => {
    const mine = ++demoRequest;
    if (!demoOn.value) {
      demo.value = null;
      return;
    }
    if (made) {
      demo.value = made;
      return;
    }
    import('../facilities/generateDemoFacilities').then(
      ({ generateDemoFacilities, mulberry32 }) => {
        // Facilities follow children, but each province gets a seeded factor of 0.25–1.75 so that
        // the demonstration shows gaps rather than a uniform spread.
        const random = mulberry32(DEMO_SEED);
        const weights = new Map<UnitId, number>();
        const d = baseData.peek();
        const children = d.indicators.get(DEMO_WEIGHTS.indicator);
        const values = children ? indicatorValues(children, d.index, DEMO_WEIGHTS.year) : new Map();
        for (const [u, v] of values) weights.set(u, v.value * (0.25 + 1.5 * random()));
        made ??= { ...generateDemoFacilities({ seed: DEMO_SEED, count: DEMO_COUNT, provinces, weights }), id: 'demo' };
        if (mine === demoRequest) demo.value = made;
      },
      (err: unknown) => {
        demoFailed.value = true;
        onError(err instanceof Error ? err.message : String(err));
      },
    );
  });
  const sets = computed(() => (demo.value ? [...imported.value, demo.value] : imported.value));
  const points = computed<FeatureCollection>(() => {
    const types = new Set(typeFilter.value.split(','));
    const features: Feature<Point>[] = [];
    for (const set of sets.value) {
      for (const f of set.facilities) {
        if (!types.has(f.type)) continue;
        features.push({
          type: 'Feature',
          id: features.length,
          geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
          properties: { id: f.id, type: f.type, synthetic: set.synthetic ? 1 : 0 },
        });
      }
    }
    return { type: 'FeatureCollection', features };
  });

  const coverage = signal<CoverageResult | null>(null);
  const computing = signal(false);
  let generation = 0;
  effect(() => {
    // Only the types ticked count, as only they are on the map.
    const types = new Set(typeFilter.value.split(','));
    const loaded = sets.value;
    const all = loaded.flatMap((s) => s.facilities.filter((f) => types.has(f.type)));
    const demand = demandOf.value;
    const radiusKm = radius.value;
    const mine = ++generation;
    // With sets loaded and every type unticked, coverage is still computed: 0 facilities counted
    // everywhere is what the screen shows, and the ranking says so.
    if (loaded.length === 0 || !demand) {
      coverage.value = null;
      return;
    }
    computing.value = true;
    // Started in a task of its own: the change that got here (an import, say) has spent this one.
    const run = async () => {
      await nextTask();
      return mine === generation ? computeCoverageAsync({ facilities: all, provinces, demand: demand.values, radiusKm }) : null;
    };
    run().then(
      (result) => {
        if (mine !== generation || result === null) return; // a newer request superseded this one
        coverage.value = result;
        computing.value = false;
      },
      (err: unknown) => {
        if (mine !== generation) return;
        coverage.value = null;
        computing.value = false;
        onError(err instanceof Error ? err.message : String(err));
      },
    );
  });

  const busy = computed(() => (demoOn.value && demo.value === null && !demoFailed.value) || computing.value);
  const settled = async (): Promise<void> => {
    for (;;) {
      // Checked again a microtask later: a change that ends one job (the demonstration set
      // arriving) starts the next (coverage) in an effect that may run after this one.
      if (!busy.peek()) {
        await Promise.resolve();
        if (!busy.peek()) return;
      }
      await new Promise<void>((resolve) => {
        const dispose = effect(() => {
          if (busy.value) return;
          resolve();
          queueMicrotask(() => dispose());
        });
      });
    }
  };

  const derived = computed<DerivedData>(() => {
    const result = coverage.value;
    const demand = demandOf.value;
    if (!result || !demand) return EMPTY_DERIVED;
    return buildCoverageIndicators(result, {
      sets: sets.peek(),
      demand: demand.indicator,
      demandYear: demand.year,
      demandSources: demand.sources,
      radiusKm: state.peek().radiusKm,
      types: state.peek().facilityTypes,
      supply: supply.value,
    });
  });
  const gaps = computed(() => (coverage.value ? rankGaps(coverage.value.byUnit, supply.value) : []));
  const gapsPlanned = computed(() => {
    const result = coverage.value;
    if (!result || planned.value.length === 0) return null;
    return rankGaps(addPlanned(result.byUnit, planned.value, state.peek().facilityTypes), supply.value);
  });

  return {
    sets,
    points,
    coverage,
    computing,
    busy,
    settled,
    gaps,
    gapsPlanned,
    capacity: computed(() => (coverage.value ? capacityAvailability(coverage.value.byUnit) : 'no-facilities')),
    demand: demandOf,
    derived,
    async add(set) {
      await store.facilities.save(set);
      imported.value = [...imported.peek(), set];
    },
    async remove(id) {
      await store.facilities.remove(id);
      imported.value = imported.peek().filter((s) => s.id !== id);
    },
  };
}
