import { COVERAGE_INDICATOR_IDS } from '../data/coverageIndicators';
import type { Indicator } from '../data/indicator';
import type { AppState } from '../state/appState';
import { parseUrlState, type UrlIssue } from '../state/urlState';

/**
 * Reads a link's query against the indicators this browser has. Coverage indicators are accepted
 * before they are computed (the view model then says they are pending), so a link to one opens on it.
 * The one parse context for start-up, Back and slides.
 */
export function readLink(
  query: string,
  indicators: ReadonlyMap<string, Indicator>,
  /** Tables the link carries that await the user's review: its view may name them meanwhile. */
  sharedIds: ReadonlySet<string> = new Set(),
): { state: AppState; issues: UrlIssue[] } {
  return parseUrlState(query, { indicators, pendingIds: COVERAGE_INDICATOR_IDS, sharedIds });
}

/** The view asked for needs facility data first (the demonstration set, a coverage indicator). */
export function needsFacilityData(state: Pick<AppState, 'demo' | 'indicator'>): boolean {
  return state.demo || COVERAGE_INDICATOR_IDS.has(state.indicator);
}
