/**
 * The time-to-ready baseline: the same geometry, basemap and labels as the app, drawn with bare
 * MapLibre and one fixed fill colour, no UI and no data. Built by tests/bench/build.ts into
 * <out>/bench-baseline/ and served by the same server as the app, so ../geo and ../fonts are the
 * app's own files. Sets `data-ready="true"` on the first `idle`, like the app's contract.
 *
 * `?w=…&h=…` (CSS px) sizes the map like the app's map, so both render the same number of pixels
 * (software GL cost grows with the canvas).
 */
import type { FeatureCollection } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './baseline.css';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

// The same worker-url trick as src/map/createMapAdapter.ts: bundling moves the worker.
setWorkerUrl(workerUrl);

const FONT = 'Baseline Labels';

async function get<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, document.baseURI));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function collection(topology: Topology, name: string): FeatureCollection {
  const o = topology.objects[name];
  if (!o) throw new Error(`TopoJSON has no object "${name}"`);
  const f = feature(topology, o);
  return f.type === 'FeatureCollection' ? f : { type: 'FeatureCollection', features: [f] };
}

async function start(container: HTMLElement): Promise<void> {
  container.dataset.ready = 'false';
  const q = new URLSearchParams(location.search);
  const w = Number(q.get('w'));
  const h = Number(q.get('h'));
  if (w > 0 && h > 0) Object.assign(container.style, { width: `${w}px`, height: `${h}px` });

  const [provinces, basemap, labels] = await Promise.all([
    get<Topology>('../geo/provinces.json'),
    get<Topology>('../geo/basemap.json'),
    get<FeatureCollection>('../geo/labels.json'),
  ]);
  const style: StyleSpecification = {
    version: 8,
    sources: {
      land: { type: 'geojson', data: collection(basemap, 'land') },
      countries: { type: 'geojson', data: collection(basemap, 'countries') },
      provinces: { type: 'geojson', data: collection(provinces, 'provinces') },
      labels: { type: 'geojson', data: labels },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dce8f0' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f3f1ec' } },
      { id: 'countries', type: 'line', source: 'countries', paint: { 'line-color': '#b9b4aa', 'line-width': 0.8 } },
      { id: 'provinces', type: 'fill', source: 'provinces', paint: { 'fill-color': '#6baed6' } },
      { id: 'outline', type: 'line', source: 'provinces', paint: { 'line-color': '#ffffff', 'line-width': 0.8 } },
      // The app's labels: both names, English first, from the same subset font file.
      {
        id: 'labels',
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': ['format', ['get', 'en'], {}, '\n', {}, ['get', 'zh'], { 'font-scale': 0.85 }],
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 6, 14],
          'text-line-height': 1.1,
          'text-max-width': 12,
          'text-padding': 1,
        },
        paint: { 'text-color': '#222222', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.2 },
      },
    ],
    'font-faces': { [FONT]: new URL('../fonts/labels.woff2', document.baseURI).href },
  };
  const map = new MapLibreMap({
    container,
    style,
    // The app's camera: China's bounds (src/map/createMapAdapter.ts CHINA_BOUNDS) with 16 px padding.
    bounds: [73, 17, 136, 54],
    fitBoundsOptions: { padding: 16 },
    renderWorldCopies: false,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
  });
  map.once('idle', () => {
    container.dataset.ready = 'true';
    listenForRegions(map, container);
  });
}

/**
 * The region benchmark's baseline (tests/bench/regionsBench.ts): a file chosen in `#regions-file`
 * is read, parsed and handed to one GeoJSON source with a data-driven fill, as bare MapLibre would
 * draw a planner's boundaries; the camera fits them, as the app's does. `data-regions="ready"` and
 * `window.__regions` (page ms: chosen, parsed, first idle) once the map has gone idle with them.
 */
function listenForRegions(map: MapLibreMap, container: HTMLElement): void {
  const input = Object.assign(document.createElement('input'), { type: 'file', id: 'regions-file' });
  input.style.position = 'absolute';
  input.style.left = '-9999px';
  document.body.append(input);
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const chosen = performance.now();
    performance.mark('bench-regions-chosen');
    const data = JSON.parse(await file.text()) as FeatureCollection;
    const parsed = performance.now();
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of data.features) {
      if (f.geometry.type !== 'Polygon') continue;
      for (const [x, y] of f.geometry.coordinates[0] ?? []) {
        if ((x as number) < w) w = x as number;
        if ((x as number) > e) e = x as number;
        if ((y as number) < s) s = y as number;
        if ((y as number) > n) n = y as number;
      }
    }
    map.fitBounds([w, s, e, n], { padding: 16, animate: false });
    map.addSource('regions', { type: 'geojson', data });
    map.addLayer({
      id: 'regions',
      type: 'fill',
      source: 'regions',
      paint: { 'fill-color': ['interpolate', ['linear'], ['get', 'pop'], 1000, '#ffffb2', 2000, '#fd8d3c', 4000, '#bd0026'], 'fill-outline-color': '#ffffff' },
    });
    map.once('idle', () => {
      (window as unknown as { __regions: unknown }).__regions = { chosen, parsed, idle: performance.now() };
      container.dataset.regions = 'ready';
    });
  });
}

void start(document.getElementById('map') as HTMLElement);
