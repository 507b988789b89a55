import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The vitest config Stryker uses (see .ci/stryker.config.json and docs/testing.md): only the tests of
// the code being mutated, no type tests (typecheck off: a mutant never changes a type test's verdict and
// tsc per mutant is far too slow), and the same setup file, so a test that logs still fails.
export default defineConfig({
  // As in .ci/vitest.config.ts: a test that imports the package by its name gets the source.
  resolve: { alias: { 'cancer-alliance-framework': fileURLToPath(new URL('../src/index.ts', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/analysis/**/*.test.ts', 'test/assessment/score*.test.ts', 'test/assessment/stream.test.ts', 'test/assessment/grid.test.ts'],
    typecheck: { enabled: false },
    onConsoleLog: () => false,
    setupFiles: ['test/setup.ts'],
    env: { TZ: 'Europe/London' },
  },
});
