import { nationalFiguresFor } from './view/buildNationalView';
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { render } from 'preact';
import { buildDatasets } from './data/buildDatasets';
import { CATALOGUE } from './data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES, EMBEDDED_NATIONAL } from './data/embeddedData';
import type { ImportedDataset } from './data/importedDataset';
import { loadGeometry } from './geo/loadGeometry';
import { UNITS } from './geo/units';
import { MESSAGES } from './i18n/messages';
import type { Lang } from './i18n/lang';
import { createStore } from './state/createStore';
import { buildIndicatorCsv } from './data/exportCsv';
import { openStorage } from './app/storage/openStorage';
import { createSharedTables } from './app/createSharedTables';
import { App } from './ui/App';
import type { ImportController } from './app/createImportController';
import { downloadText, safeFileName } from './app/download';
import type { ImportPanel } from './ui/ImportPanel';
import { RegionImport } from './ui/RegionImport';
import { lazyComponent } from './ui/lazyComponent';
import type { Notice } from './ui/Notices';
import './ui/styles.css';
import { buildViewModel } from './view/buildViewModel';
import { EMPTY_DERIVED, type DerivedData } from './data/coverageIndicators';
import { needsFacilityData, readLink } from './app/readLink';
import { syncUrl } from './app/syncUrl';
import { buildProgrammePoints } from './data/programmePoints';
import type { FacilitySet } from './facilities/facility';
import { createFacilityController } from './app/createFacilityController';
import { createRegionController, type RegionController } from './app/createRegionController';
import { createRegionLayer } from './app/createRegionLayer';
import { createPresenter } from './app/createPresenter';
import { createAppApi } from './app/createAppApi';
import { showImportedTable } from './app/showImportedTable';
import { prewarmMap } from './map/createMapAdapter';
import { themeCssVariables } from './scales/themeColours';
import { createBundleController, type BundleRegions } from './app/bundle/createBundleController';

const EMBEDDED = { units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES, national: EMBEDDED_NATIONAL };

/** The user's imported tables and facility sets; with the embedded data they make the datasets. */
const imported = signal<ImportedDataset[]>([]);
const facilitySets = signal<FacilitySet[]>([]);
/** Embedded + imported: what coverage takes its demand from. */
const baseData = computed(() => buildDatasets(EMBEDDED, imported.value));
/**
 * Coverage indicators come from the facility controller, which needs the store, which needs the
 * link read against the data: the controller's output is bound here once it exists, so `data` is
 * one computed from start to end (empty coverage until then).
 */
const derived = signal<ReadonlySignal<DerivedData> | null>(null);
const data = computed(() => buildDatasets(EMBEDDED, imported.value, derived.value?.value ?? EMPTY_DERIVED));
const notices = signal<Notice[]>([]);
const addNotice = (n: Notice) => (notices.value = [...notices.value, n]);

/** Ids of the tables a link carries while they await the user's review: the link's view may name them. */
let sharedIds: () => ReadonlySet<string> = () => new Set();
const readLinkHere = (query: string) => readLink(query, data.peek().indicators, sharedIds());

async function start(root: HTMLElement): Promise<void> {
  const lang0 = new URLSearchParams(location.search).get('lang') === 'zh' ? 'zh' : 'en';
  root.textContent = MESSAGES.loading[lang0];
  prewarmMap();
  try {
    // Storage refused (a third-party iframe), slow or full: the app runs from memory and says so once.
    const [geometry, storage] = await Promise.all([loadGeometry(), openStorage((problem) => addNotice({ kind: 'storage', problem }))]);
    const importStore = storage.imports;
    let regions: RegionController | null = null;
    // Another tab imported or removed something: list what the database now holds.
    storage.onOtherTab((which) => {
      if (which === 'datasets') void importStore.datasets.load().then((list) => (imported.value = list), () => undefined);
      else if (which === 'facilities') void importStore.facilities.load().then((list) => (facilitySets.value = list), () => undefined);
      else void regions?.refresh();
    });
    // Imported tables load before the link is read, so a link to one of them resolves.
    [imported.value, facilitySets.value] = await Promise.all([
      importStore.datasets.load().catch(() => []),
      importStore.facilities.load().catch(() => []),
    ]);
    // A link's tables wait for the user's review; its view may name them meanwhile.
    const shared = createSharedTables(location.search, imported, importStore.datasets, addNotice);
    // Tables joined to a region set are no province indicators, but a link may name them (`i=`).
    sharedIds = () => new Set([...shared.pending.value, ...imported.value.filter((d) => d.regionSet)].map((d) => d.id));
    const parsed = readLinkHere(shared.search);
    for (const i of parsed.issues) addNotice({ kind: 'url', ...i });
    const store = createStore(parsed.state);
    const facilities = createFacilityController(store.state, baseData, geometry.provinces, importStore, facilitySets, (message) =>
      addNotice({ kind: 'error', message }),
    );
    derived.value = facilities.derived;
    // Region sets load beside the first view; the reader (worker, parser, simplifier) on first use.
    const regionController = createRegionController({
      state: store.state,
      // Choosing a set (or the provinces) clears the camera, so the map fits what is now shown.
      show: (id, fileName) => store.replace({ ...store.state.peek(), regionSet: id, regionFile: fileName, region: null, camera: null }),
      store: importStore.regions,
      persistent: () => importStore.persistent,
      read: (file, options) => import('./regions/readRegionsAsync').then((m) => m.readRegionsAsync(file, file.name, options)),
    });
    regions = regionController;
    // A link to facility data (the demonstration set, a coverage indicator) opens on that data, not
    // on a stand-in indicator: the first render waits for it (about half a second here), so that
    // data-ready means the view the link asked for.
    // Ten seconds at most: a worker that never answered must not keep the page from showing.
    if (needsFacilityData(parsed.state)) {
      await Promise.race([facilities.settled(), new Promise((r) => setTimeout(r, 10_000))]);
    }
    // The import workflow loads on first use: a drop, or the data tab.
    let importFeature: Promise<{ imports: ImportController; Panel: typeof ImportPanel }> | null = null;
    const loadImports = () =>
      (importFeature ??= import('./ui/importFeature').then((m) => ({
        imports: m.createImportController(importStore, imported, facilities, regionController.active),
        Panel: m.ImportPanel,
      })));
    type PanelProps = Omit<Parameters<typeof ImportPanel>[0], 'imports'>;
    const LazyImportPanel = lazyComponent<PanelProps>(async () => {
      const { imports, Panel } = await loadImports();
      return (props: PanelProps) => <Panel {...props} imports={imports} />;
    });
    // The bundle carries the region set shown, and keeps one that arrives, through the region import.
    const bundleRegions: BundleRegions = regionController;
    const bundles = createBundleController({
      state: store.state,
      tables: imported,
      saveTable: (d) => importStore.datasets.save(d),
      facilitySets,
      addFacilities: (set) => facilities.add(set),
      regions: bundleRegions,
      readView: (q, ids) => readLink(q, data.peek().indicators, new Set([...sharedIds(), ...(ids ?? [])])),
      show: (s) => store.replace(s),
      onIssue: (i) => addNotice({ kind: 'url', ...i }),
      onStorageProblem: (problem) => addNotice({ kind: 'storage', problem }),
      download: (name, text) => downloadText(name, text, 'application/json'),
      read: (file) => import('./app/bundle/readBundleFile').then((m) => m.readBundleFile(file)),
    });
    const LazyBundlePanel = lazyComponent<{ lang: Lang }>(async () => {
      const { BundlePanel } = await import('./ui/BundlePanel');
      return ({ lang }: { lang: Lang }) => <BundlePanel lang={lang} bundles={bundles} indicatorLabel={(id) => data.peek().indicators.get(id)?.label[lang] ?? null} />;
    });
    // The shown region set with its indicators (the county census fetched only for a set with county codes).
    const regionLayer = createRegionLayer(regions.active, () => import('./app/countyCensus').then((m) => m.countyCensus), imported).layer;
    const vm = computed(() => buildViewModel(store.state.value, data.value, regionLayer.value));
    root.textContent = '';
    syncUrl(store, readLinkHere, (i) => addNotice({ kind: 'url', ...i }), shared.params);
    const exportIndicator = (id: string) => {
      // A table joined to regions is exported from its regions' Table tab (every region, with the boundary file).
      if (imported.peek().some((t) => t.id === id && t.regionSet)) {
        showImportedTable(store, imported.peek(), id);
        return store.setTab('table');
      }
      const d = data.peek();
      const ind = d.indicators.get(id);
      if (ind) downloadText(`liushou-atlas-${safeFileName(ind.label.en)}.csv`, buildIndicatorCsv(ind, d.index, d.units, d.sources, nationalFiguresFor(vm.peek().national, ind.family), vm.peek().lang));
    };
    const app = createAppApi({
      store,
      data,
      vm,
      geometry,
      fontUrl: new URL('fonts/labels.woff2', document.baseURI).href,
      notices,
      shared,
      facilities,
      regions: regionController,
      regionLayer,
      imported,
      programmes: buildProgrammePoints(geometry.labels),
      presenter: createPresenter(store, (q) => readLinkHere(q).state, storage.local, storage.report),
      page: location,
      exportIndicator,
      openFile(file) {
        store.setTab('data');
        // By name, type and first bytes (routeDroppedFile): a bundle to its review, boundaries to the region import, the rest to the table import.
        void import('./app/routeDroppedFile')
          .then((m) => m.routeFile(file))
          .then((to) => (to === 'bundle' ? bundles.open(file) : to === 'regions' ? regionController.open(file) : loadImports().then(({ imports }) => imports.open(file))));
      },
      downloadBundle: () => bundles.download(),
    });
    render(
      <App
        app={app}
        vm={vm}
        renderDataTab={(lang) => (
          <>
            <LazyImportPanel
              lang={lang}
              onShow={(id) => showImportedTable(store, imported.peek(), id)}
              onExport={exportIndicator}
              onFacilitiesAdded={() => store.setTab('gaps')}
            />
            <RegionImport lang={lang} regions={regionController} />
            <LazyBundlePanel lang={lang} />
          </>
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
      () => import('./app/renderPicture'),
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

// The stylesheet's shared colours (var(--ink) …) come from their one definition in TypeScript.
for (const [name, value] of themeCssVariables()) document.documentElement.style.setProperty(name, value);
prefetchWhenReady();
void start(document.getElementById('app') as HTMLElement);
