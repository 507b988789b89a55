import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The vitest config Stryker uses (see .ci/stryker.config.json and docs/testing.md): only the tests of
// the code being mutated, no type tests (typecheck off: a mutant never changes a type test's verdict and
// tsc per mutant is far too slow), and the same setup file, so a test that logs still fails.
// Everything else (the package's name resolved to the source, the setup file, the time zone) is .ci/vitest.config.ts's.
// Spread, not mergeConfig, which would add the include lists together.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/analysis/**/*.test.ts', 'test/assessment/score*.test.ts', 'test/assessment/stream.test.ts', 'test/assessment/grid.test.ts'],
    typecheck: { enabled: false },
  },
});
