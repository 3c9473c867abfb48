/** Small statistics and formatting helpers for the benchmark's table and JSON. */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function summarise(xs: readonly number[]): Summary {
  return { n: xs.length, median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the times in ms. */
export function timeRuns(fn: () => unknown, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** KB here are 1,000 bytes, as in the budget. */
export const kb = (bytes: number): number => round(bytes / 1000, 1);

export interface Row {
  metric: string;
  value: string;
  baseline?: string;
  ratio?: string;
  budget?: string;
  /** true = within budget, false = over, undefined = no budget. */
  pass?: boolean;
}

export function formatTable(rows: readonly Row[]): string {
  const head = ['metric', 'value', 'baseline', 'ratio', 'budget', 'result'];
  const cells = rows.map((r) => [
    r.metric,
    r.value,
    r.baseline ?? '',
    r.ratio ?? '',
    r.budget ?? '',
    r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: readonly string[]) => c.map((x, i) => x.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
