/**
 * `npm run bench`: builds the app and the baseline page, serves both from one vite preview
 * server on 127.0.0.1, measures, prints a table and writes tests/bench/results/latest.json.
 * Not a test: no assertions, and CI does not run it. See tests/bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { launch } from '../e2e/browser';
import { measureFacilities, measureInteraction, measureLoadTasks, measureReady, measureTransfer, type Category, type FacilitiesResult, type TaskSplit, type TransferEntry } from './browserBench';
import { buildAll, GZIP_LEVEL, gzipSize } from './build';
import { writeFacilitiesCsv } from './facilitiesCsv';
import { lighthouse } from './lighthouse';
import { timeCounties, timeProvinces } from './pipeline';
import { measureAppRegions, measureBaselineRegions, timeRegionRecolour, writeRegionsFile, type AppRegions, type BaselineRegions, type RecolourTiming, type RegionsFile } from './regionsBench';
import { formatTable, kb, round, summarise, type Row } from './stats';

const int = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
/** Knobs, for a quicker or a steadier run; the defaults fit in about 6 minutes on 2 cores. */
const READY_RUNS = int('BENCH_READY_RUNS', 11);
const CHANGES = int('BENCH_CHANGES', 8);
const FACILITIES = int('BENCH_FACILITIES', 50_000);
const LIGHTHOUSE_RUNS = int('BENCH_LIGHTHOUSE_RUNS', 3);
/** Diagnosis, not measurement: an unminified build and a CPU profile of the facility import. */
const PROFILE = process.env['BENCH_PROFILE'] === '1';
/** Diagnosis too: a Chromium trace of the facility import in results/facilities.trace.json (open it in DevTools' Performance panel). */
const TRACE = process.env['BENCH_TRACE'] === '1';
const SECTIONS = ['transfer', 'ready', 'interaction', 'pipeline', 'facilities', 'regions', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];
/** BENCH_ONLY=facilities,ready runs only those sections, for a quick check of one change; such a
 * partial run writes results/partial.json and leaves latest.json (the full run) alone. */
const ONLY = process.env['BENCH_ONLY'] ? new Set(process.env['BENCH_ONLY'].split(',').map((x) => x.trim())) : null;
for (const x of ONLY ?? []) if (!(SECTIONS as readonly string[]).includes(x)) throw new Error(`BENCH_ONLY: unknown section "${x}" (known: ${SECTIONS.join(', ')})`);
const want = (s: Section) => ONLY === null || ONLY.has(s);

const BUDGET = { ownKB: 150, readyRatio: 1.25, provincesMs: 5, countiesMs: 100, longTaskMs: 100, regionsRatio: 1.5, recolourMs: 50 };

const sh = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const t0 = performance.now();
const log = (s: string) => process.stderr.write(`[bench ${Math.round((performance.now() - t0) / 1000)} s] ${s}\n`);
const ms = (x: number) => `${round(x, x < 10 ? 2 : 0)} ms`;
/** Median, with the fastest run: on a shared machine the spread says how much to trust the median. */
const msMin = (x: { median: number; min: number }) => `${ms(x.median)} (min ${ms(x.min).replace(' ms', '')})`;

export async function main(root: string): Promise<void> {
  const started = performance.now();
  const date = sh('date', ['-Is']) ?? new Date().toISOString();
  const loadBefore = loadavg();

  log('building the app and the baseline page');
  const builds = await buildAll(root, !PROFILE);
  const work = dirname(builds.outDir);

  const pipeline = want('pipeline') ? (log('timing the pure pipeline in Node'), { provinces: timeProvinces(), counties: timeCounties() }) : null;

  const csv = want('facilities') ? (log(`writing a ${FACILITIES}-row facility CSV`), writeFacilitiesCsv(root, work, FACILITIES)) : null;

  const regionsFile = want('regions') ? (log('writing 3,000 seeded Voronoi regions as GeoJSON'), writeRegionsFile(work)) : null;
  const recolour = regionsFile ? (log('timing the region view of a changed indicator in Node'), timeRegionRecolour(regionsFile.json)) : null;

  const server = await preview({ build: { outDir: builds.outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a URL');
  let browser: Browser | null = null;
  try {
    browser = await launch();
    const chromium = browser.version();

    // Time to ready needs the map's size from the transfer run, for the baseline page.
    const transfer =
      want('transfer') || want('ready') || want('facilities') || want('regions') ? (log('transfer size of the first view'), await measureTransfer(browser, baseUrl)) : null;
    const baselineUrl = transfer ? `${baseUrl}${builds.baselinePath}?w=${transfer.mapBox.width}&h=${transfer.mapBox.height}` : null;

    const ready =
      want('ready') && baselineUrl
        ? (log(`time to ready: app and baseline, ${READY_RUNS} interleaved runs each`), await measureReady(browser, baseUrl, baselineUrl, READY_RUNS))
        : null;

    // One traced first view of each: how long bare MapLibre's frames keep the main thread waiting
    // for the software GPU here, to compare with the waits during the facility import.
    const loadTasks =
      (want('ready') || want('facilities')) && baselineUrl
        ? (log('long tasks of one traced first view each, app and baseline'),
          { app: await measureLoadTasks(browser, baseUrl), baseline: await measureLoadTasks(browser, baselineUrl) })
        : null;

    const interaction = want('interaction')
      ? (log(`interaction: ${CHANGES} changes each of indicator, method, year`), await measureInteraction(browser, baseUrl, CHANGES))
      : null;

    const measured = csv ? (log(`facilities: importing ${csv.rows} points`), await measureFacilities(browser, baseUrl, csv.path, csv.rows, PROFILE, TRACE ? join(root, 'tests/bench/results/facilities.trace.json') : null)) : null;
    const { cpuProfile, ...facilities } = measured ?? { cpuProfile: undefined };
    // Bare MapLibre first, then the app, twice each (ABAB): the machine is shared, the pairs show the spread.
    const regions: { baseline: BaselineRegions[]; app: AppRegions[] } | null =
      regionsFile && baselineUrl ? { baseline: [], app: [] } : null;
    if (regions && regionsFile && baselineUrl) {
      for (let i = 0; i < 2; i++) {
        log(`regions: bare MapLibre loading ${regionsFile.regions} regions (${kb(regionsFile.bytes)} KB), run ${i + 1}`);
        regions.baseline.push(await measureBaselineRegions(browser, baselineUrl, regionsFile.path));
        log(`regions: the app importing the same file, run ${i + 1}`);
        regions.app.push(await measureAppRegions(browser, baseUrl, regionsFile.path));
      }
    }
    await browser.close();
    browser = null;

    const lh = want('lighthouse')
      ? (log(`Lighthouse: app and baseline, ${LIGHTHOUSE_RUNS} run(s) each`),
        { app: await lighthouse(root, baseUrl, LIGHTHOUSE_RUNS), baseline: await lighthouse(root, `${baseUrl}${builds.baselinePath}`, LIGHTHOUSE_RUNS) })
      : null;

    // ── Transfer totals ──
    const transferTotals = transfer ? totals(root, transfer.entries) : null;

    const rows: Row[] = [
      ...(transferTotals
        ? [
            { metric: 'transfer: maplibre-gl (js, css, worker), gzip', value: `${kb(transferTotals.maplibre)} KB` },
            {
              metric: 'transfer: our code + embedded data (html, js, css), gzip',
              value: `${kb(transferTotals.ourCode)} KB`,
              budget: `≤ ${BUDGET.ownKB} KB`,
              pass: transferTotals.ourCode <= BUDGET.ownKB * 1000,
            },
            { metric: '  of which embedded data (figures+sources json, est.)', value: `${kb(transferTotals.embeddedDataEstimate)} KB` },
            { metric: 'transfer: geometry (geo/*.json), gzip', value: `${kb(transferTotals.geometry)} KB` },
            { metric: 'transfer: label font (woff2, built by geo/ with the geometry)', value: `${kb(transferTotals.font)} KB` },
            ...(transferTotals.other > 0 ? [{ metric: 'transfer: other, gzip', value: `${kb(transferTotals.other)} KB` }] : []),
            { metric: 'transfer: all of ours = code + data + geometry + font', value: `${kb(transferTotals.ownTotal)} KB` },
          ]
        : []),
      ...(ready
        ? [
            {
              metric: `time to ready (median of ${READY_RUNS})`,
              value: ms(ready.appSummary.median),
              baseline: ms(ready.baselineSummary.median),
              ratio: `${round(ready.ratio)}×`,
              budget: `≤ ${BUDGET.readyRatio}×`,
              pass: ready.ratio <= BUDGET.readyRatio,
            },
          ]
        : []),
      ...(interaction
        ? [
            { metric: `change indicator → repainted (median of ${CHANGES})`, value: ms(interaction.summary.indicator.median) },
            { metric: `change method → repainted (median of ${CHANGES})`, value: ms(interaction.summary.method.median) },
            { metric: `change year → repainted (median of ${CHANGES})`, value: ms(interaction.summary.year.median) },
          ]
        : []),
      ...(pipeline ? pipelineRows(pipeline) : []),
      ...(measured && csv ? facilityRows(measured, csv.rows, loadTasks?.baseline.longest ?? null) : []),
      ...(regions && regionsFile && recolour ? regionRows(regions, regionsFile, recolour) : []),
      ...(lh
        ? [
            { metric: 'Lighthouse performance (desktop)', value: String(lh.app.performance), baseline: String(lh.baseline.performance) },
            { metric: 'Lighthouse accessibility', value: String(lh.app.accessibility), baseline: String(lh.baseline.accessibility) },
          ]
        : []),
    ];

    const git = { commit: sh('git', ['rev-parse', '--short', 'HEAD']), dirty: (sh('git', ['status', '--porcelain', '--', 'src', 'public', 'index.html', 'vite.config.ts']) ?? '') !== '' };
    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      chromium,
      loadAverageBefore: loadBefore.map((x) => round(x)),
      loadAverageAfter: loadavg().map((x) => round(x)),
    };
    const result = {
      date,
      machine,
      git,
      settings: {
        profile: PROFILE,
        sections: ONLY ? [...ONLY] : 'all',
        readyRuns: READY_RUNS,
        changes: CHANGES,
        facilities: FACILITIES,
        lighthouseRuns: LIGHTHOUSE_RUNS,
        viewport: '1280×800, DPR 1',
      },
      budgets: BUDGET,
      table: rows,
      transfer:
        transfer && transferTotals
          ? {
              note: `KB = 1,000 bytes. gzip level ${GZIP_LEVEL} of each response body, by us (for the woff2 font, which is compressed already, its own size); "wire" is what vite preview sent (0 for the worker script, whose sizes Chromium does not report). Counted as ours: index.html, assets/* other than maplibre-*, geo/*.json, fonts/*. Embedded data is inside our JS; its estimate is figures.json + sources.json gzipped together.`,
              totals: transferTotals,
              responses: transfer.entries,
              outsideOrigin: transfer.outside,
              bundleParts: builds.parts,
              appMapSize: transfer.mapBox,
            }
          : null,
      timeToReady:
        ready && baselineUrl
          ? { ...ready, baselineUrl: baselineUrl.replace(baseUrl, '/'), baselineDraws: 'land, country borders, 34 provinces in one colour with white outlines, bilingual labels in the same font' }
          : null,
      loadTasks,
      interaction,
      pipeline,
      regions: regions && regionsFile && recolour ? { file: { bytes: regionsFile.bytes, regions: regionsFile.regions, positions: regionsFile.positions, generateMs: round(regionsFile.generateMs) }, ...regions, recolour } : null,
      facilities: measured && csv ? { csv: { rows: csv.rows, bytes: csv.bytes, generateMs: round(csv.ms) }, ...facilities } : null,
      lighthouse: lh,
      appBuildMs: round(builds.appBuildMs),
      benchSeconds: round((performance.now() - started) / 1000, 1),
    };

    const outFile = join(root, `tests/bench/results/${ONLY ? 'partial' : 'latest'}.json`);
    mkdirSync(dirname(outFile), { recursive: true });
    const profileFile = join(dirname(outFile), 'facilities.cpuprofile');
    if (cpuProfile) writeFileSync(profileFile, JSON.stringify(cpuProfile));
    else rmSync(profileFile, { force: true });
    writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);

    const lines = [
      '',
      `Liushou Atlas benchmark, ${date}, ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), Node ${machine.node}, Chromium ${chromium}`,
      ...(PROFILE ? ['PROFILE RUN: unminified build and a CPU profiler attached; the timings below are not comparable.'] : []),
      ...(ONLY ? [`PARTIAL RUN: only ${[...ONLY].join(', ')}.`] : []),
      `load average before ${machine.loadAverageBefore.join(' ')}, after ${machine.loadAverageAfter.join(' ')}; commit ${git.commit ?? '?'}${git.dirty ? ' + uncommitted changes' : ''}`,
      '',
      formatTable(rows),
      '',
      ...(ready ? [`Time to ready, each run (ms): app ${ready.app.map((x) => Math.round(x)).join(', ')}; baseline ${ready.baseline.map((x) => Math.round(x)).join(', ')}`] : []),
      ...(pipeline ? pipelineDetail(pipeline) : []),
      ...(measured ? facilityDetail(measured) : []),
      ...(regions ? regionDetail(regions) : []),
      ...(loadTasks
        ? [
            'Long tasks of a first view (ms after navigation: duration = GPU wait + own work):',
            ...(['app', 'baseline'] as const).map((k) => `  ${k}: ${loadTasks[k].tasks.map(taskText).join('; ') || 'none'}`),
          ]
        : []),
      ...(transfer
        ? [
            'Largest parts of our JS (gzip estimate):',
            ...builds.parts
              .filter((p) => !p.chunk.includes('maplibre'))
              .slice(0, 8)
              .map((p) => `  ${p.part} (${p.chunk}): ${kb(p.gzipEstimate)} KB`),
          ]
        : []),
      ...[...new Set(lh ? lh.app.runs.flatMap((r) => r.failedAccessibility) : [])].map((a) => `Lighthouse accessibility audit failed (app): ${a}`),
      ...[...(ready?.errors ?? []), ...(interaction?.errors ?? []), ...(measured?.errors ?? []), ...(regions?.app.flatMap((a) => a.errors) ?? []), ...(transfer?.errors ?? [])].slice(0, 10).map((e) => `page error: ${e}`),
      ...(transfer?.outside ?? []).map((u) => `request left the origin: ${u}`),
      '',
      `Wrote ${outFile.replace(`${root}/`, '')} in ${result.benchSeconds} s.`,
    ];
    process.stdout.write(`${lines.filter((l, i, a) => l !== '' || a[i - 1] !== '').join('\n')}\n`);
  } finally {
    await browser?.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function totals(root: string, entries: TransferEntry[]) {
  const sum = (c: Category) => entries.filter((e) => e.category === c).reduce((s, e) => s + e.counted, 0);
  const embeddedDataEstimate = gzipSize(
    readFileSync(join(root, 'src/data/embedded/figures.json'), 'utf8') + readFileSync(join(root, 'src/data/embedded/sources.json'), 'utf8'),
  );
  return {
    gzipLevel: GZIP_LEVEL,
    maplibre: sum('maplibre-gl'),
    ourCode: sum('our code'),
    embeddedDataEstimate,
    geometry: sum('geometry'),
    font: sum('font'),
    other: sum('other'),
    ownTotal: sum('our code') + sum('geometry') + sum('font') + sum('other'),
    wireTotal: entries.reduce((s, e) => s + (Number.isFinite(e.wire) ? e.wire : 0), 0),
    requests: entries.length,
  };
}

type Pipeline = { provinces: ReturnType<typeof timeProvinces>; counties: ReturnType<typeof timeCounties> };

function pipelineRows({ provinces, counties }: Pipeline): Row[] {
  return [
    {
      metric: 'pipeline, 34 units: join ▸ datasets ▸ view model',
      value: msMin(provinces.importPath),
      budget: `≤ ${BUDGET.provincesMs} ms`,
      pass: provinces.importPath.median <= BUDGET.provincesMs,
    },
    {
      metric: 'pipeline, 34 units: default view model',
      value: msMin(provinces.defaultView),
      budget: `≤ ${BUDGET.provincesMs} ms`,
      pass: provinces.defaultView.median <= BUDGET.provincesMs,
    },
    ...(['quantile', 'jenks', 'equal'] as const).map((m) => ({
      metric: `pipeline, 3,000 regions / 100,000 rows, ${m}`,
      value: msMin(counties[m]),
      budget: `≤ ${BUDGET.countiesMs} ms`,
      pass: counties[m].median <= BUDGET.countiesMs,
    })),
    { metric: '  same, quantile, every row normalised (no per-key memo)', value: msMin(counties.quantileEveryRow) },
  ];
}

function pipelineDetail({ provinces, counties }: Pipeline): string[] {
  return [
    `Pipeline parts, 3,000 regions / 100,000 rows (medians): join ${ms(counties.join.median)} (each key normalised once: ${ms(counties.joinMemo.median)}), classify quantile ${ms(counties.classifyQuantile.median)}, jenks ${ms(counties.classifyJenks.median)}, view pass ${ms(counties.view.median)}`,
    `Pipeline parts, 34 units (medians): joinRows ${ms(provinces.join.median)}, buildDatasets ${ms(provinces.datasets.median)}, buildViewModel ${ms(provinces.viewModel.median)} (of which classify ${ms(provinces.classifyAlone.median)})`,
  ];
}

const taskText = (x: TaskSplit) => `${x.at}: ${x.ms} = ${x.glWaitMs} + ${x.ownMs}${x.phase ? ` (${x.phase})` : ''}`;

function facilityRows(f: FacilitiesResult, count: number, baselineLongest: TaskSplit | null): Row[] {
  const ownPass = f.traceFound && (f.longestOwn === null || f.longestOwn.ownMs <= BUDGET.longTaskMs);
  return [
    { metric: `facilities: ${count} imported, clustered, covered`, value: ms(f.totalMs) },
    {
      metric: 'facilities: longest main-thread task, own work (GPU waits excluded)',
      value: !f.traceFound ? 'not measurable' : f.longestOwn ? ms(f.longestOwn.ownMs) : 'none ≥ 50 ms',
      budget: `≤ ${BUDGET.longTaskMs} ms`,
      pass: ownPass,
    },
    {
      metric: 'facilities: longest main-thread task, as the page sees it',
      value: f.longestTask ? ms(f.longestTask.duration) : f.longTaskSupported ? 'none ≥ 50 ms' : 'not measurable',
      ...(baselineLongest ? { baseline: `${ms(baselineLongest.ms)} (bare MapLibre, first view)` } : {}),
      ...(baselineLongest && f.longestTask ? { ratio: `${round(f.longestTask.duration / baselineLongest.ms)}×` } : {}),
    },
    { metric: 'facilities: peak JS heap (main thread)', value: `${f.heap.peakMB} MB`, baseline: `${f.heap.beforeMB} MB before` },
  ];
}

function facilityDetail(f: FacilitiesResult): string[] {
  return [
    'Facilities phases (in-page times):',
    ...f.phases.map((p) => `  ${p.name}: ${ms(p.ms)}, longest task ${ms(p.longestTask)} (${p.longTasks} tasks ≥ 50 ms)`),
    f.longestTask ? `  longest task ${ms(f.longestTask.duration)} in: ${f.longestTask.phase}` : '',
    `  tasks ≥ 50 ms (ms after the file was chosen: duration = GPU wait + own work (phase)): ${f.tracedTasks.map(taskText).join('; ') || 'none'}`,
    `  gap table rows: ${f.gapRows}; heap ${f.heap.beforeMB} → peak ${f.heap.peakMB} → ${f.heap.afterMB} MB`,
    ...(f.hotFunctions
      ? ['Main-thread self time during the import (unminified build; profile in results/facilities.cpuprofile):', ...f.hotFunctions.map((h) => `  ${ms(h.selfMs)}  ${h.fn}`)]
      : []),
  ];
}

type Regions = { baseline: BaselineRegions[]; app: AppRegions[] };
const longestOwn = (tasks: readonly { ownMs: number; ms: number; glWaitMs: number; atMs: number }[] | null) =>
  tasks === null ? null : tasks.reduce<(typeof tasks)[number] | null>((a, x) => (a === null || x.ownMs > a.ownMs ? x : a), null);

function regionRows({ baseline, app }: Regions, file: RegionsFile, recolour: RecolourTiming): Row[] {
  const b = summarise(baseline.map((x) => x.totalMs));
  const a = summarise(app.map((x) => x.totalMs));
  const own = app.map((x) => longestOwn(x.tasks));
  const worst = own.reduce<(typeof own)[number]>((m, x) => (x && (!m || x.ownMs > m.ownMs) ? x : m), null);
  const traced = app.every((x) => x.tasks !== null);
  // Reload from a comparable start: a file is dropped on a page already ready, so the reload's own
  // cost is navigation → coloured with `rs=` less navigation → ready without it (the same page
  // load, the set stored, same context). data-ready waits for the set, so ready → coloured is ~0.
  const reload = summarise(app.map((x) => x.reload.colouredMs - x.reload.plainReadyMs));
  const reloadNav = summarise(app.map((x) => x.reload.colouredMs));
  const plainNav = summarise(app.map((x) => x.reload.plainReadyMs));
  const reloadOwn = app.map((x) => longestOwn(x.reload.tasks));
  const reloadWorst = reloadOwn.reduce<(typeof reloadOwn)[number]>((m, x) => (x && (!m || x.ownMs > m.ownMs) ? x : m), null);
  return [
    {
      metric: `regions: ${file.regions} from ${kb(file.bytes)} KB GeoJSON, file chosen → map coloured (report + apply → drawn, median of ${app.length})`,
      value: ms(a.median),
      baseline: `${ms(b.median)} (bare MapLibre → first idle)`,
      ratio: `${round(a.median / b.median)}×`,
      budget: `≤ ${BUDGET.regionsRatio}×`,
      pass: a.median / b.median <= BUDGET.regionsRatio,
    },
    {
      metric: 'regions: longest main-thread task, own work (GPU waits excluded)',
      value: !traced ? 'not measurable' : worst ? ms(worst.ownMs) : 'none ≥ 50 ms',
      budget: `≤ ${BUDGET.longTaskMs} ms`,
      pass: traced && (worst === null || worst.ownMs <= BUDGET.longTaskMs),
    },
    {
      metric: `regions: recolour a changed indicator, region view of ${recolour.regions} (Node, median of ${recolour.recolour.n})`,
      value: msMin(recolour.recolour),
      budget: `≤ ${BUDGET.recolourMs} ms`,
      pass: recolour.recolour.median <= BUDGET.recolourMs,
    },
    {
      metric: `regions: reload with the set stored, navigation → coloured with rs= (${ms(reloadNav.median)}) less → ready without (${ms(plainNav.median)})`,
      value: ms(reload.median),
      baseline: `${ms(a.median)} (first import)`,
      ratio: `${round(reload.median / a.median)}×`,
      budget: '≤ 1× the first import',
      pass: reload.median <= a.median,
    },
    {
      metric: 'regions: reload, longest main-thread task, own work',
      value: app.every((x) => x.reload.tasks !== null) ? (reloadWorst ? ms(reloadWorst.ownMs) : 'none ≥ 50 ms') : 'not measurable',
      budget: `≤ ${BUDGET.longTaskMs} ms`,
      pass: app.every((x) => x.reload.tasks !== null) && (reloadWorst === null || reloadWorst.ownMs <= BUDGET.longTaskMs),
    },
  ];
}

function regionDetail({ baseline, app }: Regions): string[] {
  const t = (xs: readonly { atMs: number; ms: number; glWaitMs: number; ownMs: number }[] | null) =>
    xs === null ? 'not traced' : xs.map((x) => `${x.atMs}: ${x.ms} = ${x.glWaitMs} + ${x.ownMs}`).join('; ') || 'none';
  return [
    'Regions, each run (ms; tasks ≥ 50 ms after the file was chosen, "at: duration = GPU wait + own work"):',
    ...baseline.map((x, i) => `  bare MapLibre ${i + 1}: parse ${ms(x.parseMs)}, to first idle ${ms(x.totalMs)}; tasks ${t(x.tasks)}`),
    ...app.map(
      (x, i) =>
        `  app ${i + 1}: report ${ms(x.reportMs)}, apply → kept ${ms(x.applyMs)}, apply → coloured ${ms(x.colouredMs)}; ${x.vertices} of ${x.verticesBefore} positions kept; tasks ${t(x.tasks)}\n` +
        `    reload (navigation →): without rs= ready ${ms(x.reload.plainReadyMs)}; with rs= ready ${ms(x.reload.readyMs)}, coloured ${ms(x.reload.colouredMs)}; tasks ${t(x.reload.tasks)}`,
    ),
  ];
}
