import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The tests' configuration. It lives in .ci/ so that the top level keeps to the design card; run the tests with
// `npm run test:unit` (add paths after `--` to run some: `npm run test:unit -- test/framework`).
export default defineConfig({
  // Examples and docs import the package by its name: in tests that name is the source.
  resolve: {
    alias: [
      { find: /^cancer-alliance-framework$/, replacement: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
      { find: /^cancer-alliance-framework\/(\w+)$/, replacement: fileURLToPath(new URL('../src/$1/index.ts', import.meta.url)) },
      // The package's import map (package.json "imports") points at dist/; in tests the parsers are imported as usual.
      { find: /^#parsers\/(\w+)$/, replacement: fileURLToPath(new URL('../src/internal/parsers/$1.ts', import.meta.url)) },
    ],
  },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    onConsoleLog: () => false,
    setupFiles: [fileURLToPath(new URL('../test/setup.ts', import.meta.url))],
    // A test that makes no assertion fails ("expected any number of assertion, but got none"): a test that only
    // runs code, or asserts in a callback that never runs, would otherwise pass without showing anything.
    expect: { requireAssertions: true },
    env: { TZ: 'Europe/London' },
  },
});
