import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { buildRegionCensus } from '../regions/regionCensus';
import type { RegionSet } from '../regions/regionSet';
import type { RegionLayer } from '../view/buildRegionView';
import type { CountyCensusUseCase } from './countyCensus';

/**
 * The shown region set with its indicators, for the view model. The county census is fetched only
 * when a set with county codes is shown (its module too), and matched to the set once per set and
 * census, not on every state change.
 */
export function createRegionLayer(
  active: ReadonlySignal<RegionSet | null>,
  loadCensusModule: () => Promise<CountyCensusUseCase>,
): { layer: ReadonlySignal<RegionLayer | null>; dispose(): void } {
  const census = signal<CountyCensusUseCase | null>(null);
  let asked = false;
  const dispose = effect(() => {
    if (asked || active.value?.codeKind !== 'county') return;
    asked = true;
    void loadCensusModule().then((c) => {
      census.value = c;
      c.ensureLoaded();
    });
  });
  const layer = computed((): RegionLayer | null => {
    const set = active.value;
    if (!set) return null;
    if (set.codeKind !== 'county') return { set, indicators: [], census: null, censusPending: false };
    const load = census.value?.load.value;
    if (load?.status !== 'ready') return { set, indicators: [], census: null, censusPending: load?.status !== 'error' };
    const matched = buildRegionCensus(set, load.census);
    return { set, indicators: matched?.indicators ?? [], census: matched, censusPending: false };
  });
  return { layer, dispose };
}
