import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { DEFAULT_INDICATOR_ID } from '../data/catalogue';
import type { ClassMethod } from '../scales/classification';
import type { PaletteId } from '../scales/palettes';
import { FACILITY_TYPES, type FacilityType } from '../facilities/facility';
import type { Slide } from '../story/story';
import type { SupplyMeasure } from '../facilities/gapScore';
import type { PlannedFacility } from '../facilities/plannedFacilities';
import type { CountySort } from './countySort';

/**
 * Everything a user chose that a link must reproduce. Plain, serialisable data; the URL is a codec
 * of it (urlState.ts). Hover, tooltips and load progress are not state: they do not survive a link.
 */
export interface AppState {
  /** Indicator id from the catalogue. */
  indicator: string;
  /** Year shown; null = the indicator's latest year, so a link follows the default when data grows. */
  year: number | null;
  /** The selected unit, whose panel is open. */
  selected: UnitId | null;
  lang: Lang;
  /** The side panel's open tab. */
  tab: Tab;
  /** Classification method; null = the indicator's own default. */
  method: ClassMethod | null;
  /** Number of classes (3–9); null = the indicator's default. */
  classes: number | null;
  /** Thresholds for the `custom` method, ascending, in the indicator's unit. */
  breaks: number[];
  /** Palette; null = the indicator's default. */
  palette: PaletteId | null;
  /**
   * High-contrast colours for washed-out projectors: the palette changes, the classes do not
   * (same breaks, same midpoint). Kept across slides, like the language.
   */
  highContrast: boolean;
  /** Compute breaks on a log scale, for skewed counts (positive values only). */
  log: boolean;
  /** Classes from the shown year alone, instead of across all years (the default, which keeps colours comparable). */
  perYear: boolean;
  /** Facility markers (and programme markers) drawn on the map. */
  facilities: boolean;
  /** Facility types shown; all four by default. */
  facilityTypes: FacilityType[];
  /** Service radius for coverage, km. */
  radiusKm: number;
  /** The indicator counted as demand (children) in coverage and gap ranking. */
  demand: string;
  /** The demand indicator's year; null = its latest year. Follows the map's year while the map
   * shows the demand indicator (createStore), so the ranking never uses another year silently. */
  demandYear: number | null;
  /** What the gap ranking counts as supply; capacity is used only when every counted facility
   * states one (the ranking then says it fell back to facilities). */
  supply: SupplyMeasure;
  /** "What if": planned facilities, ranked beside the facilities loaded; never part of a set. */
  planned: PlannedFacility[];
  /** Show the synthetic demonstration facilities (seeded, so a link reproduces them exactly). */
  demo: boolean;
  /** The map camera; null = fit all of China to the window (the default, right for any screen). */
  camera: Camera | null;
  /** Chrome-less mode for iframes: map, legend, source line and a link back to the full view. */
  embed: boolean;
  /** Presentation mode: large type, next/previous only. */
  present: boolean;
  /** The slide shown while presenting (0-based). */
  slide: number;
  /** A story carried by the link (a teacher's own); null = the built-in story. */
  story: Slide[] | null;
  /** The census county table in the province details: its sort, or null while it is closed. */
  counties: CountySort | null;
  /**
   * The planner's own region set drawn as the choropleth units (its `RegionSet.id`, `r-…`); null =
   * provinces. A link carries only the id: boundaries stay in the browser that imported them (#15).
   */
  regionSet: string | null;
  /**
   * The file that region set was read from (its name only, as text), so that a browser without the
   * set can say which file it needs; null with the provinces.
   */
  regionFile: string | null;
  /** The selected region of that set, by `regionKey` (its code, or `#<feature>` without one). */
  region: string | null;
}

/** Map centre in degrees ([lon, lat] order, as GeoJSON) and MapLibre zoom, rounded for links. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Service radii offered, km: from walking distance in a township to a county seat's reach. */
export const RADII_KM = [0, 5, 10, 20, 30, 50] as const;

/** Side-panel tabs: the selected unit's figures, the data table, coverage gaps, all sources, the user's own data. */
export const TABS = ['details', 'table', 'gaps', 'story', 'sources', 'data'] as const;
export type Tab = (typeof TABS)[number];

export const DEFAULT_STATE: Readonly<AppState> = Object.freeze<AppState>({
  indicator: DEFAULT_INDICATOR_ID,
  year: null,
  selected: null,
  lang: 'en',
  tab: 'details',
  method: null,
  classes: null,
  breaks: [],
  palette: null,
  highContrast: false,
  log: false,
  perYear: false,
  facilities: true,
  facilityTypes: [...FACILITY_TYPES],
  radiusKm: 10,
  demand: 'children',
  demandYear: null,
  supply: 'facilities',
  planned: [],
  demo: false,
  camera: null,
  embed: false,
  present: false,
  slide: 0,
  story: null,
  counties: null,
  regionSet: null,
  regionFile: null,
  region: null,
});
