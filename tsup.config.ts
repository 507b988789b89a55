import { defineConfig } from 'tsup';

/** The package's entry points: `exports` subpath → source (docs/api.md). */
const entries = {
  index: 'src/index.ts',
  framework: 'src/framework/index.ts',
  programme: 'src/programme/index.ts',
  assessment: 'src/assessment/index.ts',
  analysis: 'src/analysis/index.ts',
  report: 'src/report/index.ts',
  schemas: 'src/schemas/index.ts',
};

export default defineConfig([
  {
    // The library, once as ES modules and once as CommonJS: each entry point a file of its own, and the code that
    // entries share in chunks, so that each module of src/ is shipped once per format.
    entry: entries,
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
  },
  {
    // The command line: Node only, ESM, no declarations (it is not imported). It imports the library by the
    // package's own name, so that the code above is not shipped a second time inside it.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    external: [/^cancer-alliance-framework(\/|$)/],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
]);
