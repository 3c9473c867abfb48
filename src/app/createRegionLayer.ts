import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Source } from '../data/figure';
import type { ImportedDataset } from '../data/importedDataset';
import { buildRegionCensus } from '../regions/regionCensus';
import type { RegionSet } from '../regions/regionSet';
import type { RegionLayer } from '../view/buildRegionView';
import type { CountyCensusUseCase } from './countyCensus';

type TableModule = typeof import('../regions/regionTableIndicators');

/**
 * The shown region set with its indicators, for the view model: the county census (fetched only
 * when a set with county codes is shown, its module too, and matched to the set once per set and
 * census, not on every state change), then the tables joined to the set (their module loaded when
 * the shown set first has one).
 */
export function createRegionLayer(
  active: ReadonlySignal<RegionSet | null>,
  loadCensusModule: () => Promise<CountyCensusUseCase>,
  tables: ReadonlySignal<readonly ImportedDataset[]> = signal([]),
  loadTableModule: () => Promise<TableModule> = () => import('../regions/regionTableIndicators'),
): { layer: ReadonlySignal<RegionLayer | null>; dispose(): void } {
  const census = signal<CountyCensusUseCase | null>(null);
  const tableModule = signal<TableModule | null>(null);
  let asked = false;
  let askedTables = false;
  const stopCensus = effect(() => {
    if (asked || active.value?.codeKind !== 'county') return;
    asked = true;
    void loadCensusModule().then((c) => {
      census.value = c;
      c.ensureLoaded();
    });
  });
  const boundTables = computed(() => {
    const id = active.value?.id;
    return id === undefined ? [] : tables.value.filter((d) => d.regionSet?.id === id);
  });
  const stopTables = effect(() => {
    if (askedTables || boundTables.value.length === 0) return;
    askedTables = true;
    void loadTableModule().then((m) => (tableModule.value = m));
  });
  const joined = computed((): { indicators: RegionLayer['indicators']; sources: Record<string, Source> } => {
    const set = active.value;
    const m = tableModule.value;
    return set && m && boundTables.value.length > 0 ? m.regionTableIndicators(set, boundTables.value) : { indicators: [], sources: {} };
  });
  const censusOf = computed(() => {
    const set = active.value;
    if (!set || set.codeKind !== 'county') return { census: null, pending: false };
    const load = census.value?.load.value;
    if (load?.status !== 'ready') return { census: null, pending: load?.status !== 'error' };
    return { census: buildRegionCensus(set, load.census), pending: false };
  });
  const layer = computed((): RegionLayer | null => {
    const set = active.value;
    if (!set) return null;
    const c = censusOf.value;
    const j = joined.value;
    return {
      set,
      indicators: [...(c.census?.indicators ?? []), ...j.indicators],
      census: c.census,
      censusPending: c.pending,
      // Region tables are no province indicators: their sources travel with the layer.
      sources: j.sources,
    };
  });
  return {
    layer,
    dispose() {
      stopCensus();
      stopTables();
    },
  };
}
