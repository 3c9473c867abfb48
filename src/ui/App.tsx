import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { derivationBadge, type ViewModel } from '../view/buildViewModel';
import type { AppApi } from '../app/createAppApi';
import { Controls } from './Controls';
import { ProvinceSearch } from './ProvinceSearch';
import { lazyComponent } from './lazyComponent';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import { MapView, type HoverInfo, type MarkerHit, type RegionHoverInfo } from './MapView';
import { Notices } from './Notices';
import { SharedReview } from './SharedReview';
import { NationalFigures } from './NationalFigures';
import { NationalLine } from './NationalLine';
import { ProvincePanel } from './ProvincePanel';
import { SidePanel } from './SidePanel';
import { SourceLine } from './SourceLine';
import { SourcesView } from './SourcesView';
import { Tooltip } from './Tooltip';
import type { ComponentChildren } from 'preact';
import { FacilityLegend } from './FacilityLegend';
import { MarkerPopup } from './MarkerPopup';

interface Props {
  /** The use cases the page calls and the signals it reads beyond the view model (src/app/createAppApi). */
  app: AppApi;
  vm: ReadonlySignal<ViewModel>;
  /** The "Your data" tab's content (import and imported datasets), loaded on first use. */
  renderDataTab(lang: Lang): ComponentChildren;
}

// Dialogs most visits never open load on first use.
const ExportDialog = lazyComponent(() => import('./ExportDialog').then((m) => m.ExportDialog));
const ShareDialog = lazyComponent(() => import('./ShareDialog').then((m) => m.ShareDialog));
// So do the tabs and views a first visit does not show (#18: they had grown the first view past its
// 150 KB budget): the gaps and story tabs, presenting, and a region set's view and chooser, which
// only exist once a set is kept or a link names one. main.tsx fetches them all once the map is ready.
const GapsPanel = lazyComponent(() => import('./GapsPanel').then((m) => m.GapsPanel));
const StoryPanel = lazyComponent(() => import('./StoryPanel').then((m) => m.StoryPanel));
const PresentationBar = lazyComponent(() => import('./PresentationBar').then((m) => m.PresentationBar));
// The county section (its button, then the table) once a province is selected.
const CountySection = lazyComponent(() => import('./CountySection').then((m) => m.CountySection));
const RegionSetChooser = lazyComponent(() => import('./RegionSetChooser').then((m) => m.RegionSetChooser));
const RegionSetMissing = lazyComponent(() => import('./RegionSetChooser').then((m) => m.RegionSetMissing));
const regionParts = () => import('./regionViewParts');
const RegionDetails = lazyComponent(() => regionParts().then((m) => m.RegionDetails));
const RegionLegend = lazyComponent(() => regionParts().then((m) => m.RegionLegend));
const RegionSourceLine = lazyComponent(() => regionParts().then((m) => m.RegionSourceLine));
const RegionTable = lazyComponent(() => regionParts().then((m) => m.RegionTable));
const RegionTitle = lazyComponent(() => regionParts().then((m) => m.RegionTitle));
const RegionTooltip = lazyComponent(() => regionParts().then((m) => m.RegionTooltip));

/** Layout only: each part reads the view model and calls the app layer. */
export function App({ app, vm, renderDataTab }: Props) {
  const { actions, facilities, presenter, map } = app;
  const hover = useSignal<HoverInfo | null>(null);
  const regionHover = useSignal<RegionHoverInfo | null>(null);
  const highlight = useSignal<readonly string[] | null>(null);
  const marker = useSignal<MarkerHit | null>(null);
  const v = vm.value;
  const { lang, indicator, screen } = v;
  // A planner's region set shown instead of provinces (#15): its own title, legend, table, details and sources.
  const rv = v.regionSet;
  const { tab, embed, presenting } = screen;
  const chromeless = embed || presenting;
  const sharing = useSignal(false);
  const exporting = useSignal(false);
  const printUrl = app.exports.printUrl;
  const scope = sharing.value ? app.share.scope() : null;
  const sources = app.data.value.sources;

  useEffect(
    () =>
      app.bindKeys(document, () => {
        marker.value = null;
        hover.value = null;
      }),
    [app],
  );

  useEffect(() => () => app.dispose(), [app]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${MESSAGES.appTitle[lang]} · ${indicator.label[lang]}`;
  }, [lang, indicator]);

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
        app.openFile(file);
      }}
    >
      <header class="app-header">
        <h1>
          {MESSAGES.appTitle[lang]} <span class="app-title-alt">{MESSAGES.appTitle[lang === 'en' ? 'zh' : 'en']}</span>
        </h1>
        {!chromeless && (
          <div class="header-actions">
            <Controls vm={v} indicators={[...app.data.value.indicators.values()]} actions={actions} />
            {/* The chooser shows only once there is a choice (as RegionSetChooser itself decides): its code loads then. */}
            {(app.regions.sets.value.length > 0 || app.regions.missing.value !== null) && (
              <RegionSetChooser lang={lang} regions={app.regions} regionSet={screen.regionSet} />
            )}
            <ProvinceSearch lang={lang} onFound={(id) => actions.selectAndShow(id)} regionSet={rv} onRegionFound={(key, camera) => (actions.selectRegion(key, true), camera && actions.setCamera(camera))} />
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
          <a class="open-full" href={app.share.link({ embed: false })} target="_blank" rel="noopener">
            {MESSAGES.share.openFull[lang]}
          </a>
        )}
      </header>
      {exporting.value && (
        <ExportDialog
          lang={lang}
          onPng={app.exports.png}
          onPrint={app.exports.print}
          onCsv={app.exports.viewCsv}
          onClose={() => (exporting.value = false)}
        />
      )}
      {printUrl.value && <img class="print-picture" src={printUrl.value} alt={app.exports.printAlt.value} />}
      {sharing.value && (
        <ShareDialog
          lang={lang}
          link={app.share.link({ embed: false })}
          embedLink={app.share.link({ embed: true })}
          title={`${MESSAGES.appTitle[lang]}: ${indicator.label[lang]}`}
          localData={scope?.localData ?? false}
          tables={scope?.tables ?? null}
          regionFile={scope?.regionFile ?? null}
          onExport={app.share.exportData}
          {...(app.share.downloadBundle ? { onBundle: app.share.downloadBundle } : {})}
          onClose={() => (sharing.value = false)}
        />
      )}
      <SharedReview shared={app.shared} lang={lang} onDeclined={app.declined} />
      <Notices notices={app.notices.list.value} lang={lang} onDismiss={app.notices.dismiss} />
      {!chromeless && app.regions.missing.value !== null && (
        <RegionSetMissing lang={lang} regions={app.regions} fileName={screen.regionFile} onOpen={app.openRegionFile} />
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
            markers={map.markers}
            presenting={map.presenting}
            emphasis={presenter.named}
            programmes={map.programmes}
            onMarker={(m) => (marker.value = m)}
            camera={map.camera}
            onCamera={actions.setCamera}
            exporter={map.exporter}
            geometry={map.geometry}
            fontUrl={map.fontUrl}
            onHover={(h) => (hover.value = h)}
            onSelect={actions.selectAndShow}
            onRegionHover={(h) => (regionHover.value = h)}
            onRegionSelect={(key) => actions.selectRegion(key, true)}
            onError={(message) => app.notices.add({ kind: 'error', message })}
          />
          {hover.value && !marker.value && !rv && <Tooltip vm={v} hover={hover.value} />}
          {rv && regionHover.value && !marker.value && <RegionTooltip view={rv} hover={regionHover.value} lang={lang} />}
          {marker.value && (
            <MarkerPopup hit={marker.value} lang={lang} sets={facilities.sets.value} sourceRef={app.sourceRef} onClose={() => (marker.value = null)} />
          )}
          {/* Presenting: the legend and the map's sources stand beside the map, not over it. */}
          <div class="map-aside">
            {rv ? (
              <RegionLegend view={rv} lang={lang} actions={actions} perYear={screen.perYear} compact={chromeless} onHighlight={(e) => (highlight.value = e ? e.members : null)}>
                {screen.markers && (
                  <FacilityLegend lang={lang} any={facilities.sets.value.length > 0} synthetic={facilities.sets.value.some((s) => s.synthetic)} presenting={presenting} />
                )}
              </RegionLegend>
            ) : (
              <Legend vm={v} actions={actions} compact={chromeless} onHighlight={(e) => (highlight.value = e ? e.members : null)}>
                {screen.markers && (
                  <FacilityLegend lang={lang} any={facilities.sets.value.length > 0} synthetic={facilities.sets.value.some((s) => s.synthetic)} presenting={presenting} />
                )}
              </Legend>
            )}
            {presenting && !rv && presenter.national.value && <NationalLine view={v.national} lang={lang} />}
            {presenting && (rv ? <RegionSourceLine view={rv} lang={lang} /> : <SourceLine vm={v} />)}
          </div>
        </div>
        {/* A story slide saved with the county table open shows it beside the map. */}
        {presenting && screen.counties && v.selected && (
          <aside class="county-present">
            <CountySection lang={lang} unit={v.selected.region.unit} sort={screen.counties} onSort={actions.setCounties} sourceRef={app.sourceRef} sources={sources} presenting />
          </aside>
        )}
        {!chromeless && <SidePanel tab={tab} lang={lang} onTab={actions.setTab}>
          {tab === 'details' && rv && <RegionDetails view={rv} lang={lang} onClose={() => actions.selectRegion(null)} />}
          {tab === 'details' && !rv &&
            (v.selected ? (
              <ProvincePanel vm={v} onClose={() => actions.select(null)}>
                <CountySection lang={lang} unit={v.selected.region.unit} sort={screen.counties} onSort={actions.setCounties} sourceRef={app.sourceRef} sources={sources} />
              </ProvincePanel>
            ) : (
              <>
                <p class="hint">{MESSAGES.pickProvince[lang]}</p>
                <NationalFigures view={v.national} lang={lang} />
              </>
            ))}
          {tab === 'table' && rv && <RegionTable view={rv} lang={lang} onSelect={(key) => actions.selectRegion(key)} />}
          {tab === 'table' && !rv && (
            <>
              <DataTable vm={v} onSelect={actions.select} />
              <div class="row-buttons table-actions">
                <button type="button" onClick={() => app.exports.csv(indicator.id)}>
                  {MESSAGES.imports.exportCsv[lang]}
                </button>
              </div>
            </>
          )}
          {tab === 'gaps' && !app.gaps.value && (
            <p class="muted" role="status">
              {MESSAGES.partLoading[lang]}
            </p>
          )}
          {tab === 'gaps' && app.gaps.value && (
            <GapsPanel
              lang={lang}
              screen={screen}
              view={app.gaps.value}
              actions={actions}
              onRemoveSet={(id) => void facilities.remove(id)}
              demandChoices={app.demandChoices.value}
              selected={v.selected?.region.id ?? null}
              sourceRef={app.sourceRef}
              onExportRanking={() => void app.exports.ranking()}
              onExportFacilities={() => void app.exports.facilityList()}
              regionGaps={app.regionGaps.value}
              selectedRegion={rv?.selected?.row.key ?? null}
              onRegionSelect={(key) => actions.selectRegion(key)}
              regionApi={app.regionGapsApi.value}
            />
          )}
          {tab === 'story' && (
            <StoryPanel
              lang={lang}
              presenter={presenter}
              storyLink={app.share.storyLink}
              currentTitle={indicator.label}
              regionSet={rv}
              countyUnit={screen.counties && v.selected ? v.selected.region.unit : null}
            />
          )}
          {tab === 'sources' && <SourcesView sources={sources} usedBy={app.usedBy(lang)} national={v.national} lang={lang} />}
          {tab === 'data' && renderDataTab(lang)}
        </SidePanel>}
      </main>
      {presenting && (
        <PresentationBar
          lang={lang}
          slides={presenter.slides.value}
          index={screen.slide}
          sourceRef={app.sourceRef}
          onPrevious={presenter.previous}
          onNext={presenter.next}
          onExit={presenter.exit}
          highContrast={screen.highContrast}
          onHighContrast={(on) => actions.setClassing({ highContrast: on })}
          onSlide={presenter.onSlide.value}
          onShowSlide={() => presenter.go(screen.slide)}
          embedded={embed}
          missingSet={app.regions.missing.value === null ? null : { id: app.regions.missing.value, fileName: screen.regionFile, maxBytes: app.regions.maxFileBytes }}
          onRegionFile={app.presentRegionFile}
        />
      )}
      {!presenting && (rv ? <RegionSourceLine view={rv} lang={lang} /> : <SourceLine vm={v} />)}
    </div>
  );
}
