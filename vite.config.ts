import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// base './' so the build runs from any static host path (a CDN folder, GitHub Pages, a USB stick).
export default defineConfig({
  base: './',
  plugins: [preact()],
  build: {
    target: 'es2022',
    // MapLibre alone is ~1.1 MB minified; it gets its own chunk so it caches apart from our code
    // and the benchmark can report our share separately.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  preview: { port: 5173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
