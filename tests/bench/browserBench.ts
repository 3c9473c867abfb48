/**
 * Measurements in headless Chromium (Debian's, with the browser tests' launch flags): transfer
 * size of the first view, time to ready against the baseline page, interaction latency, and the
 * 50,000-facility import. Times are taken inside the page with performance.now(), so Playwright's
 * polling does not add to them.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { waitReady } from '../e2e/browser';
import { gzipSize } from './build';
import { median, summarise, type Summary } from './stats';
import { TASK_CATEGORIES, tasksFromTrace, type TracedTask, type TraceEvent } from './traceTasks';

/** The viewport of the browser tests' openPage (tests/e2e/browser.ts). */
const VIEWPORT = { width: 1280, height: 800 };
const NOISE = /GPU stall due to ReadPixels/;

interface BenchWindow {
  __bench: { readyAt: number | null; longtasks: Array<{ start: number; duration: number }> };
}

/** Installed before any page script: the moment `#map` turns ready, and every long task. */
function instrument(): void {
  const w = window as unknown as BenchWindow;
  w.__bench = { readyAt: null, longtasks: [] };
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as HTMLElement;
      if (el.id === 'map' && el.dataset.ready === 'true' && w.__bench.readyAt === null) w.__bench.readyAt = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the facilities report says so.
  }
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

/** A fresh context (empty cache), instrumented, navigated, and waited until `data-ready`. */
export async function openInstrumented(browser: Browser, url: string, onPage?: (page: Page) => void): Promise<Opened> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !NOISE.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  onPage?.(page);
  await page.goto(url);
  await waitReady(page);
  return { page, context, errors };
}

const readyAt = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__bench.readyAt as number);

// ─── Transfer size ────────────────────────────────────────────────────────────────────────────

export type Category = 'maplibre-gl' | 'our code' | 'geometry' | 'font' | 'other';

export interface TransferEntry {
  path: string;
  category: Category;
  /** Decoded body bytes. */
  bytes: number;
  /** Our own gzip (level 9) of the body. */
  gzip: number;
  /** What the budget counts: the smaller of gzip and the body (woff2 is compressed already and is served as is). */
  counted: number;
  /** Body bytes on the wire as served by vite preview (its own compression, where it applied). */
  wire: number;
  encoding: string | null;
}

export function categorise(path: string): Category {
  const file = path.split('/').at(-1) ?? '';
  if (/^assets\/maplibre-/.test(path.replace(/^\//, '')) || file.startsWith('maplibre-gl-worker-')) return 'maplibre-gl';
  if (/(^|\/)geo\/[^/]+\.json$/.test(path)) return 'geometry';
  if (/(^|\/)fonts\//.test(path)) return 'font';
  if (/(^|\/)assets\/[^/]+\.(js|mjs|css)$/.test(path) || path === '/' || path.endsWith('/index.html')) return 'our code';
  return 'other';
}

/** Every response of the first view, from navigation until `data-ready`, with the map's size. */
export async function measureTransfer(browser: Browser, baseUrl: string) {
  const responses: Array<import('playwright-core').Response> = [];
  let recording = true;
  const { page, context, errors } = await openInstrumented(browser, baseUrl, (p) =>
    p.on('response', (r) => {
      if (recording) responses.push(r);
    }),
  );
  recording = false;
  // Only what the first view needed: requests the page started after `data-ready` (the parts it
  // prefetches in idle time, main.tsx) arrive while Playwright notices the ready state.
  const late = new Set(
    await page.evaluate(() => {
      const ready = (window as unknown as BenchWindow).__bench.readyAt ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime > ready)
        .map((e) => e.name);
    }),
  );
  const origin = new URL(baseUrl).origin;
  const entries: TransferEntry[] = [];
  const outside: string[] = [];
  for (const r of responses) {
    if (late.has(r.url())) continue;
    const url = new URL(r.url());
    if (url.protocol === 'data:') continue;
    if (url.origin !== origin) {
      outside.push(r.url());
      continue;
    }
    const body = await r.body().catch(() => Buffer.alloc(0));
    const sizes = await r.request().sizes().catch(() => ({ responseBodySize: NaN }));
    entries.push({
      path: url.pathname,
      category: categorise(url.pathname),
      bytes: body.length,
      gzip: gzipSize(body),
      counted: Math.min(gzipSize(body), body.length),
      wire: sizes.responseBodySize,
      encoding: (await r.allHeaders())['content-encoding'] ?? null,
    });
  }
  const mapBox = await page.$eval('#map', (el) => {
    const r = el.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
  await context.close();
  return { entries, outside, mapBox, errors };
}

// ─── Time to ready ────────────────────────────────────────────────────────────────────────────

export interface ReadyResult {
  runs: number;
  app: number[];
  baseline: number[];
  appSummary: Summary;
  baselineSummary: Summary;
  ratio: number;
  errors: string[];
}

/**
 * Navigation → `data-ready`, app and baseline interleaved (ABBA order, so neither always goes
 * first), each in a fresh context, after one untimed warm-up of each.
 */
export async function measureReady(browser: Browser, appUrl: string, baselineUrl: string, runs: number): Promise<ReadyResult> {
  const errors: string[] = [];
  const once = async (url: string) => {
    const o = await openInstrumented(browser, url);
    const t = await readyAt(o.page);
    errors.push(...o.errors.map((e) => `${url}: ${e}`));
    await o.context.close();
    return t;
  };
  await once(appUrl);
  await once(baselineUrl);
  const app: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      app.push(await once(appUrl));
      baseline.push(await once(baselineUrl));
    } else {
      baseline.push(await once(baselineUrl));
      app.push(await once(appUrl));
    }
  }
  return { runs, app, baseline, appSummary: summarise(app), baselineSummary: summarise(baseline), ratio: median(app) / median(baseline), errors };
}

// ─── Interaction ──────────────────────────────────────────────────────────────────────────────

interface TimedWindow {
  __t: { start: number | null; end: number | null };
}

/**
 * One change: from the event the app handles (click, or the select's change) to the map's
 * `data-painted` counter moving on, i.e. the first idle after the new colours were drawn.
 */
async function timeChange(page: Page, act: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as TimedWindow;
    const map = document.getElementById('map') as HTMLElement;
    const before = Number(map.dataset.painted ?? '0');
    const t = (w.__t = { start: null as number | null, end: null as number | null });
    const onEvent = () => {
      if (t.start === null) t.start = performance.now();
    };
    for (const type of ['click', 'change'] as const) addEventListener(type, onEvent, { capture: true, once: true });
    const mo = new MutationObserver(() => {
      if (t.start !== null && Number(map.dataset.painted ?? '0') > before) {
        t.end = performance.now();
        mo.disconnect();
      }
    });
    mo.observe(map, { attributes: true, attributeFilter: ['data-painted'] });
  });
  await act();
  await page.waitForFunction(() => (window as unknown as TimedWindow).__t.end !== null, null, { timeout: 20_000 });
  const ms = await page.evaluate(() => {
    const t = (window as unknown as TimedWindow).__t;
    return (t.end as number) - (t.start as number);
  });
  await page.waitForTimeout(150);
  return ms;
}

export interface InteractionResult {
  indicator: number[];
  method: number[];
  year: number[];
  summary: Record<'indicator' | 'method' | 'year', Summary>;
  indicatorPair: [string, string];
  errors: string[];
}

/** On `?i=children` (two years, a choice of methods): `changes` changes of each kind, alternating. */
export async function measureInteraction(browser: Browser, baseUrl: string, changes: number): Promise<InteractionResult> {
  const { page, context, errors } = await openInstrumented(browser, `${baseUrl}?i=children`);
  const values = await page.locator('#indicator-select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const other = values.find((v) => v !== 'children') as string;
  const indicator: number[] = [];
  const method: number[] = [];
  const year: number[] = [];
  for (let i = 0; i < changes; i++) {
    const to = i % 2 === 0 ? other : 'children';
    indicator.push(await timeChange(page, () => page.selectOption('#indicator-select', to)));
  }
  if (changes % 2 === 1) await timeChange(page, () => page.selectOption('#indicator-select', 'children'));
  for (let i = 0; i < changes; i++) {
    const m = i % 2 === 0 ? 'equal' : 'quantile';
    method.push(await timeChange(page, () => page.locator(`.segmented [data-method="${m}"]`).click()));
  }
  for (let i = 0; i < changes; i++) {
    const y = i % 2 === 0 ? 2010 : 2020;
    year.push(await timeChange(page, () => page.locator(`#year-${y}`).click()));
  }
  await context.close();
  return {
    indicator,
    method,
    year,
    summary: { indicator: summarise(indicator), method: summarise(method), year: summarise(year) },
    indicatorPair: ['children', other],
    errors,
  };
}

// ─── Facilities ───────────────────────────────────────────────────────────────────────────────

interface FacilityWindow {
  __fac: { fileChange: number | null; preview: number | null; click: number | null; gaps: number | null; painted: number | null };
}

export interface Phase {
  name: string;
  start: number;
  end: number;
  ms: number;
  longestTask: number;
  longTasks: number;
}

export interface TaskSplit {
  /** ms after the file was chosen (or after navigation, for a page load). */
  at: number;
  ms: number;
  glWaitMs: number;
  ownMs: number;
  /** 1-based phase, 0 when before the first. */
  phase: number;
}

export interface FacilitiesResult {
  count: number;
  /** File chosen → gap table shown and markers drawn, including the click on "Add facilities" (a few ms when the page is idle). */
  totalMs: number;
  phases: Phase[];
  longestTask: { start: number; duration: number; phase: string } | null;
  /** Every task of 50 ms or more from the file chosen on: start (ms after the file was chosen), duration, phase number (1-based). */
  longTasks: Array<{ at: number; ms: number; phase: number }>;
  longTaskSupported: boolean;
  /** Whether the trace held the page's mark (if not, the traced figures are empty). */
  traceFound: boolean;
  /** The same tasks from the trace, each split into waiting for the software GPU and own work. */
  tracedTasks: TaskSplit[];
  /** The task with the most own work (not waiting for the GPU), or null if none reached 50 ms. */
  longestOwn: TaskSplit | null;
  heap: { beforeMB: number; peakMB: number; afterMB: number; samples: number };
  gapRows: number;
  errors: string[];
  /** With BENCH_PROFILE: the main thread's functions with the most self time during the import. */
  hotFunctions?: Array<{ fn: string; selfMs: number }>;
  cpuProfile?: unknown;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Self time per function (name, file, line) from a CDP CPU profile; idle and GC included as such. */
function hotFunctions(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }, top = 12) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1) ?? ''}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, ms]) => ({ fn, selfMs: Math.round(ms) }));
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** Imports `csvPath` on the data tab and adds it as facilities; times the phases in the page. */
export async function measureFacilities(
  browser: Browser,
  baseUrl: string,
  csvPath: string,
  count: number,
  profile = false,
  tracePath: string | null = null,
): Promise<FacilitiesResult> {
  const { page, context, errors } = await openInstrumented(browser, `${baseUrl}?tab=data`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await heapUsed(cdp);
  let peak = before;
  let samples = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const h = await heapUsed(cdp).catch(() => NaN);
      if (Number.isFinite(h)) {
        peak = Math.max(peak, h);
        samples++;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  await page.evaluate(() => {
    const t: FacilityWindow['__fac'] = { fileChange: null, preview: null, click: null, gaps: null, painted: null };
    (window as unknown as FacilityWindow).__fac = t;
    const map = document.getElementById('map') as HTMLElement;
    let paintedAtClick = Infinity;
    addEventListener(
      'change',
      (e) => {
        if ((e.target as Element).matches?.('.dropzone input[type=file]') && t.fileChange === null) {
          t.fileChange = performance.now();
          performance.mark('bench-file-chosen');
        }
      },
      true,
    );
    addEventListener(
      'click',
      (e) => {
        if ((e.target as Element).closest?.('[data-action="add-facilities"]') && t.click === null) {
          t.click = performance.now();
          paintedAtClick = Number(map.dataset.painted ?? '0');
        }
      },
      true,
    );
    new MutationObserver(() => {
      const now = performance.now();
      if (t.preview === null && document.querySelector('[data-action="add-facilities"]')) t.preview = now;
      if (t.click !== null && t.gaps === null && document.querySelector('.gap-table tbody tr')) t.gaps = now;
      if (t.painted === null && Number(map.dataset.painted ?? '0') > paintedAtClick) t.painted = now;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });

  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  // A Chromium trace splits each long task into waiting for the software GPU and the page's own
  // work (traceTasks.ts). With BENCH_TRACE it is written out, with more categories, for DevTools.
  await browser.startTracing(page, {
    ...(tracePath ? { path: tracePath } : {}),
    categories: [...TASK_CATEGORIES, ...(tracePath ? ['v8.execute', 'blink', 'ipc', 'toplevel'] : [])],
  });
  await page.setInputFiles('.dropzone input[type=file]', csvPath);
  const add = page.locator('[data-action="add-facilities"]');
  await add.waitFor({ timeout: 180_000 });
  await add.click();
  await page.waitForFunction(
    () => {
      const t = (window as unknown as FacilityWindow).__fac;
      return t.gaps !== null && t.painted !== null;
    },
    null,
    { timeout: 300_000, polling: 250 },
  );
  await page.waitForTimeout(500);
  sampling = false;
  await sampler;
  const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const after = await heapUsed(cdp);
  const t = await page.evaluate(() => (window as unknown as FacilityWindow).__fac);
  const tasks = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longtasks);
  const longTaskSupported = await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'));
  const gapRows = await page.locator('.gap-table tbody tr').count();
  await context.close();

  const at = (x: number | null) => x as number;
  const painted = at(t.painted);
  const gaps = at(t.gaps);
  const spans: Array<[string, number, number]> = [
    ['read, parse and preview the file (file chosen → "Add facilities" shown)', at(t.fileChange), at(t.preview)],
    ['"Add facilities" shown → clicked (Playwright\'s click; waits while the page is busy)', at(t.preview), at(t.click)],
    ['add facilities and compute coverage (click → gap table)', at(t.click), Math.min(gaps, painted)],
    ['draw and cluster markers (→ map repainted)', Math.min(gaps, painted), Math.max(gaps, painted)],
  ];
  // A task belongs to the phase it starts in; tasks after the last mark count in the last phase.
  const phaseOf = (start: number) => {
    const i = spans.findIndex(([, s, e]) => start >= s && start < e);
    return i >= 0 ? i : start >= (spans.at(-1) as [string, number, number])[2] ? spans.length - 1 : -1;
  };
  const relevant = tasks.filter((x) => x.start >= at(t.fileChange) - 1);
  const phases: Phase[] = spans.map(([name, start, end], i) => {
    const own = relevant.filter((x) => phaseOf(x.start) === i);
    return { name, start, end, ms: end - start, longestTask: Math.max(0, ...own.map((x) => x.duration)), longTasks: own.length };
  });
  const longest = relevant.reduce<(typeof relevant)[number] | null>((a, x) => (a === null || x.duration > a.duration ? x : a), null);
  const traced = tasksFromTrace(trace.traceEvents, 'bench-file-chosen');
  // Trace clock → page clock: the mark was taken at t.fileChange.
  // Trace clock → page clock for the phases: the mark was taken at t.fileChange.
  const tracedTasks = splitTasks(traced, (x) => phaseOf(x.start - traced!.markTs + at(t.fileChange)) + 1);
  const longestOwn = longestBy(tracedTasks, 'ownMs');
  return {
    count,
    totalMs: Math.max(gaps, painted) - at(t.fileChange),
    phases,
    longestTask: longest ? { ...longest, phase: spans[phaseOf(longest.start)]?.[0] ?? 'before the file was chosen' } : null,
    longTasks: relevant.map((x) => ({ at: Math.round(x.start - at(t.fileChange)), ms: Math.round(x.duration), phase: phaseOf(x.start) + 1 })),
    traceFound: traced !== null,
    tracedTasks,
    longestOwn,
    longTaskSupported,
    heap: { beforeMB: mb(before), peakMB: mb(peak), afterMB: mb(after), samples },
    gapRows,
    errors,
    ...(cpuProfile ? { hotFunctions: hotFunctions(cpuProfile), cpuProfile } : {}),
  };
}

// ─── Long tasks of a first view ───────────────────────────────────────────────────────────────

/**
 * One traced load of `url`, navigation → `data-ready` + 0.5 s: its long tasks split into waiting
 * for the software GPU and own work. For the app and the baseline page alike, so that the GPU
 * waits in the facility import can be compared with what bare MapLibre costs on this machine.
 */
export async function measureLoadTasks(browser: Browser, url: string): Promise<{ tasks: TaskSplit[]; longest: TaskSplit | null; longestOwn: TaskSplit | null }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(() => performance.mark('bench-navigation'));
  const page = await context.newPage();
  await browser.startTracing(page, { categories: TASK_CATEGORIES });
  await page.goto(url);
  await waitReady(page);
  await page.waitForTimeout(500);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  await context.close();
  const tasks = splitTasks(tasksFromTrace(trace.traceEvents, 'bench-navigation'), () => 0);
  return { tasks, longest: longestBy(tasks, 'ms'), longestOwn: longestBy(tasks, 'ownMs') };
}

/** Traced tasks in whole ms, `at` counted from the mark, each with its phase. */
function splitTasks(traced: ReturnType<typeof tasksFromTrace>, phase: (x: TracedTask) => number): TaskSplit[] {
  return (traced?.tasks ?? []).map((x) => ({
    at: Math.round(x.start - traced!.markTs),
    ms: Math.round(x.ms),
    glWaitMs: Math.round(x.glWaitMs),
    ownMs: Math.round(x.ownMs),
    phase: phase(x),
  }));
}

function longestBy(tasks: readonly TaskSplit[], key: 'ms' | 'ownMs'): TaskSplit | null {
  return tasks.reduce<TaskSplit | null>((a, x) => (a === null || x[key] > a[key] ? x : a), null);
}
