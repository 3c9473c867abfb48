import type { FeatureCollection, Geometry } from 'geojson';
import { Map as MapLibreMap, NavigationControl, prewarm, setWorkerUrl, type FilterSpecification, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang } from '../i18n/lang';
import { roundCamera, type CameraDecimals, type LonLatZoom as Camera } from '../util/roundCamera';
import {
  buildStyle,
  HATCH_IMAGE,
  hatchFilter,
  LAYER,
  labelSize,
  labelSizeAt,
  labelSortKey,
  labelText,
  markerRadius,
  programmeOffset,
  PROVINCE_BORDER,
  regionHatchFilter,
  SOURCE,
  type StyleInputs,
} from './buildStyle';
import { diffFills, noDataIds, type FillState } from './diffFills';
import { buildHatchImage } from './hatchImage';
import { nextTask } from '../util/nextTask';

// Bundlers rewrite module URLs, so MapLibre cannot find its own worker: point it there.
setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's workers now instead of when the map is made: fetching and compiling the
 * worker script (~150 KB gzip) then overlaps with loading the geometry and building the page.
 */
export function prewarmMap(): void {
  prewarm();
}

/** What the map draws: a narrow, plain-data slice of the view model. */
export interface MapView {
  fills: Readonly<Record<string, FillState>>;
  selected: string | null;
  lang: Lang;
  /** Facility points (properties: id, type, synthetic 0/1); replaced only when the reference changes. */
  facilities: FeatureCollection;
  /** Facility and programme markers shown. */
  markers: boolean;
  /** Where to look; null = fit China. Applied when it changes (links, Back), not on every update. */
  camera: Camera | null;
  /** The unit with keyboard focus (drawn with a focus ring), or null. */
  focused: string | null;
  /** Province label size relative to normal (larger when presenting). */
  labelScale: number;
  /**
   * Units that must stay labelled and in view (the provinces a slide names): their labels are
   * placed first, and while `camera` is null the map fits them rather than all of China.
   */
  emphasis: readonly string[];
  /** The legend floats over the map's lower left (wide screens, not presenting): fitting leaves it room. */
  legendOverMap: boolean;
  /** A planner's region set drawn as the choropleth units instead of provinces, or null (provinces). */
  regions: RegionMapView | null;
}

/** A region set as the map draws it: plain data, keyed by region key (`regionKey`). */
export interface RegionMapView {
  /** The set's id: its geometry is handed to MapLibre only when this changes. */
  id: string;
  /** Polygons with properties `key` and `label`, [lon, lat] degrees; handed to MapLibre in parts (feedRegions). */
  polygons: FeatureCollection;
  /** One point per region, inside it, with the same properties. */
  labels: FeatureCollection;
  /** Region labels show from this zoom; province labels up to it. */
  labelMinZoom: number;
  /** [west, south, east, north] degrees: the camera fits it when the set is first shown. */
  bbox: [number, number, number, number];
  fills: Readonly<Record<string, FillState>>;
  selected: string | null;
  focused: string | null;
}

export type MarkerKind = 'facility' | 'programme';

export interface MapEvents {
  /** Pointer over a unit (id) or off all units (null); x, y in CSS px from the map's top-left. */
  onHover(id: string | null, x: number, y: number): void;
  /** A click or tap on a unit, or on the sea / outside China (null). */
  onClick(id: string | null): void;
  /** Rendering failed after load (MapLibre reports such errors as events, not exceptions). */
  onError(message: string): void;
  /** A click or tap on a facility or programme marker (null: the click was elsewhere). */
  onMarker(marker: { kind: MarkerKind; id: string; x: number; y: number } | null): void;
  /** The user moved the map (drag, zoom, keyboard); the camera is rounded as links store it. */
  onCamera(camera: Camera): void;
  /** While a region set is shown: pointer over a region (its key) or off all regions (null), CSS px. */
  onRegionHover(key: string | null, x: number, y: number): void;
  /** While a region set is shown: a click or tap on a region (its key), or elsewhere (null). */
  onRegionClick(key: string | null): void;
}

/** Points per message to MapLibre's worker; see feedFacilities. */
const FEED_CHUNK = 5_000;
/**
 * Positions of region polygons per message to MapLibre's worker; see feedRegions. Each part costs
 * a copy on this thread (about 10 ms per 20,000) and makes MapLibre's worker index everything fed
 * so far again, so fewer parts draw sooner. BENCH_ONLY=regions, 3,000 regions (204,000 positions),
 * quiet machine: 20,000 → coloured 2,424 ms (1.75× bare MapLibre), longest own task 76 ms;
 * 40,000 → 2,071 ms (1.54×), 55 ms; 70,000 → 2,263 ms (1.48×), 73 ms, and 108 ms on reload.
 */
const REGION_FEED_POSITIONS = 40_000;
/** The layers that draw the region source: hidden while its polygons are handed over. */
const REGION_SOURCE_LAYERS = [LAYER.regionHatch, LAYER.regionFill, LAYER.regionOutline, LAYER.regionHighlight];

/** Positions in a geometry (any type), counted to size the parts handed to MapLibre. */
function countPositions(g: Geometry | null): number {
  if (!g) return 0;
  if (g.type === 'GeometryCollection') return g.geometries.reduce((n, x) => n + countPositions(x), 0);
  const walk = (c: unknown): number => (Array.isArray(c) && typeof c[0] === 'number' ? 1 : Array.isArray(c) ? c.reduce((n: number, x) => n + walk(x), 0) : 0);
  return walk(g.coordinates);
}

const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Province layers hidden while regions are shown: the regions are the choropleth then. */
const PROVINCE_FILL_LAYERS = [LAYER.fill, LAYER.hatch, LAYER.highlight];

const MARKER_LAYERS = [LAYER.facilities, LAYER.facilityLetters, LAYER.clusters, LAYER.clusterCount, LAYER.programmes, LAYER.programmeLetters];

export interface MapAdapter {
  update(view: MapView): void;
  /**
   * Renders the current view, same bounds, into a new canvas of `width`×`height` CSS px at
   * `pixelRatio`. A temporary map keeps its drawing buffer for this one picture; the live map
   * never does (preserveDrawingBuffer costs memory and speed on every frame).
   */
  exportImage(size: { width: number; height: number; pixelRatio: number }): Promise<HTMLCanvasElement>;
  destroy(): void;
}

/**
 * Room for the legend, which floats over the map's lower left on wide screens: fitting China to
 * the rest keeps Xinjiang and Tibet from sitting under it (px; the legend is about 19rem wide).
 */
function fitPadding(container: HTMLElement, view: MapView): { top: number; bottom: number; left: number; right: number } {
  const wide = container.clientWidth >= 720 && view.legendOverMap;
  // Around a few named provinces, room for their labels and the programme markers under them.
  const edge = view.emphasis.length > 0 ? 48 : 16;
  return { top: edge, bottom: edge, right: edge, left: wide ? Math.min(320, container.clientWidth * 0.3) : edge };
}

function sameCamera(a: Camera | null, b: Camera | null): boolean {
  return a === b || (a !== null && b !== null && a.lon === b.lon && a.lat === b.lat && a.zoom === b.zoom);
}

/** China's provincial-level units plus their seas, [west, south, east, north] in degrees. */
export const CHINA_BOUNDS: [number, number, number, number] = [73, 17, 136, 54];

type Bounds = [number, number, number, number];

/** [west, south, east, north] of each feature's geometry, by its `id` property (degrees). */
function boundsById(fc: FeatureCollection): Map<string, Bounds> {
  const out = new Map<string, Bounds>();
  const visit = (c: unknown, b: Bounds): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    } else if (Array.isArray(c)) for (const d of c) visit(d, b);
  };
  for (const f of fc.features) {
    const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
    if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates, b);
    if (Number.isFinite(b[0])) out.set(String(f.properties?.['id']), b);
  }
  return out;
}

/** The bounds that hold every unit in `ids`, or all of China when none is known. */
export function fitTarget(ids: readonly string[], bounds: ReadonlyMap<string, Bounds>): Bounds {
  const parts = ids.map((id) => bounds.get(id)).filter((b): b is Bounds => b !== undefined);
  if (parts.length === 0) return CHINA_BOUNDS;
  return [Math.min(...parts.map((b) => b[0])), Math.min(...parts.map((b) => b[1])), Math.max(...parts.map((b) => b[2])), Math.max(...parts.map((b) => b[3]))];
}

/** A fitted view of a few provinces stops here: one small province would otherwise fill the screen. */
const FIT_MAX_ZOOM = 5.5;

/**
 * The only module that calls MapLibre. It takes plain views and emits unit ids; components never
 * touch the map. Sets `data-ready="true"` on the container once the first view with data has
 * been rendered, the contract embedding hosts and screenshot tools wait for.
 */
export function createMapAdapter(
  container: HTMLElement,
  inputs: Omit<StyleInputs, 'lang' | 'noData' | 'labelScale' | 'emphasis'> & {
    /** How the camera reported by onCamera is rounded, so a rounded camera given back is not a move. */
    cameraDecimals: CameraDecimals;
  },
  initial: MapView,
  events: MapEvents,
): MapAdapter {
  const { cameraDecimals, ...styleInputs } = inputs;
  container.dataset.ready = 'false';
  let current: MapView = initial;
  let painted: Record<string, FillState> = {};
  let paintedSelected: string | null = null;
  let paintedFocus: string | null = null;
  let paintedLang: Lang = initial.lang;
  let paintedNoData = noDataIds(initial.fills);
  let paintedLabelScale = initial.labelScale;
  let paintedFacilities: FeatureCollection | null = null;
  let paintedMarkers = true;
  let paintedCamera: Camera | null = initial.camera;
  let paintedEmphasis = initial.emphasis.join();
  const unitBounds = boundsById(inputs.provinces);
  let paintedRegionSet: string | null = null;
  let paintedRegionFills: Record<string, FillState> = {};
  let paintedRegionNoData: string[] = [];
  let paintedRegionSelected: string | null = null;
  let paintedRegionFocus: string | null = null;
  let hoveredRegion: string | null = null;
  // The region set whose polygons MapLibre holds in full (feedRegions has handed over the last part).
  let fedRegionSet: string | null = null;
  // True while the map moves because the state asked it to: such moves are not reported back.
  let moving = false;
  let hovered: string | null = null;
  let styleLoaded = false;
  let destroyed = false;

  const map = new MapLibreMap({
    container,
    style: buildStyle({ ...styleInputs, lang: initial.lang, noData: paintedNoData, labelScale: initial.labelScale, emphasis: initial.emphasis }),
    ...(initial.camera
      ? { center: [initial.camera.lon, initial.camera.lat] as [number, number], zoom: initial.camera.zoom }
      : { bounds: fitTarget(initial.emphasis, unitBounds), fitBoundsOptions: { padding: fitPadding(container, initial), maxZoom: FIT_MAX_ZOOM } }),
    maxBounds: [
      [40, -10],
      [170, 70],
    ],
    minZoom: 1.5,
    maxZoom: 9,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
    // Labels appear at once instead of fading in over 300 ms: a fade is a run of frames, and in
    // software rendering (no GPU, as on many school machines) each frame costs 50-300 ms.
    fadeDuration: 0,
    // CJK that our font file lacks (names from user files) falls back to a local CJK family.
    localIdeographFontFamily: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.touchZoomRotate.disableRotation();
  // Arrow keys move between provinces (handled by the page, see MapView); the canvas itself is
  // not a tab stop, the map region is.
  map.keyboard.disable();
  map.getCanvas().tabIndex = -1;

  const setState = (id: string, state: Record<string, unknown>) =>
    map.setFeatureState({ source: SOURCE.provinces, id }, state);

  // `data-painted` counts renders that finished after a change of colours, selection or labels,
  // so a test or screenshot tool can wait for the map to show the latest view.
  let paints = 0;
  const markPainted = () =>
    map.once('idle', () => {
      if (!destroyed) container.dataset.painted = String(++paints);
    });

  function apply(): void {
    if (!styleLoaded || destroyed) return;
    const changes = diffFills(painted, current.fills);
    const changed =
      changes.length > 0 ||
      paintedSelected !== current.selected ||
      paintedFocus !== current.focused ||
      paintedLang !== current.lang ||
      paintedLabelScale !== current.labelScale ||
      paintedEmphasis !== current.emphasis.join() ||
      paintedMarkers !== current.markers;
    for (const c of changes) setState(c.id, { fill: c.fill, noData: c.noData, dim: c.dim });
    painted = { ...current.fills };
    const noData = noDataIds(current.fills);
    if (noData.join() !== paintedNoData.join()) {
      map.setFilter(LAYER.hatch, hatchFilter(noData));
      paintedNoData = noData;
    }
    if (paintedFocus !== current.focused) {
      if (paintedFocus) setState(paintedFocus, { focus: false });
      if (current.focused) setState(current.focused, { focus: true });
      paintedFocus = current.focused;
    }
    if (paintedSelected !== current.selected) {
      if (paintedSelected) setState(paintedSelected, { selected: false });
      if (current.selected) setState(current.selected, { selected: true });
      paintedSelected = current.selected;
    }
    if (paintedLabelScale !== current.labelScale) {
      map.setLayoutProperty(LAYER.labels, 'text-size', labelSize(current.labelScale));
      map.setPaintProperty(LAYER.programmes, 'circle-translate', programmeOffset(current.labelScale));
      map.setPaintProperty(LAYER.programmeLetters, 'text-translate', programmeOffset(current.labelScale));
      paintedLabelScale = current.labelScale;
    }
    const emphasisChanged = paintedEmphasis !== current.emphasis.join();
    if (emphasisChanged) {
      map.setLayoutProperty(LAYER.labels, 'symbol-sort-key', labelSortKey(current.emphasis));
      paintedEmphasis = current.emphasis.join();
    }
    if (paintedLang !== current.lang) {
      map.setLayoutProperty(LAYER.labels, 'text-field', labelText(current.lang));
      paintedLang = current.lang;
    }
    if (paintedFacilities !== current.facilities) {
      // The style starts with no points: a first empty set needs no trip to the worker.
      const first = paintedFacilities === null && current.facilities.features.length === 0;
      paintedFacilities = current.facilities;
      if (first) container.dataset.points = '0';
      else void feedFacilities(current.facilities);
    }
    if (!sameCamera(paintedCamera, current.camera) || (emphasisChanged && current.camera === null)) {
      paintedCamera = current.camera;
      if (current.camera) {
        moving = true;
        map.jumpTo({ center: [current.camera.lon, current.camera.lat], zoom: current.camera.zoom });
        moving = false;
      } else fit();
    }
    if (paintedMarkers !== current.markers) {
      for (const l of MARKER_LAYERS) map.setLayoutProperty(l, 'visibility', current.markers ? 'visible' : 'none');
      paintedMarkers = current.markers;
    }
    if (applyRegions() || changed) markPainted();
  }

  const setRegionState = (key: string, state: Record<string, unknown>) => map.setFeatureState({ source: SOURCE.regions, id: key }, state);
  /** The shown set's polygons by region key, for the highlight source. */
  let regionByKey = new Map<string, FeatureCollection['features'][number]>();
  /**
   * Draws the focused, selected and hovered regions' outlines from their own small source (one
   * feature each, property `role`; the first role wins, as focus over selection over hover).
   */
  const drawRegionHighlight = () => {
    const roles: Array<[string | null, string]> = [[paintedRegionFocus, 'focus'], [paintedRegionSelected, 'selected'], [hoveredRegion, 'hover']];
    const seen = new Set<string>();
    const features: FeatureCollection['features'] = [];
    for (const [key, role] of roles) {
      const f = key === null || seen.has(key) ? undefined : regionByKey.get(key);
      if (!f || key === null) continue;
      seen.add(key);
      features.push({ type: 'Feature', properties: { key, role }, geometry: f.geometry });
    }
    void (map.getSource(SOURCE.regionHighlight) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  };

  /** Shows, recolours or removes the region set; true when anything visible changed. */
  function applyRegions(): boolean {
    const r = current.regions;
    let changed = false;
    if ((r?.id ?? null) !== paintedRegionSet) {
      changed = true;
      void feedRegions(r?.id ?? null, r ? r.polygons : EMPTY_COLLECTION);
      (map.getSource(SOURCE.regionLabels) as GeoJSONSource).setData(r ? r.labels : EMPTY_COLLECTION);
      map.removeFeatureState({ source: SOURCE.regions });
      regionByKey = new Map((r?.polygons.features ?? []).map((f) => [String(f.properties?.['key']), f]));
      paintedRegionFills = {};
      paintedRegionNoData = [];
      paintedRegionSelected = null;
      paintedRegionFocus = null;
      hoveredRegion = null;
      map.setFilter(LAYER.regionHatch, regionHatchFilter([]));
      for (const l of PROVINCE_FILL_LAYERS) map.setLayoutProperty(l, 'visibility', r ? 'none' : 'visible');
      const border = r ? PROVINCE_BORDER.regions : PROVINCE_BORDER.provinces;
      map.setPaintProperty(LAYER.outline, 'line-color', border.color);
      map.setPaintProperty(LAYER.outline, 'line-width', border.width);
      // Province names give way to region names as the user zooms in.
      map.setLayerZoomRange(LAYER.labels, 0, r ? r.labelMinZoom : 24);
      map.setLayerZoomRange(LAYER.regionLabels, r ? r.labelMinZoom : 24, 24);
      paintedRegionSet = r?.id ?? null;
      container.dataset.regions = r ? r.id : '';
      drawRegionHighlight();
      // A camera in the state wins (a link, a bundle, Back); without one the map fits what is shown,
      // as it does for provinces. Choosing a set clears the camera (main.tsx), so it is fitted.
      if (current.camera === null) fit();
    }
    if (!r) return changed;
    const changes = diffFills(paintedRegionFills, r.fills);
    for (const c of changes) setRegionState(c.id, { fill: c.fill, noData: c.noData, dim: c.dim });
    if (changes.length > 0) changed = true;
    paintedRegionFills = { ...r.fills };
    const noData = noDataIds(r.fills);
    if (noData.join() !== paintedRegionNoData.join()) {
      map.setFilter(LAYER.regionHatch, regionHatchFilter(noData));
      paintedRegionNoData = noData;
      changed = true;
    }
    if (paintedRegionFocus !== r.focused || paintedRegionSelected !== r.selected) {
      paintedRegionFocus = r.focused;
      paintedRegionSelected = r.selected;
      drawRegionHighlight();
      changed = true;
    }
    return changed;
  }

  /**
   * Hands the facility points to MapLibre's worker in parts of FEED_CHUNK: MapLibre copies each
   * setData or updateData payload in one main-thread task (about 4 µs a point on the benchmark
   * machine), so 50,000 points at once blocked the page for about 0.2 s. Each part waits for the
   * worker to take the previous one; a newer set of points stops an older feed. `data-painted`
   * moves on once the last part is drawn.
   */
  let feeds = 0;
  async function feedFacilities(points: FeatureCollection): Promise<void> {
    const mine = ++feeds;
    const source = map.getSource(SOURCE.facilities) as GeoJSONSource | undefined;
    if (!source) return;
    const part = (i: number) => points.features.slice(i, i + FEED_CHUNK);
    try {
      // Not in the task that produced the points (a large import has already spent that one).
      await nextTask();
      if (mine !== feeds || destroyed) return;
      await source.setData(points.features.length <= FEED_CHUNK ? points : { type: 'FeatureCollection', features: part(0) });
      for (let i = FEED_CHUNK; i < points.features.length; i += FEED_CHUNK) {
        if (mine !== feeds || destroyed) return;
        await source.updateData({ add: part(i) });
      }
    } catch (e) {
      // MapLibre also reports worker failures as 'error' events (onError); this is for the rest.
      if (mine === feeds && !destroyed) events.onError(e instanceof Error ? e.message : String(e));
      return;
    }
    if (mine !== feeds || destroyed) return;
    // What MapLibre holds now, for tests and embedding hosts: `data-points` on the container.
    const held = await source.getData();
    container.dataset.points = String(held.type === 'FeatureCollection' ? held.features.length : 1);
    markPainted();
  }

  /**
   * Hands a region set's polygons to MapLibre's worker in parts of about REGION_FEED_POSITIONS
   * positions. setData copies its whole payload to the worker in one task on the page's thread (for
   * 3,000 counties, 200,000 positions: 110–200 ms on the benchmark machine; a URL instead is
   * parsed in the worker, but MapLibre sends the parsed data back, and that copy took as long). The
   * region layers stay hidden while the parts go in, so MapLibre tiles the set once, when it is whole.
   * Each part waits for the worker to take the previous one; a newer set stops an older feed.
   * `data-painted` moves on, and `data-regions-drawn` may be written, once the last part is drawn.
   */
  let regionFeeds = 0;
  async function feedRegions(id: string | null, polygons: FeatureCollection): Promise<void> {
    const mine = ++regionFeeds;
    fedRegionSet = null;
    const source = map.getSource(SOURCE.regions) as GeoJSONSource | undefined;
    if (!source) return;
    const show = (visible: boolean) => {
      for (const l of REGION_SOURCE_LAYERS) map.setLayoutProperty(l, 'visibility', visible ? 'visible' : 'none');
    };
    const features = polygons.features;
    try {
      show(false);
      await source.setData(EMPTY_COLLECTION);
      for (let i = 0; i < features.length; ) {
        // Not in the task that produced the set (showing it has already spent that one).
        await nextTask();
        if (mine !== regionFeeds || destroyed) return;
        const part: FeatureCollection['features'] = [];
        // Reading each geometry here unpacks it (packRegions), a part at a time too.
        for (let positions = 0; i < features.length && positions < REGION_FEED_POSITIONS; i++) {
          const f = features[i]!;
          part.push({ type: 'Feature', properties: f.properties, geometry: f.geometry });
          positions += countPositions(f.geometry);
        }
        await source.updateData({ add: part });
      }
    } catch (e) {
      if (mine === regionFeeds && !destroyed) events.onError(e instanceof Error ? e.message : String(e));
      return;
    }
    if (mine !== regionFeeds || destroyed) return;
    fedRegionSet = id;
    show(true);
    markPainted();
  }

  /**
   * Fits the shown region set, else the emphasised units, else China, to the container as it is now
   * (no camera in the state).
   */
  function fit(): void {
    moving = true;
    const r = current.regions;
    if (r) map.fitBounds(r.bbox, { padding: fitPadding(container, current), maxZoom: 9, animate: false });
    else map.fitBounds(fitTarget(current.emphasis, unitBounds), { padding: fitPadding(container, current), maxZoom: FIT_MAX_ZOOM, animate: false });
    moving = false;
  }
  // A view without a camera fits its window: entering or leaving presentation, a phone turned, a
  // window resized. MapLibre itself keeps the centre and zoom on resize, which cut off the top.
  map.on('resize', () => {
    if (styleLoaded && !destroyed && current.camera === null) fit();
  });

  /**
   * For browser tests and screenshot tools: the province labels MapLibre placed (collided labels are
   * not placed), with their anchors in CSS px from the map's top-left, and the label size in px.
   */
  const writeLabels = () => {
    if (destroyed) return;
    const placed: Record<string, [number, number]> = {};
    for (const f of map.queryRenderedFeatures({ layers: [LAYER.labels] })) {
      const id = f.properties?.['id'];
      if (typeof id !== 'string' || f.geometry.type !== 'Point') continue;
      const p = map.project(f.geometry.coordinates as [number, number]);
      placed[id] = [Math.round(p.x), Math.round(p.y)];
    }
    container.dataset.labels = JSON.stringify(placed);
    // Region names placed now (0 below the zoom where they appear), for tests and screenshot tools.
    container.dataset.regionLabels = paintedRegionSet === null ? '0' : String(map.queryRenderedFeatures({ layers: [LAYER.regionLabels] }).length);
    container.dataset.labelPx = labelSizeAt(map.getZoom(), current.labelScale).toFixed(1);
    // The province names a drawn facility marker or cluster covers (MapLibre's own placed label
    // boxes within the marker's square), for tests: labels must win over markers when presenting.
    const covered = new Set<string>();
    for (const f of map.queryRenderedFeatures({ layers: [LAYER.clusters, LAYER.facilities] })) {
      if (f.geometry.type !== 'Point') continue;
      for (const id of labelsUnder(f.geometry.coordinates as [number, number], markerRadius(f.properties))) covered.add(id);
    }
    container.dataset.markerOverlaps = [...covered].sort().join(',');
  };
  /**
   * Labels win over markers while presenting (labels drawn larger): a facility cluster or marker
   * whose circle would cover a placed province name is left out, so every name reads from the back
   * row; the Gaps table still counts every facility. Read from the source's features, not the
   * drawn ones, so leaving a marker out does not change the next reading (no flicker).
   */
  let markersLeftOut = '';
  const keepLabelsClear = () => {
    if (destroyed || !styleLoaded) return;
    const clusters: number[] = [];
    const points: number[] = [];
    if (current.labelScale > 1 && current.markers) {
      for (const f of map.querySourceFeatures(SOURCE.facilities)) {
        if (f.geometry.type !== 'Point' || labelsUnder(f.geometry.coordinates as [number, number], markerRadius(f.properties)).length === 0) continue;
        const cluster = f.properties?.['cluster_id'];
        if (typeof cluster === 'number') clusters.push(cluster);
        else if (typeof f.id === 'number') points.push(f.id);
      }
    }
    const key = `${clusters.sort().join()}|${points.sort().join()}`;
    if (key === markersLeftOut) return;
    markersLeftOut = key;
    const isCluster: FilterSpecification = ['has', 'point_count'];
    const clusterFilter: FilterSpecification = ['all', isCluster, ['!', ['in', ['get', 'cluster_id'], ['literal', clusters]]]];
    const pointFilter: FilterSpecification = ['all', ['!', isCluster], ['!', ['in', ['id'], ['literal', points]]]];
    map.setFilter(LAYER.clusters, clusterFilter);
    map.setFilter(LAYER.clusterCount, clusterFilter);
    map.setFilter(LAYER.facilities, pointFilter);
    map.setFilter(LAYER.facilityLetters, pointFilter);
  };
  map.on('idle', keepLabelsClear);
  /** Ids of the province labels whose placed box meets the square around a marker at [lon, lat] of `r` CSS px. */
  const labelsUnder = (lonLat: [number, number], r: number): string[] => {
    const p = map.project(lonLat);
    return map
      .queryRenderedFeatures([[p.x - r, p.y - r], [p.x + r, p.y + r]], { layers: [LAYER.labels] })
      .map((l) => l.properties?.['id'])
      .filter((id): id is string => typeof id === 'string');
  };
  map.on('idle', writeLabels);

  /**
   * For the benchmark, tests and screenshot tools: `data-regions-drawn` names the region set once the
   * map has gone idle with its polygons loaded (MapLibre's worker has tiled them and the frame is
   * drawn), and `data-region-colours` says how many of its regions that frame drew in a class
   * colour (not hatched as no data). Cleared while provinces are shown.
   */
  const writeRegionsDrawn = () => {
    if (destroyed || !styleLoaded) return;
    if (paintedRegionSet === null) {
      delete container.dataset.regionsDrawn;
      delete container.dataset.regionColours;
      return;
    }
    if (fedRegionSet !== paintedRegionSet || !map.isSourceLoaded(SOURCE.regions)) return;
    let coloured = 0;
    for (const k in paintedRegionFills) if (!paintedRegionFills[k]!.noData) coloured++;
    container.dataset.regionsDrawn = paintedRegionSet;
    container.dataset.regionColours = String(coloured);
  };
  map.on('idle', writeRegionsDrawn);

  /**
   * Ctrl+P: a WebGL canvas prints blank (its drawing buffer is not kept between frames, by design:
   * keeping it costs every frame). Just before printing, draw one frame synchronously and copy it,
   * in the same task, into a 2D canvas, which prints; the print stylesheet shows that instead.
   * `beforeprint` covers the browser's print; the media query covers tools that switch to print
   * media first (and print to PDF).
   */
  const printCopy = document.createElement('canvas');
  printCopy.className = 'print-map';
  printCopy.setAttribute('aria-hidden', 'true');
  container.append(printCopy);
  const copyForPrint = () => {
    if (!styleLoaded || destroyed) return;
    map.redraw();
    const frame = map.getCanvas();
    printCopy.width = frame.width;
    printCopy.height = frame.height;
    printCopy.getContext('2d')?.drawImage(frame, 0, 0);
  };
  const printMedia = matchMedia('print');
  const onPrintMedia = (e: MediaQueryListEvent) => e.matches && copyForPrint();
  addEventListener('beforeprint', copyForPrint);
  printMedia.addEventListener('change', onPrintMedia);

  // First colours at style.load, not load: colouring at load costs a second full render.
  map.on('style.load', () => {
    map.addImage(HATCH_IMAGE, buildHatchImage(), { pixelRatio: 1 });
    styleLoaded = true;
    apply();
    map.once('idle', () => {
      if (destroyed) return;
      writeCamera();
      container.dataset.ready = 'true';
    });
  });

  const unitAt = (e: MapMouseEvent): string | null => {
    const f: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(e.point, { layers: [LAYER.fill] })[0];
    const id = f?.properties?.['id'];
    return typeof id === 'string' ? id : null;
  };
  const setHover = (id: string | null) => {
    if (id === hovered) return;
    if (hovered) setState(hovered, { hover: false });
    if (id) setState(id, { hover: true });
    hovered = id;
  };
  const regionAt = (e: MapMouseEvent): string | null => {
    const f: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(e.point, { layers: [LAYER.regionFill] })[0];
    const key = f?.properties?.['key'];
    return typeof key === 'string' ? key : null;
  };
  const setRegionHover = (key: string | null) => {
    if (key === hoveredRegion) return;
    hoveredRegion = key;
    drawRegionHighlight();
  };
  map.on('mousemove', (e) => {
    if (!styleLoaded) return;
    const onMarker = map.queryRenderedFeatures(e.point, { layers: [LAYER.programmes, LAYER.facilities, LAYER.clusters] }).length > 0;
    if (paintedRegionSet !== null) {
      const key = onMarker ? null : regionAt(e);
      setRegionHover(key);
      map.getCanvas().style.cursor = key || onMarker ? 'pointer' : '';
      events.onRegionHover(key, e.point.x, e.point.y);
      return;
    }
    const id = onMarker ? null : unitAt(e);
    setHover(id);
    map.getCanvas().style.cursor = id || onMarker ? 'pointer' : '';
    events.onHover(id, e.point.x, e.point.y);
  });
  map.on('mouseout', () => {
    if (!styleLoaded) return;
    setHover(null);
    setRegionHover(null);
    events.onHover(null, 0, 0);
    events.onRegionHover(null, 0, 0);
  });
  map.on('click', (e) => {
    if (!styleLoaded) return;
    const hit = map.queryRenderedFeatures(e.point, { layers: [LAYER.programmes, LAYER.facilities, LAYER.clusters] })[0];
    if (hit) {
      const props = hit.properties ?? {};
      if (hit.layer.id === LAYER.clusters) {
        // A cluster opens up: zoom to where its points separate.
        const source = map.getSource(SOURCE.facilities) as GeoJSONSource;
        void source.getClusterExpansionZoom(Number(props['cluster_id'])).then((zoom) => {
          if (hit.geometry.type === 'Point') map.easeTo({ center: hit.geometry.coordinates as [number, number], zoom });
        });
      } else {
        events.onMarker({ kind: hit.layer.id === LAYER.programmes ? 'programme' : 'facility', id: String(props['id']), x: e.point.x, y: e.point.y });
      }
      return;
    }
    events.onMarker(null);
    if (paintedRegionSet !== null) {
      const key = regionAt(e);
      events.onRegionClick(key);
      events.onRegionHover(key, e.point.x, e.point.y);
      return;
    }
    const id = unitAt(e);
    events.onClick(id);
    // A tap has no hover: show the tooltip for the tapped unit too.
    events.onHover(id, e.point.x, e.point.y);
  });
  map.on('error', (e) => events.onError(e.error?.message ?? String(e)));
  // The camera as plain text on the element ("lon,lat,zoom", degrees; 512-px tiles), so that
  // screenshot tools and browser tests can project a place to a pixel without reaching into MapLibre.
  const writeCamera = () => {
    const c = map.getCenter();
    container.dataset.camera = `${c.lng.toFixed(6)},${c.lat.toFixed(6)},${map.getZoom().toFixed(6)}`;
  };
  map.on('moveend', () => {
    writeCamera();
    if (moving || destroyed) return;
    const c = map.getCenter();
    const camera = roundCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom() }, cameraDecimals);
    if (sameCamera(camera, paintedCamera)) return;
    paintedCamera = camera;
    events.onCamera(camera);
  });
  writeCamera();

  return {
    update(view) {
      current = view;
      apply();
    },
    exportImage: (size) => renderOffscreen(map, current, size),
    destroy() {
      destroyed = true;
      removeEventListener('beforeprint', copyForPrint);
      printMedia.removeEventListener('change', onPrintMedia);
      map.remove();
    },
  };
}

async function renderOffscreen(
  live: MapLibreMap,
  view: MapView,
  { width, height, pixelRatio }: { width: number; height: number; pixelRatio: number },
): Promise<HTMLCanvasElement> {
  const holder = document.createElement('div');
  // Laid out but off screen: MapLibre needs a sized container.
  holder.style.cssText = `position:fixed;left:-${width + 100}px;top:0;width:${width}px;height:${height}px;`;
  holder.setAttribute('aria-hidden', 'true');
  document.body.append(holder);
  const bounds = live.getBounds();
  const map = new MapLibreMap({
    container: holder,
    style: live.getStyle(),
    bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('style.load', () => {
        map.addImage(HATCH_IMAGE, buildHatchImage(), { pixelRatio: 1 });
        for (const [id, f] of Object.entries(view.fills)) {
          map.setFeatureState({ source: SOURCE.provinces, id }, { fill: f.fill, noData: f.noData, selected: id === view.selected });
        }
        for (const [key, f] of Object.entries(view.regions?.fills ?? {})) {
          map.setFeatureState({ source: SOURCE.regions, id: key }, { fill: f.fill, noData: f.noData, selected: key === view.regions?.selected });
        }
        map.once('idle', () => resolve());
      });
      map.once('error', (e) => reject(e.error ?? new Error('export failed')));
    });
    const out = document.createElement('canvas');
    out.width = Math.round(width * pixelRatio);
    out.height = Math.round(height * pixelRatio);
    out.getContext('2d')?.drawImage(map.getCanvas(), 0, 0, out.width, out.height);
    return out;
  } finally {
    map.remove();
    holder.remove();
  }
}
