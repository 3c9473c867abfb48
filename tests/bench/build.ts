/**
 * Builds the app with the project's own vite.config.ts (the same as `npx vite build`, into a
 * temporary folder so the benchmark never touches dist/, which the browser tests use) and the
 * baseline page into `<out>/bench-baseline/`, so one server serves both.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

export const GZIP_LEVEL = 9;
export const gzipSize = (data: string | Uint8Array): number => gzipSync(data, { level: GZIP_LEVEL }).length;

/** Estimated gzip bytes of one part of a chunk (a package, our source, the embedded data). */
export interface ChunkPart {
  chunk: string;
  part: string;
  /** Rendered (pre-minification) characters of that part's modules. */
  rendered: number;
  /** The chunk's gzip size shared out in proportion to each part's own gzip size. */
  gzipEstimate: number;
}

export interface Builds {
  outDir: string;
  baselinePath: string;
  appBuildMs: number;
  parts: ChunkPart[];
}

/** `minify: false` only for BENCH_PROFILE runs, so a CPU profile names the app's functions. */
export async function buildAll(root: string, minify = true): Promise<Builds> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'liushou-bench-')), 'dist');
  const t0 = performance.now();
  // Slow-plugin warnings say more about a busy machine than about the build: off.
  const quiet = { checks: { bundlerTimings: false } };
  // run.mjs's SSR loader is a dev server, which sets NODE_ENV=development for the whole process;
  // a build then keeps Preact's devtools hooks and development branches (+9 KB gzip in the first
  // view, measured on 3242eca). `npx vite build` and `npm start` build for production: so do we.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    return await buildBoth(root, outDir, t0, quiet, minify);
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}

async function buildBoth(root: string, outDir: string, t0: number, quiet: object, minify: boolean): Promise<Builds> {
  const app = await build({
    root,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rolldownOptions: quiet, ...(minify ? {} : { minify: false }) },
  });
  const appBuildMs = performance.now() - t0;
  await build({
    root: resolve(root, 'tests/bench/baseline'),
    configFile: false,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: join(outDir, 'bench-baseline'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, rolldownOptions: quiet },
  });
  return { outDir, baselinePath: 'bench-baseline/', appBuildMs, parts: chunkParts(root, app) };
}

/** Which part of the bundle a module belongs to: a package, the embedded data, or our source. */
function partOf(root: string, id: string): string {
  const nm = id.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const [a, b] = id.slice(nm + 'node_modules/'.length).split('/');
    return a?.startsWith('@') ? `${a}/${b}` : (a ?? id);
  }
  const rel = relative(root, id.replace(/\?.*$/, ''));
  if (rel.startsWith('src/data/embedded/') && rel.endsWith('.json')) return 'embedded data (src/data/embedded/*.json)';
  return 'our source (src/, runtime)';
}

/**
 * Per chunk, the share of each part. Module code in the build output is pre-minification, so each
 * part's gzip size is measured on its rendered code and the chunk's real gzip size is shared out
 * in proportion: an estimate, good to a few KB.
 */
function chunkParts(root: string, output: Awaited<ReturnType<typeof build>>): ChunkPart[] {
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const parts: ChunkPart[] = [];
  for (const o of outputs) {
    for (const c of o.output ?? []) {
      if (c.type !== 'chunk') continue;
      const byPart = new Map<string, { rendered: number; code: string[] }>();
      for (const [id, m] of Object.entries(c.modules)) {
        const p = partOf(root, id);
        const e = byPart.get(p) ?? { rendered: 0, code: [] };
        e.rendered += m.renderedLength;
        if (m.code) e.code.push(m.code);
        byPart.set(p, e);
      }
      const own = [...byPart].map(([part, e]) => ({ part, rendered: e.rendered, gz: e.code.length ? gzipSize(e.code.join('\n')) : 0 }));
      const sum = own.reduce((s, x) => s + x.gz, 0) || 1;
      const total = gzipSize(c.code);
      for (const x of own) parts.push({ chunk: c.fileName, part: x.part, rendered: x.rendered, gzipEstimate: Math.round((total * x.gz) / sum) });
    }
  }
  return parts.sort((a, b) => b.gzipEstimate - a.gzipEstimate);
}
