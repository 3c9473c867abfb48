/**
 * The region benchmark (#15 "Size and speed"): 3,000 seeded Voronoi regions as a GeoJSON of about
 * 10 MB, drawn by bare MapLibre (one GeoJSON source, a data-driven fill, to the first idle) and
 * imported by the app (file chosen → report → Apply → the set drawn and coloured on the map), both in the same run and the
 * same browser; the longest task of the app's own work (GPU waits split off, traceTasks.ts); the
 * pure recolouring of a changed indicator (buildRegionView, in Node); and a reload of the stored
 * set against the first import. `BENCH_ONLY=regions npm run bench` runs only this.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CATALOGUE } from '../../src/data/catalogue';
import type { Indicator } from '../../src/data/indicator';
import { parseRegions } from '../../src/regions/parseRegions';
import type { RegionIndicator } from '../../src/regions/regionCensus';
import { regionKey, type RegionSet } from '../../src/regions/regionSet';
import { voronoiCounties } from '../../src/regions/voronoiCounties.fixture';
import { DEFAULT_STATE } from '../../src/state/appState';
import { buildRegionView } from '../../src/view/buildRegionView';
import { openInstrumented } from './browserBench';
import { summarise, timeRuns, type Summary } from './stats';
import { TASK_CATEGORIES, tasksFromTrace, type TracedTask, type TraceEvent } from './traceTasks';

export const REGION_COUNT = 3000;
/** Positions added along each Voronoi edge: 14 makes the 3,000 cells about 10 MB of GeoJSON. */
const WIGGLE = 14;
const SEED = 15;
/** Anhui's extent and beyond, [west, south, east, north] degrees: counties' codes say Anhui (34). */
const BBOX: [number, number, number, number] = [113, 29, 121, 35];

export interface RegionsFile {
  path: string;
  bytes: number;
  regions: number;
  positions: number;
  generateMs: number;
  json: unknown;
}

/** Writes the seeded file once, where the benchmark's server serves it too. */
export function writeRegionsFile(dir: string): RegionsFile {
  const t0 = performance.now();
  const json = voronoiCounties(REGION_COUNT, SEED, { wiggle: WIGGLE, bbox: BBOX });
  const text = JSON.stringify(json);
  const path = join(dir, 'regions-3000.geojson');
  writeFileSync(path, text);
  const positions = json.features.reduce((n, f) => n + (f.geometry.coordinates[0]?.length ?? 0), 0);
  return { path, bytes: statSync(path).size, regions: json.features.length, positions, generateMs: performance.now() - t0, json };
}

export interface TaskSplitMs {
  atMs: number;
  ms: number;
  glWaitMs: number;
  ownMs: number;
}

const split = (t: TracedTask, markTs: number): TaskSplitMs => ({
  atMs: Math.round(t.start - markTs),
  ms: Math.round(t.ms),
  glWaitMs: Math.round(t.glWaitMs),
  ownMs: Math.round(t.ownMs),
});

function tasksAfter(events: TraceEvent[], mark: string): TaskSplitMs[] | null {
  const traced = tasksFromTrace(events, mark);
  return traced ? traced.tasks.map((t) => split(t, traced.markTs)) : null;
}

async function traced<T>(browser: Browser, page: Page, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  await browser.startTracing(page, { categories: TASK_CATEGORIES });
  const result = await run();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  return { result, events: trace.traceEvents };
}

export interface BaselineRegions {
  /** File chosen → parsed by JSON.parse (page ms). */
  parseMs: number;
  /** File chosen → the map's first idle with the regions drawn. */
  totalMs: number;
  tasks: TaskSplitMs[] | null;
}

/** Bare MapLibre (tests/bench/baseline, `#regions-file`): the same file into one GeoJSON source with a data-driven fill. */
export async function measureBaselineRegions(browser: Browser, baselineUrl: string, file: string): Promise<BaselineRegions> {
  const { page, context } = await openInstrumented(browser, baselineUrl);
  try {
    const { result, events } = await traced(browser, page, async () => {
      await page.setInputFiles('#regions-file', file);
      await page.waitForSelector('#map[data-regions="ready"]', { timeout: 300_000 });
      return page.evaluate(() => (window as unknown as { __regions: { chosen: number; parsed: number; idle: number } }).__regions);
    });
    return { parseMs: result.parsed - result.chosen, totalMs: result.idle - result.chosen, tasks: tasksAfter(events, 'bench-regions-chosen') };
  } finally {
    await context.close();
  }
}

interface RegionTimes {
  chosen: number | null;
  report: number | null;
  click: number | null;
  kept: number | null;
  coloured: number | null;
}

export interface AppRegions {
  /** File chosen → the report shown (read, parse, check and simplify in the worker, report drawn). */
  reportMs: number;
  /** Apply clicked → the set kept (stored, listed) and chosen (`rs=` in the address). */
  applyMs: number;
  /** Apply clicked → the map idle with the set's polygons loaded and coloured (`#map[data-regions-drawn]`, `data-region-colours` > 0). */
  colouredMs: number;
  /** reportMs + colouredMs: the app's own time from drop to the coloured map, without the user's pause before Apply. */
  totalMs: number;
  tasks: TaskSplitMs[] | null;
  /** The report's numbers. */
  setId: string;
  vertices: number;
  verticesBefore: number;
  /**
   * Reloads in the same context with the set stored: the page without `rs=` (navigation →
   * `data-ready`), and with `rs=` (navigation → `data-ready`, navigation → the set coloured).
   */
  reload: { plainReadyMs: number; readyMs: number; colouredMs: number; tasks: TaskSplitMs[] | null };
  errors: string[];
}

const APPLY = 'Keep and show these regions';

/** The app: region file chosen in Your data → report → Apply → set drawn and coloured; then reloads with the set stored. */
export async function measureAppRegions(browser: Browser, baseUrl: string, file: string): Promise<AppRegions> {
  const { page, context, errors } = await openInstrumented(browser, `${baseUrl}?tab=data`);
  try {
    await page.evaluate(() => {
      // The map went idle with a region set loaded and some of its regions in a class colour (createMapAdapter).
      const colouredNow = (map: HTMLElement) => (map.dataset.regionsDrawn ?? '').startsWith('r-') && Number(map.dataset.regionColours ?? '0') > 0;
      const t: RegionTimes = { chosen: null, report: null, click: null, kept: null, coloured: null };
      (window as unknown as { __reg: RegionTimes }).__reg = t;
      const map = document.getElementById('map') as HTMLElement;
      addEventListener(
        'change',
        (e) => {
          if ((e.target as Element).matches?.('.region-dropzone input[type=file]') && t.chosen === null) {
            t.chosen = performance.now();
            performance.mark('bench-regions-chosen');
          }
        },
        true,
      );
      addEventListener(
        'click',
        (e) => {
          const b = (e.target as Element).closest?.('button');
          if (b && b.textContent?.includes('Keep and show these regions') && t.click === null) {
            t.click = performance.now();
          }
        },
        true,
      );
      new MutationObserver(() => {
        const now = performance.now();
        if (t.report === null && document.querySelector('.region-review[data-region-report^="r-"]')) t.report = now;
        if (t.click !== null && t.kept === null && location.search.includes('rs=') && document.querySelector('.region-sets li')) t.kept = now;
        if (t.click !== null && t.coloured === null && colouredNow(map)) t.coloured = now;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const { events, result: numbers } = await traced(browser, page, async () => {
      await page.setInputFiles('.region-dropzone input[type=file]', file);
      const review = page.locator('.region-review[data-region-report^="r-"]');
      await review.waitFor({ timeout: 300_000 });
      const vertices = review.locator('[data-vertices]');
      const got = {
        setId: (await review.getAttribute('data-region-report')) as string,
        vertices: Number(await vertices.getAttribute('data-vertices')),
        verticesBefore: Number(await vertices.getAttribute('data-vertices-before')),
      };
      await page.getByRole('button', { name: APPLY }).click();
      await page.waitForFunction(() => (window as unknown as { __reg: RegionTimes }).__reg.coloured !== null, null, { timeout: 300_000, polling: 100 });
      return got;
    });
    const t = await page.evaluate(() => (window as unknown as { __reg: RegionTimes }).__reg);
    const n = (x: number | null) => x as number;

    // Reloads with the set stored: without `rs=` (what the kept set costs every page load), then
    // with it (the page opens on the set from IndexedDB).
    await page.goto(`${baseUrl}?tab=data`);
    await page.waitForSelector('#map[data-ready="true"]', { timeout: 60_000 });
    const plainReadyMs = await page.evaluate(() => (window as unknown as { __bench: { readyAt: number } }).__bench.readyAt);
    await context.addInitScript(() => {
      const colouredNow = (map: HTMLElement) => (map.dataset.regionsDrawn ?? '').startsWith('r-') && Number(map.dataset.regionColours ?? '0') > 0;
      const w = window as unknown as { __reload: { coloured: number | null } };
      w.__reload = { coloured: null };
      performance.mark('bench-reload');
      new MutationObserver(() => {
        const map = document.getElementById('map');
        if (map && w.__reload.coloured === null && colouredNow(map)) w.__reload.coloured = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-regions-drawn', 'data-region-colours'] });
    });
    const reloaded = await traced(browser, page, async () => {
      await page.goto(`${baseUrl}?tab=data&rs=${numbers.setId}`);
      await page.waitForSelector('#map[data-ready="true"]', { timeout: 60_000 });
      await page.waitForFunction(() => (window as unknown as { __reload: { coloured: number | null } }).__reload.coloured !== null, null, { timeout: 60_000, polling: 100 });
      return page.evaluate(() => ({
        readyMs: (window as unknown as { __bench: { readyAt: number } }).__bench.readyAt,
        colouredMs: (window as unknown as { __reload: { coloured: number } }).__reload.coloured,
      }));
    });
    return {
      reportMs: n(t.report) - n(t.chosen),
      applyMs: n(t.kept) - n(t.click),
      colouredMs: n(t.coloured) - n(t.click),
      totalMs: n(t.report) - n(t.chosen) + (n(t.coloured) - n(t.click)),
      tasks: tasksAfter(events, 'bench-regions-chosen'),
      ...numbers,
      reload: { plainReadyMs, ...reloaded.result, tasks: tasksAfter(reloaded.events, 'bench-reload') },
      errors,
    };
  } finally {
    await context.close();
  }
}

export interface RecolourTiming {
  regions: number;
  /** buildRegionView for the other of two indicators on the same set, ms. */
  recolour: Summary;
}

/**
 * Recolouring a changed indicator, as far as it is our work: the pure region view (classify,
 * fills, legend, rows) for 3,000 regions, in Node (V8, as in Chromium). The map then applies the
 * fills by feature-state, which MapLibre does without re-tiling (RECIPE: ≈ 25 ms click → idle).
 */
export function timeRegionRecolour(json: unknown, runs = 21): RecolourTiming {
  const parsed = parseRegions(json);
  const set: RegionSet = {
    id: 'r-bench',
    fileName: 'regions-3000.geojson',
    importedAt: '2026-12-02T00:00:00.000Z',
    codeField: parsed.codeField,
    codeKind: parsed.codeKind,
    nameField: parsed.nameField,
    regions: parsed.regions,
    vertices: parsed.vertices,
    verticesBefore: parsed.vertices,
  };
  const base = CATALOGUE.find((i) => i.id === 'children') as Indicator;
  const indicator = (id: string, f: (i: number) => number): RegionIndicator => ({
    indicator: { ...base, id, years: [2020] },
    values: new Map([[2020, new Map(set.regions.map((r, i) => [regionKey(r), f(i)]))]]),
    sources: { 2020: [] },
  });
  const layer = {
    set,
    indicators: [indicator('county:a', (i) => 1000 + ((i * 7919) % 9973)), indicator('county:b', (i) => (i % 17) * 100 + 3)],
    census: null,
    censusPending: false,
  };
  let which = 0;
  const times = timeRuns(
    () => buildRegionView({ ...DEFAULT_STATE, regionSet: set.id, indicator: (which++ % 2 === 0 ? 'county:a' : 'county:b') }, layer, {}),
    runs,
    3,
  );
  return { regions: set.regions.length, recolour: summarise(times) };
}
