import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * Content-Security-Policy for the built app: everything from our own origin, nothing else. The
 * dev server is left without it because its hot reload injects inline scripts. `blob:` for
 * workers and images covers MapLibre's and the PNG export; `data:` for images covers the QR code
 * fallback and pattern images. Inline style *attributes* set from script (CSSOM) are not governed
 * by style-src, so no 'unsafe-inline' is needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The same policy as an HTTP header, plus what only a header can carry: `frame-ancestors` (a meta
 * tag cannot; browsers ignore it there). We choose `*` deliberately: embedding the atlas in a
 * school's or a newsroom's page, on any origin, is a feature (Share gives an iframe snippet), and
 * the app holds no account or secret that a framing page could trick a user into acting on; the
 * one thing a link can bring in, a shared table, waits for the user's review. Someone serving a
 * private copy can narrow it (e.g. `frame-ancestors 'self' https://school.example`).
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors *`;

function contentSecurityPolicy(): Plugin {
  return {
    name: 'liushou-csp',
    apply: 'build',
    // Netlify and Cloudflare Pages read dist/_headers; README shows nginx and Apache.
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n` });
    },
    transformIndexHtml: (html) =>
      html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

interface ModuleInfoLike {
  isEntry: boolean;
  importers: readonly string[];
  dynamicImporters: readonly string[];
  importedIds: readonly string[];
}
type GetModuleInfo = (id: string) => ModuleInfoLike | null;

/**
 * The chunk of a module that the first view needs: every module the entry reaches by static
 * imports alone goes into one chunk, 'app'. Left to itself, Rolldown gives each module shared by
 * the entry and a lazy part (a panel that loads on first use) a chunk of its own: 36 scripts for the
 * first view instead of 8, which queue behind the browser's six connections per host and delay
 * MapLibre's own chunk. Lazy parts then import what they share from 'app', which is always loaded
 * before them.
 */
export function firstViewChunk(): (id: string, ctx: { getModuleInfo: GetModuleInfo }) => string | null {
  let firstView: Set<string> | null = null;
  const find = (from: string, getModuleInfo: GetModuleInfo): Set<string> => {
    // Up to an entry (through any importer), then down from it through static imports only.
    const seen = new Set<string>([from]);
    const up = [from];
    let entry: string | null = null;
    while (up.length > 0 && entry === null) {
      const id = up.pop() as string;
      const info = getModuleInfo(id);
      if (!info) continue;
      if (info.isEntry) entry = id;
      for (const next of [...info.importers, ...info.dynamicImporters]) if (!seen.has(next)) seen.add(next), up.push(next);
    }
    const reached = new Set<string>();
    const down = entry ? [entry] : [];
    while (down.length > 0) {
      const id = down.pop() as string;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const next of getModuleInfo(id)?.importedIds ?? []) down.push(next);
    }
    return reached;
  };
  return (id, ctx) => {
    if (/\.css($|\?)/.test(id)) return null;
    // A method of ctx: called through it (Rolldown binds it to its module cache).
    firstView ??= find(id, (m) => ctx.getModuleInfo(m));
    return firstView.has(id) ? 'app' : null;
  };
}

// base './' so the build runs from any static host path (a CDN folder, GitHub Pages, a USB stick).
export default defineConfig({
  base: './',
  plugins: [preact(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // MapLibre alone is ~1.1 MB minified; it gets its own chunk so it caches apart from our code
    // and the benchmark can report our share separately.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
            { name: firstViewChunk(), priority: 1 },
          ],
        },
      },
    },
  },
  // Workers as ES modules (each is created with `{ type: 'module' }`), so a worker's dynamic
  // import() stays a chunk of its own: the region worker fetches the shapefile reader (shpjs, proj4,
  // fflate: about 50 KB gzip) only for a zip. As classic (iife) workers, Vite inlined it into each.
  worker: { format: 'es' },
  // The preview server sends the policy as a header too, as a real host should (README, Deploying).
  preview: { port: 5173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
