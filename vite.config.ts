import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// base './' so the build runs from any static host path (a CDN folder, GitHub Pages, a USB stick).
export default defineConfig({
  base: './',
  plugins: [preact()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 5173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
