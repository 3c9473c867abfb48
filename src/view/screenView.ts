import type { AppState, Tab } from '../state/appState';
import type { CountySort } from '../state/countySort';
import type { FacilityType } from '../facilities/facility';
import type { PlannedFacility } from '../facilities/plannedFacilities';
import type { SupplyMeasure } from '../facilities/gapScore';

/**
 * The page's arrangement and the choices its controls show as set, as the state holds them:
 * components read these here, never the state itself (the layout reads `tab`, the class controls
 * `perYear`, the gaps panel its options).
 */
export interface ScreenView {
  tab: Tab;
  /** Chrome-less, inside another site's frame. */
  embed: boolean;
  presenting: boolean;
  /** The slide shown while presenting (0-based). */
  slide: number;
  /** The county table's sort, or null while it is closed. */
  counties: CountySort | null;
  highContrast: boolean;
  /** Classes from the shown year alone. */
  perYear: boolean;
  /** Facility (and programme) markers drawn on the map. */
  markers: boolean;
  facilityTypes: readonly FacilityType[];
  radiusKm: number;
  /** The indicator counted as demand in coverage and the gap ranking. */
  demand: string;
  supply: SupplyMeasure;
  planned: readonly PlannedFacility[];
  /** The synthetic demonstration set is shown. */
  demo: boolean;
  /** The planner's region set shown instead of provinces (its id), or null. */
  regionSet: string | null;
  /** The file the shown region set was read from, as the link names it (for a browser without the set), or null. */
  regionFile: string | null;
}

/** Pure: a copy of what the page shows as set, nothing computed. */
export function screenView(state: AppState): ScreenView {
  return {
    tab: state.tab,
    embed: state.embed,
    presenting: state.present,
    slide: state.slide,
    counties: state.counties,
    highContrast: state.highContrast,
    perYear: state.perYear,
    markers: state.facilities,
    facilityTypes: state.facilityTypes,
    radiusKm: state.radiusKm,
    demand: state.demand,
    supply: state.supply,
    planned: state.planned,
    demo: state.demo,
    regionSet: state.regionSet,
    regionFile: state.regionFile,
  };
}
