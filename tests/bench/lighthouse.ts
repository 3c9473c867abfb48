/**
 * Lighthouse 12 (the npm package; 13 needs Node 22) with Debian's Chromium, desktop preset, run
 * as its CLI in a child process so its Chrome and ours never share a process.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../e2e/browser';
import { median } from './stats';

const run = promisify(execFile);

/** Lighthouse launches its own Chromium (chrome-launcher adds its usual quiet flags); these are the machine's needs. */
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** ms, except CLS (unitless). */
  metrics: Record<string, number>;
  /** Failed accessibility audits, with their weight in the score (0 = reported but not scored). */
  failedAccessibility: string[];
}

export interface LighthouseResult {
  url: string;
  runs: LighthouseRun[];
  performance: number;
  accessibility: number;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift', 'interactive'];

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string }>;
  runtimeError?: { message: string };
}

export async function lighthouse(root: string, url: string, runs: number): Promise<LighthouseResult> {
  const cli = resolve(root, 'node_modules/lighthouse/cli/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'liushou-lh-'));
  const out: LighthouseRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const file = join(dir, `run-${i}.json`);
      await run(
        process.execPath,
        [cli, url, '--preset=desktop', '--only-categories=performance,accessibility', '--output=json', `--output-path=${file}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: 180_000, maxBuffer: 1 << 26 },
      );
      const lhr = JSON.parse(readFileSync(file, 'utf8')) as Lhr;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
      out.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        metrics: Object.fromEntries(METRICS.map((m) => [m, Math.round((lhr.audits[m]?.numericValue ?? NaN) * 1000) / 1000])),
        failedAccessibility: (lhr.categories['accessibility']?.auditRefs ?? [])
          .filter((r) => lhr.audits[r.id]?.score === 0 && lhr.audits[r.id]?.scoreDisplayMode === 'binary')
          .map((r) => `${r.id} (weight ${r.weight})`),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { url, runs: out, performance: median(out.map((r) => r.performance)), accessibility: median(out.map((r) => r.accessibility)) };
}
