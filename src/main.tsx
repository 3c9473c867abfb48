import { nationalFiguresFor } from './view/buildNationalView';
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { render } from 'preact';
import { buildDatasets } from './data/buildDatasets';
import { CATALOGUE } from './data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES, EMBEDDED_NATIONAL } from './data/embeddedData';
import type { ImportedDataset } from './data/importedDataset';
import { loadGeometry } from './geo/loadGeometry';
import { UNITS } from './geo/units';
import { MESSAGES } from './i18n/messages';
import { createStore } from './state/createStore';
import { formatUrlState, parseUrlState } from './state/urlState';
import { buildIndicatorCsv } from './data/exportCsv';
import { openStorage } from './app/storage/openStorage';
import { withTables } from './data/sharedDataset';
import { createSharedTables, type SharedTables } from './app/createSharedTables';
import { App } from './ui/App';
import type { ImportController } from './app/createImportController';
import { downloadText, safeFileName } from './app/download';
import type { ImportPanel } from './ui/ImportPanel';
import { lazyComponent } from './ui/lazyComponent';
import type { Notice } from './ui/Notices';
import './ui/styles.css';
import { buildViewModel, type Datasets } from './view/buildViewModel';
import { COVERAGE_INDICATOR_IDS } from './data/coverageIndicators';
import { buildProgrammePoints } from './data/programmePoints';
import type { FacilitySet } from './facilities/facility';
import { createFacilityController } from './app/createFacilityController';
import { createPresenter } from './app/createPresenter';
import { prewarmMap } from './map/createMapAdapter';

const EMBEDDED = { units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES, national: EMBEDDED_NATIONAL };

/** The user's imported tables and facility sets; with the embedded data they make the datasets. */
const imported = signal<ImportedDataset[]>([]);
const facilitySets = signal<FacilitySet[]>([]);
/** Embedded + imported: what coverage takes its demand from. */
const baseData = computed(() => buildDatasets(EMBEDDED, imported.value));
/** Set once the facility controller exists: base data plus the derived coverage indicators. */
let data: ReadonlySignal<Datasets> = baseData;
const notices = signal<Notice[]>([]);
const addNotice = (n: Notice) => (notices.value = [...notices.value, n]);

/** Ids of the tables a link carries while they await the user's review: the link's view may name them. */
let sharedIds: () => ReadonlySet<string> = () => new Set();
const parseLocation = (search = location.search) =>
  parseUrlState(search, { indicators: data.value.indicators, pendingIds: COVERAGE_INDICATOR_IDS, sharedIds: sharedIds() });

/** Writes the state to the address bar: a new history entry per change, so Back restores a view. */
function syncUrl(store: ReturnType<typeof createStore>, shared: SharedTables): void {
  let written = formatUrlState(store.state.peek());
  // A link's tables stay in the address bar until the user adds or declines them, so a reload still offers them.
  const urlFor = (q: string) => {
    const full = withTables(q ? `?${q}` : '', shared.params.peek());
    return `${location.pathname}${full}${location.hash}`;
  };
  // Canonical form at start: invalid parameters (already reported) leave the address bar.
  history.replaceState(null, '', urlFor(written));
  // Camera moves replace the current entry (debounced) instead of adding one per drag; any other
  // change adds an entry, so Back steps through views, not through pans.
  let previous = store.state.peek();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const withoutCamera = (s: typeof previous) => formatUrlState({ ...s, camera: null });
  effect(() => {
    const next = store.state.value;
    const q = formatUrlState(next);
    const onlyCamera = withoutCamera(next) === withoutCamera(previous);
    previous = next;
    if (q === written) return;
    written = q;
    clearTimeout(timer);
    if (onlyCamera) timer = setTimeout(() => history.replaceState(null, '', urlFor(q)), 250);
    else history.pushState(null, '', urlFor(q));
  });
  effect(() => {
    if (shared.params.value.length === 0) history.replaceState(null, '', urlFor(formatUrlState(store.state.peek())));
  });
  addEventListener('popstate', () => {
    const { state, issues } = parseLocation();
    written = formatUrlState(state);
    store.replace(state);
    for (const i of issues) addNotice({ kind: 'url', ...i });
  });
}

async function start(root: HTMLElement): Promise<void> {
  const lang0 = new URLSearchParams(location.search).get('lang') === 'zh' ? 'zh' : 'en';
  root.textContent = MESSAGES.loading[lang0];
  prewarmMap();
  try {
    // Storage refused (a third-party iframe), slow or full: the app runs from memory and says so once.
    const [geometry, storage] = await Promise.all([loadGeometry(), openStorage((problem) => addNotice({ kind: 'storage', problem }))]);
    const importStore = storage.imports;
    // Another tab imported or removed something: list what the database now holds.
    storage.onOtherTab((which) => {
      if (which === 'datasets') void importStore.datasets.load().then((list) => (imported.value = list), () => undefined);
      else void importStore.facilities.load().then((list) => (facilitySets.value = list), () => undefined);
    });
    // Imported tables load before the link is read, so a link to one of them resolves.
    [imported.value, facilitySets.value] = await Promise.all([
      importStore.datasets.load().catch(() => []),
      importStore.facilities.load().catch(() => []),
    ]);
    // A link's tables wait for the user's review; its view may name them meanwhile.
    const shared = createSharedTables(location.search, imported, importStore.datasets, addNotice);
    sharedIds = () => new Set(shared.pending.value.map((d) => d.id));
    const parsed = parseLocation(shared.search);
    for (const i of parsed.issues) addNotice({ kind: 'url', ...i });
    const store = createStore(parsed.state);
    const facilities = createFacilityController(store.state, baseData, geometry.provinces, importStore, facilitySets, (message) =>
      addNotice({ kind: 'error', message }),
    );
    data = computed(() => buildDatasets(EMBEDDED, imported.value, facilities.derived.value));
    // A link to facility data (the demonstration set, a coverage indicator) opens on that data, not
    // on a stand-in indicator: the first render waits for it (about half a second here), so that
    // data-ready means the view the link asked for.
    // Ten seconds at most: a worker that never answered must not keep the page from showing.
    if (parsed.state.demo || COVERAGE_INDICATOR_IDS.has(parsed.state.indicator)) {
      await Promise.race([facilities.settled(), new Promise((r) => setTimeout(r, 10_000))]);
    }
    // The import workflow loads on first use: a drop, or the data tab.
    let importFeature: Promise<{ imports: ImportController; Panel: typeof ImportPanel }> | null = null;
    const loadImports = () =>
      (importFeature ??= import('./ui/importFeature').then((m) => ({
        imports: m.createImportController(importStore, imported, facilities),
        Panel: m.ImportPanel,
      })));
    type PanelProps = Omit<Parameters<typeof ImportPanel>[0], 'imports'>;
    const LazyImportPanel = lazyComponent<PanelProps>(async () => {
      const { imports, Panel } = await loadImports();
      return (props: PanelProps) => <Panel {...props} imports={imports} />;
    });
    const vm = computed(() => buildViewModel(store.state.value, data.value));
    root.textContent = '';
    syncUrl(store, shared);
    const exportIndicator = (id: string) => {
      const d = data.peek();
      const ind = d.indicators.get(id);
      if (ind) downloadText(`liushou-atlas-${safeFileName(ind.label.en)}.csv`, buildIndicatorCsv(ind, d.index, d.units, d.sources, nationalFiguresFor(d.national, ind.family)));
    };
    const fontUrl = new URL('fonts/labels.woff2', document.baseURI).href;
    render(
      <App
        store={store}
        vm={vm}
        data={data}
        geometry={geometry}
        fontUrl={fontUrl}
        notices={notices}
        onDismissNotices={() => (notices.value = [])}
        onNotice={addNotice}
        shared={shared}
        renderDataTab={(lang) => (
          <LazyImportPanel
            lang={lang}
            onShow={(id) => store.setIndicator(id)}
            onExport={exportIndicator}
            onFacilitiesAdded={() => store.setTab('gaps')}
          />
        )}
        onDropFile={(file) => {
          store.setTab('data');
          void loadImports().then(({ imports }) => imports.open(file));
        }}
        onExport={exportIndicator}
        facilities={facilities}
        imported={imported}
        programmes={buildProgrammePoints(geometry.labels)}
        presenter={createPresenter(
          store,
          (q) => parseUrlState(q, { indicators: data.peek().indicators, pendingIds: COVERAGE_INDICATOR_IDS }).state,
          storage.local,
          storage.report,
        )}
      />,
      root,
    );
  } catch (err) {
    root.textContent = `${MESSAGES.loadFailed[lang0]}: ${err instanceof Error ? err.message : String(err)}`;
    root.setAttribute('role', 'alert');
  }
}

/**
 * Once the map is ready and the page idle, fetch the parts that load on first use (import, export,
 * sharing, the demonstration set, the in-thread coverage): the first view stays small, and they
 * still open if the network goes afterwards (a classroom's Wi-Fi). Failures are left to the moment
 * of use, which reports them.
 */
function prefetchWhenReady(): void {
  const fetchAll = () => {
    for (const load of [
      () => import('./ui/importFeature'),
      () => import('./ui/ExportDialog'),
      () => import('./ui/ShareDialog'),
      () => import('./app/composePicture'),
      () => import('./facilities/generateDemoFacilities'),
      () => import('./facilities/handleCoverageRequest'),
    ]) {
      load().catch(() => undefined);
    }
  };
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(fetchAll, { timeout: 5000 }) : setTimeout(fetchAll, 1000));
  const watcher = new MutationObserver(() => {
    if (document.getElementById('map')?.dataset.ready !== 'true') return;
    watcher.disconnect();
    whenIdle();
  });
  watcher.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

prefetchWhenReady();
void start(document.getElementById('app') as HTMLElement);
