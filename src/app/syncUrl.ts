import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { withTables } from './shareRules';
import type { AppState } from '../state/appState';
import type { Store } from '../state/createStore';
import { formatUrlState, type UrlIssue } from '../state/urlState';

/** The address bar and history, as syncUrl uses them; a test passes its own. */
export interface AddressBar {
  /** `location.pathname` and `location.hash`, kept as they are. */
  pathname(): string;
  hash(): string;
  /** `location.search` (with `?`). */
  search(): string;
  replace(url: string): void;
  push(url: string): void;
  /** Calls `f` on Back and Forward; returns the cleanup. */
  onPop(f: () => void): () => void;
}

export const browserAddressBar = (): AddressBar => ({
  pathname: () => location.pathname,
  hash: () => location.hash,
  search: () => location.search,
  replace: (url) => history.replaceState(null, '', url),
  push: (url) => history.pushState(null, '', url),
  onPop: (f) => {
    addEventListener('popstate', f);
    return () => removeEventListener('popstate', f);
  },
});

/** Camera moves are written this long after the last one (ms): one entry per pan, not per frame. */
export const CAMERA_WRITE_DELAY_MS = 250;

/**
 * Writes the state to the address bar: a new history entry per change, so Back restores a view;
 * Back and Forward read the address back into the store. Returns the cleanup.
 */
export function syncUrl(
  store: Store,
  readLink: (query: string) => { state: AppState; issues: UrlIssue[] },
  onIssue: (issue: UrlIssue) => void,
  /**
   * `data=` parameters of a link's tables: they stay in the address bar until the user adds or
   * declines them, so a reload still offers them.
   */
  carried: ReadonlySignal<readonly string[]> = signal([]),
  bar: AddressBar = browserAddressBar(),
): () => void {
  let written = formatUrlState(store.state.peek());
  const urlFor = (q: string) => `${bar.pathname()}${withTables(q ? `?${q}` : '', carried.peek())}${bar.hash()}`;
  // Canonical form at start: invalid parameters (already reported) leave the address bar.
  bar.replace(urlFor(written));
  // Camera moves replace the current entry (debounced) instead of adding one per drag; a run of
  // year steps (Play, the slider's arrow keys) makes one entry, the first step's, which the later
  // steps replace; any other change adds an entry. So Back steps through views, not through pans or
  // through every year Play showed.
  let previous = store.state.peek();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inYearRun = false;
  const withoutCamera = (s: AppState) => formatUrlState({ ...s, camera: null });
  const withoutYear = (s: AppState) => formatUrlState({ ...s, year: null, demandYear: null });
  const stop = effect(() => {
    const next = store.state.value;
    const q = formatUrlState(next);
    const onlyCamera = withoutCamera(next) === withoutCamera(previous);
    const onlyYear = withoutYear(next) === withoutYear(previous);
    previous = next;
    if (q === written) return;
    written = q;
    clearTimeout(timer);
    if (onlyCamera) timer = setTimeout(() => bar.replace(urlFor(q)), CAMERA_WRITE_DELAY_MS);
    else if (onlyYear && inYearRun) bar.replace(urlFor(q));
    else bar.push(urlFor(q));
    inYearRun = onlyYear && !onlyCamera;
  });
  // Once the carried tables are added or declined, the address bar drops them.
  const stopCarried = effect(() => {
    if (carried.value.length === 0) bar.replace(urlFor(formatUrlState(store.state.peek())));
  });
  const unlisten = bar.onPop(() => {
    // A camera write still pending belongs to the entry Back left: written now, it would replace
    // the restored address with the view the user just went back from.
    clearTimeout(timer);
    inYearRun = false;
    const { state, issues } = readLink(bar.search());
    written = formatUrlState(state);
    store.replace(state);
    for (const i of issues) onIssue(i);
  });
  return () => {
    clearTimeout(timer);
    stop();
    stopCarried();
    unlisten();
  };
}
