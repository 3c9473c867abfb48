import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import type { AppState, Camera, Tab } from './appState';
import type { CountySort } from './countySort';

export type ClassingField = 'method' | 'classes' | 'breaks' | 'palette' | 'highContrast' | 'log' | 'perYear';
export type FacilityField = 'facilities' | 'facilityTypes' | 'radiusKm' | 'demand' | 'demandYear' | 'supply' | 'planned' | 'demo';

/** The app's one source of truth, and the only ways to change it. */
export interface Store {
  state: ReadonlySignal<AppState>;
  setIndicator(id: string): void;
  setYear(year: number | null): void;
  select(id: UnitId | null): void;
  /** Select from the map: also brings the details tab forward, unless a tab that shows the selection (table, gaps) is open. */
  selectAndShow(id: UnitId | null): void;
  /**
   * Selects a region of the shown region set by key (`regionKey`), or none. `show`: from the map,
   * also brings the details tab forward, unless a tab that shows the selection (table) is open.
   */
  selectRegion(key: string | null, show?: boolean): void;
  setLang(lang: Lang): void;
  setTab(tab: Tab): void;
  /** Changes how values are classed; fields left out keep their value. */
  setClassing(patch: Partial<Pick<AppState, ClassingField>>): void;
  /** Facility layer, filters, radius, demand, supply measure, planned facilities and the
   * demonstration set. A new demand indicator takes the map's year when the map shows it, else its
   * latest year, unless the patch names a demand year. */
  setFacilityOptions(patch: Partial<Pick<AppState, FacilityField>>): void;
  setCamera(camera: Camera | null): void;
  /** Opens the county table sorted so, or closes it (null). */
  setCounties(sort: CountySort | null): void;
  /** Replaces the whole state, e.g. when Back restores an earlier URL. */
  replace(next: AppState): void;
}

export function createStore(initial: AppState): Store {
  const state = signal<AppState>(initial);
  const update = (patch: Partial<AppState>) => {
    const next = { ...state.value, ...patch };
    // Skip no-op writes so subscribers (URL sync, map) do no work and history gets no duplicate.
    if ((Object.keys(patch) as Array<keyof AppState>).every((k) => state.value[k] === next[k])) return;
    state.value = next;
  };
  return {
    state: computed(() => state.value),
    // A new indicator keeps the selection (people compare one province across indicators) but
    // resets the year, which belongs to the old indicator.
    // Custom breaks are in the old indicator's unit, so they (and the custom method) do not carry over.
    setIndicator: (indicator) =>
      batch(() =>
        update({
          indicator,
          year: null,
          breaks: [],
          ...(state.value.method === 'custom' ? { method: null } : {}),
        }),
      ),
    // While the map shows the demand indicator, its year is the demand year: the ranking follows
    // the year on screen.
    setYear: (year) => update(state.value.indicator === state.value.demand ? { year, demandYear: year } : { year }),
    select: (selected) => update({ selected }),
    selectAndShow: (selected) =>
      update(selected && !['table', 'gaps'].includes(state.value.tab) ? { selected, tab: 'details' } : { selected }),
    selectRegion: (region, show = false) =>
      update(show && region && !['table', 'gaps'].includes(state.value.tab) ? { region, tab: 'details' } : { region }),
    setLang: (lang) => update({ lang }),
    setTab: (tab) => update({ tab }),
    setClassing: (patch) => update(patch),
    setFacilityOptions: (patch) =>
      update(
        patch.demand !== undefined && patch.demand !== state.value.demand && !('demandYear' in patch)
          ? { ...patch, demandYear: patch.demand === state.value.indicator ? state.value.year : null }
          : patch,
      ),
    setCamera: (camera) => update({ camera }),
    setCounties: (counties) => update({ counties }),
    replace: (next) => {
      state.value = { ...next };
    },
  };
}
