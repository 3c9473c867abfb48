import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { FeatureCollection } from 'geojson';
import type { ImportedDataset } from '../data/importedDataset';
import type { Indicator } from '../data/indicator';
import type { Geometry } from '../geo/loadGeometry';
import type { Lang } from '../i18n/lang';
import { DEFAULT_STATE, type AppState, type Camera } from '../state/appState';
import type { Store, StoreActions } from '../state/createStore';
import type { Datasets, SourceRef, ViewModel } from '../view/buildViewModel';
import { buildSourceUsage } from '../view/buildSourceUsage';
import { bindGlobalKeys } from './bindGlobalKeys';
import type { Ratio } from './composePicture';
import type { FacilityController } from './createFacilityController';
import type { RegionController, RegionFile } from './createRegionController';
import type { Presenter } from './createPresenter';
import type { SlideRegionsResult } from './openSlideRegions';
import { createPrintPicture } from './createPrintPicture';
import type { SharedTables } from './createSharedTables';
import { demandChoices } from './demandChoices';
import { exportPng, picturePng, type MapImage, type PictureInputs } from './exportPicture';
import type { GapsView } from './buildGapsView';
import type { Notice } from './notice';
import { facilityOrigins, shareLink, shareScope, type PageAddress, type ShareScope } from './shareRules';
import type { RegionGapsView } from '../view/buildRegionGaps';
import type { RegionGaps, RegionGapsApi } from './createRegionGaps';
import type { RegionLayer } from '../view/buildRegionView';

/** What start-up hands the app layer: the store, the data, the use cases already made. */
export interface AppDeps {
  store: Store;
  data: ReadonlySignal<Datasets>;
  vm: ReadonlySignal<ViewModel>;
  geometry: Geometry;
  /** The label font's address; null draws no labels. */
  fontUrl: string | null;
  notices: Signal<Notice[]>;
  shared: SharedTables;
  facilities: FacilityController;
  /** The planner's own region sets (#15): kept sets, the one shown, the import. */
  regions: RegionController;
  /** The shown region set with its indicators (census, joined tables); null while provinces are shown. */
  regionLayer: ReadonlySignal<RegionLayer | null>;
  /** The user's imported tables: a share link can carry the small ones the view uses. */
  imported: ReadonlySignal<ImportedDataset[]>;
  programmes: FeatureCollection;
  presenter: Presenter;
  page: PageAddress;
  /** Downloads one indicator as CSV. */
  exportIndicator(indicatorId: string): void;
  /** A file dropped on the page: the import (or a bundle's review) opens on the data tab. */
  openFile(file: File): void;
  /** Downloads a bundle of the view and the user's own data (Share ▸ Download bundle). */
  downloadBundle?(): void;
}

/**
 * Everything the page's components call or read beyond the view model, in one object: the layout
 * (App) takes this and the view model, and holds no logic of its own. Each member is a use case
 * from this folder or a signal from one; none gives the state itself.
 */
export interface AppApi {
  actions: StoreActions;
  data: ReadonlySignal<Datasets>;
  facilities: FacilityController;
  regions: RegionController;
  presenter: Presenter;
  shared: SharedTables;
  /** What the Gaps tab shows; null while its code loads (reading it starts the load). */
  gaps: ReadonlySignal<GapsView | null>;
  /** The Gaps tab's ranking over the shown region set (#15); null while provinces are shown. */
  regionGaps: ReadonlySignal<RegionGapsView | null>;
  /** The region ranking's export and planned placement, once its code has loaded (with the first region set shown). */
  regionGapsApi: ReadonlySignal<RegionGapsApi | null>;
  /** Indicators that can stand for demand: counts of children. */
  demandChoices: ReadonlySignal<Indicator[]>;
  notices: { list: ReadonlySignal<Notice[]>; add(n: Notice): void; dismiss(): void };
  map: {
    geometry: Geometry;
    fontUrl: string | null;
    programmes: FeatureCollection;
    camera: ReadonlySignal<Camera | null>;
    markers: ReadonlySignal<boolean>;
    presenting: ReadonlySignal<boolean>;
    /** Set by the map once it is ready: what the exported picture draws the map with. */
    exporter: { current: MapImage | null };
  };
  sourceRef(id: string): SourceRef | null;
  /** Source id → the labels of the indicators that cite it, in `lang`. */
  usedBy(lang: Lang): Map<string, string[]>;
  exports: {
    csv(indicatorId: string): void;
    /** The view as CSV: the region table while a region set is shown (with its boundary file on
     * every row), else the indicator shown. */
    viewCsv(): void;
    png(ratio: Ratio, scale: number): Promise<void>;
    print(): Promise<void>;
    /** The picture shown for printing, or null for the live layout. */
    printUrl: ReadonlySignal<string | null>;
    /** The printed picture's title (its text alternative). */
    printAlt: ReadonlySignal<string>;
    ranking(): Promise<boolean>;
    facilityList(): Promise<boolean>;
  };
  share: {
    /** The view's link with `patch` applied (`{ embed: true }` for the embed code). */
    link(patch?: Partial<AppState>): string;
    /** The link that presents the user's own story from its first slide. */
    storyLink(): string;
    scope(): ShareScope;
    /** The data behind the view as CSV: the imported table shown, else the demand. */
    exportData(): void;
    /** Downloads a bundle of the view and the user's own data; absent where bundles are not offered. */
    downloadBundle?(): void;
  };
  /** The link's tables were declined: a view that named one shows the default indicator. */
  declined(ids: readonly string[]): void;
  openFile(file: File): void;
  /** A region set file (for a link naming a set this browser lacks): its import opens on the data tab. */
  openRegionFile(file: File): void;
  /** A region set file for the presented slide that names a set this browser lacks: kept and shown if it is that set. */
  presentRegionFile(file: RegionFile): Promise<SlideRegionsResult>;
  /** Global keys on `doc` (slides, years, Escape); `onClear` also closes the component's popups. Returns the cleanup. */
  bindKeys(doc: Document, onClear: () => void): () => void;
  dispose(): void;
}

interface GapsCode {
  buildGapsView: typeof import('./buildGapsView').buildGapsView;
  gapRankingPicture: typeof import('./exportGaps').gapRankingPicture;
  exports: import('./exportGaps').GapExports;
}

export function createAppApi(deps: AppDeps): AppApi {
  const { store, data, vm, facilities, presenter, shared, imported, notices, page } = deps;
  const state = store.state;
  // The same object, typed without its state: components get actions and the view model.
  const actions: StoreActions = store;
  const exporter: { current: MapImage | null } = { current: null };
  const printer = createPrintPicture();
  const link = (patch: Partial<AppState> = {}) => shareLink(state.peek(), patch, page);
  // The Gaps tab's code (its view, sentences and exports: about 7 KB gzip) loads when the tab is
  // first shown or a picture or export needs it, not with the first view (#18).
  const gapsCode = signal<GapsCode | null>(null);
  let gapsLoading: Promise<GapsCode> | null = null;
  const loadGaps = () =>
    (gapsLoading ??= Promise.all([import('./buildGapsView'), import('./exportGaps')]).then(([view, exports]) => {
      const code: GapsCode = {
        buildGapsView: view.buildGapsView,
        gapRankingPicture: exports.gapRankingPicture,
        exports: exports.createGapExports(state, facilities, () => data.peek().sources, deps.geometry.provinces, () => link({ embed: false })),
      };
      gapsCode.value = code;
      return code;
    }));
  const usage = computed(() => buildSourceUsage(data.value));
  const pictureInputs = async (): Promise<PictureInputs> => {
    const { gapRankingPicture } = await loadGaps();
    const v = vm.peek();
    return {
      vm: v,
      lang: v.lang,
      mapImage: exporter.current,
      synthetic: facilityOrigins(facilities.sets.peek(), state.peek(), v.regionSet?.indicator ?? v.indicator).synthetic,
      date: new Date().toISOString().slice(0, 10),
      link: link({ embed: false }),
      ranking: gapRankingPicture(facilities, state.peek(), v.indicator.id, v.lang),
    };
  };
  const gaps = computed(() => {
    const code = gapsCode.value;
    if (!code) {
      void loadGaps();
      return null;
    }
    return code.buildGapsView(
      {
        state: state.value,
        sets: facilities.sets.value,
        coverage: facilities.coverage.value,
        gaps: facilities.gaps.value,
        planned: facilities.gapsPlanned.value,
        demand: facilities.demand.value,
        capacity: facilities.capacity.value,
        computing: facilities.computing.value,
      },
      state.value.lang,
    );
  });
  // The region ranking's code (coverage per region, the ranking, its view: about 7 KB gzip) loads
  // when a region set is first shown, not with the first view.
  const regionRanking = signal<RegionGaps | null>(null);
  let regionGapsWanted = false;
  const stopRegionGaps = effect(() => {
    if (regionGapsWanted || deps.regionLayer.value === null) return;
    regionGapsWanted = true;
    void import('./createRegionGaps').then((m) => {
      regionRanking.value = m.createRegionGaps({ state, layer: deps.regionLayer, sets: facilities.sets, sources: () => data.peek().sources, link: () => link({ embed: false }), provinces: deps.geometry.provinces });
    });
  });
  // A region view's CSV is its table; its code (the CSV builder) loads on first use.
  const regionCsv = (): boolean => {
    const rv = vm.peek().regionSet;
    if (!rv) return false;
    void import('./exportRegionTable').then((m) => m.exportRegionTable(rv, rv.rows));
    return true;
  };
  const regionGaps = computed(() => regionRanking.value?.view.value ?? null);
  return {
    actions,
    data,
    facilities,
    regions: deps.regions,
    regionGaps,
    regionGapsApi: regionRanking,
    presenter,
    shared,
    gaps,
    demandChoices: computed(() => demandChoices(data.value.indicators.values())),
    notices: { list: notices, add: (n) => (notices.value = [...notices.peek(), n]), dismiss: () => (notices.value = []) },
    map: {
      geometry: deps.geometry,
      fontUrl: deps.fontUrl,
      programmes: deps.programmes,
      camera: computed(() => state.value.camera),
      markers: computed(() => state.value.facilities),
      presenting: computed(() => state.value.present),
      exporter,
    },
    sourceRef(id) {
      const source = data.value.sources[id];
      return source ? { id, source } : null;
    },
    usedBy(lang) {
      return new Map([...usage.value].map(([id, inds]) => [id, inds.map((i) => data.value.indicators.get(i)?.label[lang] ?? i)]));
    },
    exports: {
      csv: deps.exportIndicator,
      viewCsv: () => void (regionCsv() || deps.exportIndicator(vm.peek().indicator.id)),
      png: async (ratio, scale) => exportPng(await pictureInputs(), ratio, scale),
      print: async () => {
        const { blob, caption } = await picturePng(await pictureInputs(), 'a4', 2);
        printer.print(blob, caption.title);
      },
      printUrl: printer.url,
      printAlt: printer.alt,
      ranking: () => loadGaps().then((c) => c.exports.exportRanking()),
      facilityList: () => loadGaps().then((c) => c.exports.exportFacilities()),
    },
    share: {
      link,
      storyLink: () => link({ present: true, slide: 0, story: presenter.mine.peek(), camera: null }),
      scope: () =>
        shareScope({
          state: state.value,
          indicator: vm.value.indicator,
          indicators: data.value.indicators,
          facilitySets: facilities.sets.value,
          imported: imported.value,
        }),
      exportData() {
        if (regionCsv()) return;
        const indicator = vm.peek().indicator;
        deps.exportIndicator(indicator.origin.type === 'imported' ? indicator.id : state.peek().demand);
      },
      ...(deps.downloadBundle ? { downloadBundle: deps.downloadBundle } : {}),
    },
    declined(ids) {
      if (ids.includes(state.peek().indicator)) store.setIndicator(DEFAULT_STATE.indicator);
    },
    openFile: deps.openFile,
    openRegionFile(file) {
      store.setTab('data');
      void deps.regions.open(file);
    },
    presentRegionFile: (file) => import('./openSlideRegions').then((m) => m.openSlideRegions(deps.regions, file, () => presenter.go(state.peek().slide))),
    bindKeys(doc, onClear) {
      return bindGlobalKeys(
        doc,
        // With a region set shown, ← and → step through the shown region indicator’s years (#15).
        () => ({ presenting: state.peek().present, years: vm.peek().regionSet?.years ?? vm.peek().years, year: vm.peek().regionSet?.year ?? vm.peek().year }),
        (action) => {
          if (action.type === 'next-slide') presenter.next();
          else if (action.type === 'previous-slide') presenter.previous();
          else if (action.type === 'first-slide') presenter.go(0);
          else if (action.type === 'last-slide') presenter.go(presenter.slides.peek().length - 1);
          else if (action.type === 'exit-presentation') presenter.exit();
          else if (action.type === 'year') store.setYear(action.year);
          else {
            store.select(null);
            onClear();
          }
        },
      );
    },
    dispose: () => {
      stopRegionGaps();
      printer.dispose();
    },
  };
}
