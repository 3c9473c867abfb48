import type { Indicator } from '../data/indicator';
import type { ImportedDataset } from '../data/importedDataset';
import { linkTables, SHARED_PARAM } from '../data/sharedDataset';

/** `link` with the tables appended as `data=` parameters (the share dialog's "carry the data"
 * choice, and the address bar while a link's tables await review). */
export function withTables(link: string, params: readonly string[]): string {
  if (params.length === 0) return link;
  return `${link}${link.includes('?') ? '&' : '?'}${params.map((p) => `${SHARED_PARAM}=${p}`).join('&')}`;
}
import type { FacilitySet } from '../facilities/facility';
import type { AppState } from '../state/appState';
import { formatUrlState } from '../state/urlState';

/**
 * The longest link Share offers, in characters (ASCII, so bytes): 8 KB. Servers refuse longer
 * request lines (vite preview answered 431 above 16 KB; nginx's default buffer is 8 KB), and a
 * QR code stops far earlier. A longer view goes as a file instead.
 */
export const MAX_LINK_CHARS = 8 * 1024;

/** Null when `link` fits in a link; else its size and the limit, in KB, for the message. */
export function linkTooLong(link: string): { kb: string; max: string } | null {
  return link.length <= MAX_LINK_CHARS ? null : { kb: (link.length / 1024).toFixed(1), max: String(MAX_LINK_CHARS / 1024) };
}

/** The page's address without its query: `location.origin + location.pathname`. */
export interface PageAddress {
  origin: string;
  pathname: string;
}

/** A link to `state` changed by `patch` (e.g. `{ embed: true }`), absolute, as the share dialog shows it. */
export function shareLink(state: AppState, patch: Partial<AppState>, page: PageAddress): string {
  const q = formatUrlState({ ...state, ...patch });
  return `${page.origin}${page.pathname}${q ? `?${q}` : ''}`;
}

/** Whether the view shows facility points or coverage, and so which facility sets it depends on. */
export function facilityOrigins(
  sets: readonly FacilitySet[],
  state: Pick<AppState, 'facilities'>,
  indicator: Pick<Indicator, 'family'>,
): { synthetic: boolean; local: boolean } {
  const shown = state.facilities || indicator.family === 'coverage';
  return { synthetic: shown && sets.some((s) => s.synthetic), local: shown && sets.some((s) => !s.synthetic) };
}

export interface ShareScope {
  /** The view uses data only this browser has (an imported table or facility set): the link alone will not show it. */
  localData: boolean;
  /**
   * Small imported tables can travel in the link (`data=`); facility sets cannot (thousands of
   * points), so `all` is false when the view also uses local facilities.
   */
  tables: { params: string[]; values: number; all: boolean } | null;
  /** The boundary file of the region set shown (#15): it stays in this browser, and whoever opens
   * the link is asked for it. Null while the provinces are shown. */
  regionFile: string | null;
}

/** What a share link can and cannot carry of the view shown. */
export function shareScope(args: {
  state: AppState;
  /** The indicator shown (it may stand in for one still being computed). */
  indicator: Indicator;
  indicators: ReadonlyMap<string, Indicator>;
  facilitySets: readonly FacilitySet[];
  imported: readonly ImportedDataset[];
}): ShareScope {
  const { state, indicator, indicators, facilitySets, imported } = args;
  const { local } = facilityOrigins(facilitySets, state, indicator);
  // A table joined to a region set is no province indicator (`indicator` stands in for it), but it is the user's own data.
  const regionFile = state.regionSet === null ? null : (state.regionFile ?? state.regionSet);
  const localData =
    indicator.origin.type === 'imported' ||
    indicators.get(state.demand)?.origin.type === 'imported' ||
    local ||
    imported.some((d) => d.id === state.indicator) ||
    regionFile !== null;
  const tables = linkTables(imported, [state.indicator, state.demand]);
  // Tables in the link are not all the view's local data while its boundaries stay behind.
  return { localData, tables: tables && { ...tables, all: !local && regionFile === null }, regionFile };
}
