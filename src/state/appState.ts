import type { UnitId } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { DEFAULT_INDICATOR_ID } from '../data/catalogue';

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
}

/** Side-panel tabs: the selected unit's figures, the data table, all sources, the user's own data. */
export const TABS = ['details', 'table', 'sources', 'data'] as const;
export type Tab = (typeof TABS)[number];

export const DEFAULT_STATE: Readonly<AppState> = Object.freeze({
  indicator: DEFAULT_INDICATOR_ID,
  year: null,
  selected: null,
  lang: 'en',
  tab: 'details',
});
