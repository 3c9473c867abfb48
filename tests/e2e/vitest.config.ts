import { defineConfig } from 'vitest/config';

// Browser tests: run against the production build (dist/) served by `vite preview`, one file at a
// time, because software WebGL (SwiftShader) keeps both cores busy.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
