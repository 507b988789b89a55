import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples and docs import the package by its name: in tests that name is the source.
  resolve: { alias: { 'cancer-alliance-framework': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    onConsoleLog: () => false,
    setupFiles: ['test/setup.ts'],
    env: { TZ: 'Europe/London' },
  },
});
