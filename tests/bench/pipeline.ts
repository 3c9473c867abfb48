/**
 * The pure pipeline in Node (V8, as in Chromium), timed on the app's own modules as Vite
 * transforms them (run.mjs loads this file through Vite's SSR loader): join ▸ classify ▸ view model.
 */
import { buildDatasets } from '../../src/data/buildDatasets';
import { CATALOGUE } from '../../src/data/catalogue';
import { EMBEDDED_FIGURES, EMBEDDED_SOURCES } from '../../src/data/embeddedData';
import type { ImportedDataset } from '../../src/data/importedDataset';
import { joinRows, type JoinInputRow } from '../../src/data/join/joinRows';
import { normaliseKey } from '../../src/data/join/normaliseKey';
import { UNITS } from '../../src/geo/units';
import { classIndexOf, type Classification } from '../../src/scales/classification';
import { classify, type ClassifyOptions } from '../../src/scales/classify';
import { DEFAULT_STATE } from '../../src/state/appState';
import { buildViewModel } from '../../src/view/buildViewModel';
import { summarise, timeRuns, type Summary } from './stats';

const EMBEDDED = { units: UNITS, indicators: CATALOGUE, figures: EMBEDDED_FIGURES, sources: EMBEDDED_SOURCES };

/** A deterministic, well-spread positive value for row i. */
const valueOf = (i: number) => 1000 + ((i * 7919) % 9973) * 37 + (i % 7) * 0.25;

// ─── 34 units ─────────────────────────────────────────────────────────────────────────────────

/** A user's table for the 34 units as people write them: English names, full Chinese names, ISO codes. */
function provinceRows(): JoinInputRow[] {
  return UNITS.map((u, i) => ({ row: i + 2, key: [u.en, u.zhFull, u.iso][i % 3] as string, year: 2020, value: valueOf(i) }));
}

function importedDataset(rows: readonly JoinInputRow[]): ImportedDataset {
  const report = joinRows(rows);
  return {
    id: 'ubench',
    name: 'Benchmark table',
    fileName: 'bench.csv',
    importedAt: '2026-01-01T00:00:00.000Z',
    keyColumn: 'province',
    valueColumn: 'value',
    yearColumn: 'year',
    unit: 'people',
    kind: 'count',
    numberRules: [],
    values: report.matched.map((m) => ({ region: m.unit, year: m.year ?? 0, value: m.value as number, row: m.row })),
  };
}

export interface ProvinceTimings {
  /** joinRows ▸ buildDatasets ▸ buildViewModel (which classifies) for an imported 34-row table. */
  importPath: Summary;
  /** The parts of importPath, each timed alone. */
  join: Summary;
  datasets: Summary;
  viewModel: Summary;
  classifyAlone: Summary;
  /** buildViewModel for the default view on the embedded data: what runs on every state change. */
  defaultView: Summary;
  matched: number;
}

export function timeProvinces(runs = 300, warmup = 50): ProvinceTimings {
  const rows = provinceRows();
  const ds = importedDataset(rows);
  const data = buildDatasets(EMBEDDED, [ds]);
  const state = { ...DEFAULT_STATE, indicator: ds.id };
  const vm = buildViewModel(state, data);
  const values = vm.regions.map((r) => r.datum?.value ?? null);
  const embedded = buildDatasets(EMBEDDED, []);
  return {
    importPath: summarise(timeRuns(() => buildViewModel(state, buildDatasets(EMBEDDED, [importedDataset(rows)])), runs, warmup)),
    join: summarise(timeRuns(() => joinRows(rows), runs, warmup)),
    datasets: summarise(timeRuns(() => buildDatasets(EMBEDDED, [ds]), runs, warmup)),
    viewModel: summarise(timeRuns(() => buildViewModel(state, data), runs, warmup)),
    classifyAlone: summarise(timeRuns(() => classify(values, vm.classOptions), runs, warmup)),
    defaultView: summarise(timeRuns(() => buildViewModel(DEFAULT_STATE, embedded), runs, warmup)),
    matched: ds.values.length,
  };
}

// ─── County scale: 3,000 regions, 100,000 rows ───────────────────────────────────────────────

export const REGIONS = 3000;
export const ROWS = 100_000;
const FIRST_YEAR = 1990;

interface CountyRow {
  row: number;
  key: string;
  year: number;
  value: number;
}

/**
 * 3,000 six-digit codes (county-like, GB/T 2260 style) and 100,000 rows: every region in every
 * year from 1990 (the last year partial), every 10th key with stray spaces and a prefix the
 * normaliser folds, and 1% of rows keyed by codes that match nothing.
 */
function countyCase() {
  const codes = Array.from({ length: REGIONS }, (_, i) => String(110101 + i * 29));
  const rows: CountyRow[] = Array.from({ length: ROWS }, (_, r) => {
    const region = r % REGIONS;
    const code = codes[region] as string;
    const key = r % 100 === 99 ? `X${code}` : r % 10 === 3 ? ` ${code}\u200B ` : code;
    return { row: r + 2, key, year: FIRST_YEAR + Math.floor(r / REGIONS), value: valueOf(r) };
  });
  return { codes, rows };
}

/**
 * What scales with the number of regions and rows, as the app would do it for counties: joinRows
 * itself is specific to the 34 units (its alias table, the Shanxi rule), so the join here is
 * normaliseKey on every row's key and a Map lookup against 3,000 codes, keeping the first row per
 * region and year and counting duplicates and unmatched rows.
 */
function countyJoin(codes: readonly string[], rows: readonly CountyRow[], year: number, memo = false) {
  const index = new Map(codes.map((c, i) => [normaliseKey(c), i]));
  // With memo, each distinct raw key is normalised once (a table repeats its keys once per year).
  const cache = new Map<string, number | undefined>();
  const lookup = memo
    ? (key: string) => {
        if (cache.has(key)) return cache.get(key);
        const i = index.get(normaliseKey(key));
        cache.set(key, i);
        return i;
      }
    : (key: string) => index.get(normaliseKey(key));
  const seen = new Set<number>();
  let unmatched = 0;
  let duplicates = 0;
  const shown: Array<number | null> = new Array<number | null>(codes.length).fill(null);
  for (const r of rows) {
    const i = lookup(r.key);
    if (i === undefined) {
      unmatched++;
      continue;
    }
    const slot = i * 1000 + (r.year - FIRST_YEAR);
    if (seen.has(slot)) {
      duplicates++;
      continue;
    }
    seen.add(slot);
    if (r.year === year) shown[i] = r.value;
  }
  return { shown, unmatched, duplicates };
}

/** A view-model pass like buildViewModel's: class, colour and rank per region, counts per class, the fills record. */
function countyView(codes: readonly string[], shown: ReadonlyArray<number | null>, classification: Classification) {
  const order = shown
    .map((v, i) => [i, v] as const)
    .filter((x): x is readonly [number, number] => x[1] !== null)
    .sort((a, b) => b[1] - a[1]);
  const rank = new Int32Array(codes.length);
  order.forEach(([i], k) => (rank[i] = k + 1));
  const counts = new Array<number>(classification.bins.length).fill(0);
  const fills: Record<string, string> = {};
  const regions = codes.map((code, i) => {
    const value = shown[i] ?? null;
    const classIndex = classIndexOf(classification, value);
    if (classIndex !== null) counts[classIndex] = (counts[classIndex] ?? 0) + 1;
    const fill = classIndex === null ? classification.noData.color : (classification.bins[classIndex]?.color ?? classification.noData.color);
    fills[code] = fill;
    return { code, value, classIndex, fill, rank: value === null ? null : rank[i] };
  });
  return { regions, fills, counts };
}

function countyPipeline(codes: readonly string[], rows: readonly CountyRow[], options: ClassifyOptions, year: number, memo = false) {
  const { shown } = countyJoin(codes, rows, year, memo);
  return countyView(codes, shown, classify(shown, options));
}

export interface CountyTimings {
  regions: number;
  rows: number;
  unmatched: number;
  duplicates: number;
  /** join ▸ classify ▸ view pass, with each method a user can pick for counts. */
  quantile: Summary;
  jenks: Summary;
  equal: Summary;
  /** Quantile again, normalising each distinct raw key once: what a cache would save. */
  quantileMemo: Summary;
  quantileEveryRow: Summary;
  /** The parts, each timed alone. */
  join: Summary;
  joinMemo: Summary;
  classifyQuantile: Summary;
  classifyJenks: Summary;
  view: Summary;
}

export function timeCounties(runs = 30, warmup = 5): CountyTimings {
  const { codes, rows } = countyCase();
  const year = FIRST_YEAR + Math.floor(ROWS / REGIONS) - 1; // the last complete year
  const opts = (method: ClassifyOptions['method']): ClassifyOptions => ({ method, classes: 5, palette: 'YlOrRd' });
  const joined = countyJoin(codes, rows, year);
  const classification = classify(joined.shown, opts('quantile'));
  return {
    regions: REGIONS,
    rows: ROWS,
    unmatched: joined.unmatched,
    duplicates: joined.duplicates,
    // joinRows matches each distinct key once (a table repeats keys once per year), so the
    // budgeted runs do the same; quantileMemo keeps its old name, quantileEveryRow is the naive join.
    quantile: summarise(timeRuns(() => countyPipeline(codes, rows, opts('quantile'), year, true), runs, warmup)),
    jenks: summarise(timeRuns(() => countyPipeline(codes, rows, opts('jenks'), year, true), runs, warmup)),
    equal: summarise(timeRuns(() => countyPipeline(codes, rows, opts('equal'), year, true), runs, warmup)),
    quantileMemo: summarise(timeRuns(() => countyPipeline(codes, rows, opts('quantile'), year, true), runs, warmup)),
    quantileEveryRow: summarise(timeRuns(() => countyPipeline(codes, rows, opts('quantile'), year), runs, warmup)),
    join: summarise(timeRuns(() => countyJoin(codes, rows, year), runs, warmup)),
    joinMemo: summarise(timeRuns(() => countyJoin(codes, rows, year, true), runs, warmup)),
    classifyQuantile: summarise(timeRuns(() => classify(joined.shown, opts('quantile')), runs, warmup)),
    classifyJenks: summarise(timeRuns(() => classify(joined.shown, opts('jenks')), runs, warmup)),
    view: summarise(timeRuns(() => countyView(codes, joined.shown, classification), runs, warmup)),
  };
}
