import { computed, effect } from '@preact/signals';
import { render } from 'preact';
import { CATALOGUE } from './data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from './data/embeddedData';
import { buildFigureIndex } from './data/indicatorValues';
import { loadGeometry } from './geo/loadGeometry';
import { UNITS } from './geo/units';
import { MESSAGES } from './i18n/messages';
import { createStore } from './state/createStore';
import { formatUrlState, parseUrlState, type ParseContext } from './state/urlState';
import { App } from './ui/App';
import type { Notice } from './ui/Notices';
import './ui/styles.css';
import { buildViewModel, type Datasets } from './view/buildViewModel';

const indicators = new Map(CATALOGUE.map((i) => [i.id, i]));
const data: Datasets = {
  units: UNITS,
  indicators,
  figures: EMBEDDED_FIGURES,
  index: buildFigureIndex(EMBEDDED_FIGURES),
  sources: EMBEDDED_SOURCES,
};
const ctx: ParseContext = { indicators };

const parsed = parseUrlState(location.search, ctx);
const store = createStore(parsed.state);
const vm = computed(() => buildViewModel(store.state.value, data));
const notices: Notice[] = parsed.issues.map((i) => ({ kind: 'url', ...i }));

/** Writes the state to the address bar: a new history entry per change, so Back restores a view. */
function syncUrl(): void {
  let written = formatUrlState(store.state.peek());
  const urlFor = (q: string) => `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
  // Canonical form at start: invalid parameters (already reported) leave the address bar.
  history.replaceState(null, '', urlFor(written));
  effect(() => {
    const q = formatUrlState(store.state.value);
    if (q === written) return;
    written = q;
    history.pushState(null, '', urlFor(q));
  });
  addEventListener('popstate', () => {
    const { state } = parseUrlState(location.search, ctx);
    written = formatUrlState(state);
    store.replace(state);
  });
}

async function start(root: HTMLElement): Promise<void> {
  const lang = store.state.peek().lang;
  root.textContent = MESSAGES.loading[lang];
  try {
    const geometry = await loadGeometry();
    root.textContent = '';
    syncUrl();
    const fontUrl = new URL('fonts/labels.woff2', document.baseURI).href;
    render(
      <App store={store} vm={vm} indicators={CATALOGUE} geometry={geometry} fontUrl={fontUrl} initialNotices={notices} />,
      root,
    );
  } catch (err) {
    root.textContent = `${MESSAGES.loadFailed[lang]}: ${err instanceof Error ? err.message : String(err)}`;
    root.setAttribute('role', 'alert');
  }
}

void start(document.getElementById('app') as HTMLElement);
