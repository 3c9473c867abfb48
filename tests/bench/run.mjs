// `npm run bench`. Node 20 cannot run TypeScript, so this loads tests/bench/bench.ts through
// Vite's SSR loader, which also compiles the app's own TypeScript and JSON modules it imports.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
process.chdir(root);
const loader = await createServer({
  root,
  appType: 'custom',
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: false, watch: null },
});
try {
  // `node tests/bench/run.mjs profileRegions` runs a diagnosis module of this folder instead.
  const { main } = await loader.ssrLoadModule(`/tests/bench/${process.argv[2] ?? 'bench'}.ts`);
  await main(root);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await loader.close();
}
