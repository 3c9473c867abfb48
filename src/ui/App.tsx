import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Geometry } from '../geo/loadGeometry';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { Store } from '../state/createStore';
import { DEFAULT_STATE } from '../state/appState';
import { derivationBadge, type Datasets, type ViewModel } from '../view/buildViewModel';
import { buildSourceUsage } from '../view/buildSourceUsage';
import { Controls } from './Controls';
import { ProvinceSearch } from './ProvinceSearch';
import type { MapAdapter } from '../map/createMapAdapter';
import { exportPng, canvasToPng, renderPicture, type PictureInputs } from '../app/exportPicture';
import { createPrintPicture } from '../app/createPrintPicture';
import { createGapExports, gapRankingPicture, type GapExports } from '../app/exportGaps';
import { bindGlobalKeys } from '../app/bindGlobalKeys';
import { facilityOrigins, shareLink, shareScope } from '../app/shareRules';
import { demandChoices } from '../app/demandChoices';
import type { Presenter } from '../app/createPresenter';
import { PresentationBar } from './PresentationBar';
import { StoryPanel } from './StoryPanel';
import { lazyComponent } from './lazyComponent';
import type { ImportedDataset } from '../data/importedDataset';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import { MapView, type HoverInfo, type MarkerHit, type RegionHoverInfo } from './MapView';
import { RegionDetails } from './RegionDetails';
import { RegionLegend } from './RegionLegend';
import { RegionSourceLine } from './RegionSourceLine';
import { RegionTable } from './RegionTable';
import { RegionTitle } from './RegionTitle';
import { RegionTooltip } from './RegionTooltip';
import { Notices, type Notice } from './Notices';
import { SharedReview } from './SharedReview';
import type { SharedTables } from '../app/createSharedTables';
import { NationalFigures } from './NationalFigures';
import { NationalLine } from './NationalLine';
import { ProvincePanel } from './ProvincePanel';
import { CountySection } from './CountySection';
import { SidePanel } from './SidePanel';
import { SourceLine } from './SourceLine';
import { SourcesView } from './SourcesView';
import { Tooltip } from './Tooltip';
import type { ComponentChildren } from 'preact';
import type { FeatureCollection } from 'geojson';
import type { SourceRef } from '../view/buildViewModel';
import type { FacilityController } from '../app/createFacilityController';
import type { RegionController } from '../app/createRegionController';
import { FacilityLegend } from './FacilityLegend';
import { GapsPanel } from './GapsPanel';
import { MarkerPopup } from './MarkerPopup';
import { RegionSetChooser, RegionSetMissing } from './RegionSetChooser';

interface Props {
  store: Store;
  vm: ReadonlySignal<ViewModel>;
  data: ReadonlySignal<Datasets>;
  geometry: Geometry;
  fontUrl: string | null;
  notices: ReadonlySignal<Notice[]>;
  onDismissNotices(): void;
  onNotice(n: Notice): void;
  /** Tables a link carries, awaiting the user's review. */
  shared: SharedTables;
  /** The "Your data" tab's content (import and imported datasets). */
  renderDataTab(lang: Lang): ComponentChildren;
  facilities: FacilityController;
  /** The planner's own region sets (#15): kept sets, the one shown, the import. */
  regions: RegionController;
  /** The user's imported tables: a share link can carry the small ones the view uses. */
  imported: ReadonlySignal<ImportedDataset[]>;
  programmes: FeatureCollection;
  presenter: Presenter;
  onDropFile(file: File): void;
  onExport(indicatorId: string): void;
  /** Downloads a bundle of the view and the user's own data (Share ▸ Download bundle). */
  onDownloadBundle?(): void;
}

// Dialogs most visits never open load on first use.
const ExportDialog = lazyComponent(() => import('./ExportDialog').then((m) => m.ExportDialog));
const ShareDialog = lazyComponent(() => import('./ShareDialog').then((m) => m.ShareDialog));

/** Layout only: each part reads the view model and calls store actions. */
export function App({ store, vm, data, geometry, fontUrl, notices, onDismissNotices, onNotice, shared, renderDataTab, onDropFile, onExport, onDownloadBundle, facilities, regions, imported, programmes, presenter }: Props) {
  const hover = useSignal<HoverInfo | null>(null);
  const regionHover = useSignal<RegionHoverInfo | null>(null);
  const highlight = useSignal<readonly string[] | null>(null);
  const marker = useSignal<MarkerHit | null>(null);
  const markers = useComputed(() => store.state.value.facilities);
  const camera = useComputed(() => store.state.value.camera);
  const presentingSignal = useComputed(() => store.state.value.present);
  const sourceRef = (id: string): SourceRef | null => {
    const source = data.value.sources[id];
    return source ? { id, source } : null;
  };
  const usage = useComputed(() => buildSourceUsage(data.value));
  const v = vm.value;
  const { lang, indicator } = v;
  // A planner's region set shown instead of provinces (#15): its own title, legend, table, details and sources.
  const rv = v.regionSet;
  const tab = store.state.value.tab;
  const embed = store.state.value.embed;
  const presenting = store.state.value.present;
  const chromeless = embed || presenting;
  const sharing = useSignal(false);
  const exporting = useSignal(false);
  const exporter = useRef<MapAdapter['exportImage'] | null>(null);
  const printer = useRef<ReturnType<typeof createPrintPicture> | null>(null);
  printer.current ??= createPrintPicture();
  const printUrl = printer.current.url;
  const state = store.state.value;
  const linkFor = (patch: Partial<typeof state>) => shareLink(state, patch, location);
  const gapExports = useRef<GapExports | null>(null);
  gapExports.current ??= createGapExports(store.state, facilities, () => data.peek().sources, geometry.provinces, () =>
    shareLink(store.state.peek(), { embed: false }, location),
  );
  const pictureInputs = (): PictureInputs => ({
    vm: vm.peek(),
    lang,
    mapImage: exporter.current,
    synthetic: facilityOrigins(facilities.sets.peek(), store.state.peek(), indicator).synthetic,
    date: new Date().toISOString().slice(0, 10),
    link: linkFor({ embed: false }),
    ranking: gapRankingPicture(facilities, store.state.peek(), vm.peek().indicator.id, lang),
  });
  const scope = sharing.value
    ? shareScope({ state, indicator, indicators: data.value.indicators, facilitySets: facilities.sets.value, imported: imported.value })
    : null;

  useEffect(
    () =>
      bindGlobalKeys(
        document,
        () => ({ presenting: store.state.peek().present, years: vm.peek().years, year: vm.peek().year }),
        (action) => {
          if (action.type === 'next-slide') presenter.next();
          else if (action.type === 'previous-slide') presenter.previous();
          else if (action.type === 'first-slide') presenter.go(0);
          else if (action.type === 'last-slide') presenter.go(presenter.slides.peek().length - 1);
          else if (action.type === 'exit-presentation') presenter.exit();
          else if (action.type === 'year') store.setYear(action.year);
          else {
            store.select(null);
            marker.value = null;
            hover.value = null;
          }
        },
      ),
    [store],
  );

  useEffect(() => () => printer.current?.dispose(), []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${MESSAGES.appTitle[lang]} · ${indicator.label[lang]}`;
  }, [lang, indicator]);

  const usedBy = new Map(
    [...usage.value].map(([id, inds]) => [id, inds.map((i) => data.value.indicators.get(i)?.label[lang] ?? i)]),
  );

  return (
    <div
      class={`app${embed ? ' embed' : ''}${presenting ? ' presenting' : ''}`}
      data-lang={lang}
      onDragOver={(e) => {
        // Accept files dropped anywhere, so nobody has to find the drop zone first.
        if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer?.files[0];
        if (!file) return;
        e.preventDefault();
        onDropFile(file);
      }}
    >
      <header class="app-header">
        <h1>
          {MESSAGES.appTitle[lang]} <span class="app-title-alt">{MESSAGES.appTitle[lang === 'en' ? 'zh' : 'en']}</span>
        </h1>
        {!chromeless && (
          <div class="header-actions">
            <Controls vm={v} indicators={[...data.value.indicators.values()]} store={store} />
            <RegionSetChooser lang={lang} regions={regions} regionSet={state.regionSet} />
            <ProvinceSearch lang={lang} onFound={(id) => store.selectAndShow(id)} />
            <button type="button" class="share-button" onClick={() => (sharing.value = true)}>
              {MESSAGES.share.open[lang]}
            </button>
            <button type="button" class="share-button" data-action="export" onClick={() => (exporting.value = true)}>
              {MESSAGES.story.exportPng[lang]}
            </button>
            <button type="button" class="share-button" data-action="present" onClick={() => presenter.start(null)}>
              {MESSAGES.story.present[lang]}
            </button>
          </div>
        )}
        {embed && (
          <a class="open-full" href={linkFor({ embed: false })} target="_blank" rel="noopener">
            {MESSAGES.share.openFull[lang]}
          </a>
        )}
      </header>
      {exporting.value && (
        <ExportDialog
          lang={lang}
          onPng={(ratio, scale) => exportPng(pictureInputs(), ratio, scale)}
          onPrint={async () => printer.current?.print(await canvasToPng(await renderPicture(pictureInputs(), 'a4', 2)))}
          onCsv={() => onExport(indicator.id)}
          onClose={() => (exporting.value = false)}
        />
      )}
      {printUrl.value && <img class="print-picture" src={printUrl.value} alt={indicator.label[lang]} />}
      {sharing.value && (
        <ShareDialog
          lang={lang}
          link={linkFor({ embed: false })}
          embedLink={linkFor({ embed: true })}
          title={`${MESSAGES.appTitle[lang]}: ${indicator.label[lang]}`}
          localData={scope?.localData ?? false}
          tables={scope?.tables ?? null}
          onExport={() => onExport(indicator.origin.type === 'imported' ? indicator.id : state.demand)}
          {...(onDownloadBundle ? { onBundle: onDownloadBundle } : {})}
          onClose={() => (sharing.value = false)}
        />
      )}
      <SharedReview
        shared={shared}
        lang={lang}
        onDeclined={(ids) => {
          // The link's view named a declined table: show the default indicator instead.
          if (ids.includes(store.state.peek().indicator)) store.setIndicator(DEFAULT_STATE.indicator);
        }}
      />
      <Notices notices={notices.value} lang={lang} onDismiss={onDismissNotices} />
      {!chromeless && (
        <RegionSetMissing
          lang={lang}
          regions={regions}
          fileName={state.regionFile}
          onOpen={(file) => {
            store.setTab('data');
            void regions.open(file);
          }}
        />
      )}
      <main class="app-main">
        <div class="map-wrap">
          {rv ? (
            <RegionTitle view={rv} lang={lang} />
          ) : (
          <h2 class="map-title" id="map-title">
            {indicator.label[lang]}
            {v.year !== 0 && MESSAGES.classroom.titleYear[lang](String(v.year))}
            {derivationBadge(v) && <span class="badge derived">{derivationBadge(v)?.[lang]}</span>}
            {v.lowAuthority && <span class="badge caution">⚠ {MESSAGES.lowAuthority[lang]}</span>}
            {/* A coverage indicator asked for while coverage is computed: this one stands in meanwhile. */}
            {v.pending !== null && facilities.busy.value && (
              <span class="badge caution" role="status" data-pending={v.pending}>
                {MESSAGES.facilities.computing[lang]}
              </span>
            )}
          </h2>
          )}
          <MapView
            vm={vm}
            highlight={highlight}
            facilities={facilities.points}
            markers={markers}
            presenting={presentingSignal}
            emphasis={presenter.named}
            programmes={programmes}
            onMarker={(m) => (marker.value = m)}
            camera={camera}
            onCamera={(c) => store.setCamera(c)}
            exporter={exporter}
            geometry={geometry}
            fontUrl={fontUrl}
            onHover={(h) => (hover.value = h)}
            onSelect={(id) => store.selectAndShow(id)}
            onRegionHover={(h) => (regionHover.value = h)}
            onRegionSelect={(key) => store.selectRegion(key, true)}
            onError={(message) => onNotice({ kind: 'error', message })}
          />
          {hover.value && !marker.value && !rv && <Tooltip vm={v} hover={hover.value} />}
          {rv && regionHover.value && !marker.value && <RegionTooltip view={rv} hover={regionHover.value} lang={lang} />}
          {marker.value && (
            <MarkerPopup hit={marker.value} lang={lang} sets={facilities.sets.value} sourceRef={sourceRef} onClose={() => (marker.value = null)} />
          )}
          {/* Presenting: the legend and the map's sources stand beside the map, not over it. */}
          <div class="map-aside">
            {rv ? (
              <RegionLegend view={rv} lang={lang} store={store} compact={chromeless} onHighlight={(e) => (highlight.value = e ? e.members : null)}>
                {markers.value && (
                  <FacilityLegend lang={lang} any={facilities.sets.value.length > 0} synthetic={facilities.sets.value.some((s) => s.synthetic)} presenting={presenting} />
                )}
              </RegionLegend>
            ) : (
              <Legend vm={v} store={store} compact={chromeless} onHighlight={(e) => (highlight.value = e ? e.members : null)}>
                {markers.value && (
                  <FacilityLegend lang={lang} any={facilities.sets.value.length > 0} synthetic={facilities.sets.value.some((s) => s.synthetic)} presenting={presenting} />
                )}
              </Legend>
            )}
            {presenting && !rv && presenter.national.value && <NationalLine view={v.national} lang={lang} />}
            {presenting && (rv ? <RegionSourceLine view={rv} lang={lang} /> : <SourceLine vm={v} />)}
          </div>
        </div>
        {/* A story slide saved with the county table open shows it beside the map. */}
        {presenting && state.counties && v.selected && (
          <aside class="county-present">
            <CountySection lang={lang} unit={v.selected.region.unit} sort={state.counties} onSort={(s) => store.setCounties(s)} sourceRef={sourceRef} sources={data.value.sources} presenting />
          </aside>
        )}
        {!chromeless && <SidePanel tab={tab} lang={lang} onTab={(t) => store.setTab(t)}>
          {tab === 'details' && rv && <RegionDetails view={rv} lang={lang} onClose={() => store.selectRegion(null)} />}
          {tab === 'details' && !rv &&
            (v.selected ? (
              <ProvincePanel vm={v} onClose={() => store.select(null)}>
                <CountySection lang={lang} unit={v.selected.region.unit} sort={state.counties} onSort={(s) => store.setCounties(s)} sourceRef={sourceRef} sources={data.value.sources} />
              </ProvincePanel>
            ) : (
              <>
                <p class="hint">{MESSAGES.pickProvince[lang]}</p>
                <NationalFigures view={v.national} lang={lang} />
              </>
            ))}
          {tab === 'table' && rv && <RegionTable view={rv} lang={lang} onSelect={(key) => store.selectRegion(key)} />}
          {tab === 'table' && !rv && (
            <>
              <DataTable vm={v} onSelect={(id) => store.select(id)} />
              <div class="row-buttons table-actions">
                <button type="button" onClick={() => onExport(indicator.id)}>
                  {MESSAGES.imports.exportCsv[lang]}
                </button>
              </div>
            </>
          )}
          {tab === 'gaps' && (
            <GapsPanel
              lang={lang}
              store={store}
              facilities={facilities}
              demandChoices={demandChoices(data.value.indicators.values())}
              selected={v.selected?.region.id ?? null}
              sourceRef={sourceRef}
              onExportRanking={() => void gapExports.current?.exportRanking()}
              onExportFacilities={() => void gapExports.current?.exportFacilities()}
            />
          )}
          {tab === 'story' && (
            <StoryPanel
              lang={lang}
              presenter={presenter}
              storyLink={() => linkFor({ present: true, slide: 0, story: presenter.mine.peek(), camera: null })}
              currentTitle={indicator.label}
            />
          )}
          {tab === 'sources' && <SourcesView sources={data.value.sources} usedBy={usedBy} national={v.national} lang={lang} />}
          {tab === 'data' && renderDataTab(lang)}
        </SidePanel>}
      </main>
      {presenting && (
        <PresentationBar
          lang={lang}
          slides={presenter.slides.value}
          index={state.slide}
          sourceRef={sourceRef}
          onPrevious={presenter.previous}
          onNext={presenter.next}
          onExit={presenter.exit}
          highContrast={state.highContrast}
          onHighContrast={(on) => store.setClassing({ highContrast: on })}
          onSlide={presenter.onSlide.value}
          onShowSlide={() => presenter.go(state.slide)}
          embedded={embed}
        />
      )}
      {!presenting && (rv ? <RegionSourceLine view={rv} lang={lang} /> : <SourceLine vm={v} />)}
    </div>
  );
}
