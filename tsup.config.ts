import { defineConfig } from 'tsup';

/** The package's entry points: `exports` subpath → source (docs/api.md). */
const entries = {
  index: 'src/index.ts',
  framework: 'src/framework/index.ts',
  programme: 'src/programme/index.ts',
  assessment: 'src/assessment/index.ts',
  analysis: 'src/analysis/index.ts',
  report: 'src/report/index.ts',
  xlsx: 'src/xlsx/index.ts',
  surveyjs: 'src/surveyjs/index.ts',
  schemas: 'src/schemas/index.ts',
};

/** The parsers' loaders, reached through the package's import map (`#parsers/*`): never bundled into the code above. */
const parsers = /^#parsers\//;

/** Quiet: tsup lists every file it writes (about 200 lines); errors are still shown. */
const silent = true;

/**
 * Source maps point into src/, which the package ships once, instead of carrying a copy of every source inside each
 * map (`sourcesContent`): one copy of the sources rather than three (ESM, CommonJS, the CLI); .ci/pack-size.mjs checks
 * that every map's sources are in the package.
 */
const esbuildOptions = (options: { sourcesContent?: boolean }) => {
  options.sourcesContent = false;
};

export default defineConfig([
  {
    // The library as ES modules: each entry point a file of its own, and the code that entries share in chunks, so
    // that each module of src/ is shipped once per format; source maps into src/.
    entry: entries,
    format: ['esm'],
    splitting: true,
    external: [parsers],
    dts: true,
    sourcemap: true,
    esbuildOptions,
    clean: true,
    target: 'es2022',
    silent,
  },
  {
    // The same as CommonJS, with no source maps: tsup makes split CommonJS by converting an ES module build, and the
    // maps of that step point at the intermediate files (an absolute path of the machine that built it), not at src/.
    entry: entries,
    format: ['cjs'],
    splitting: true,
    external: [parsers],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    silent,
  },
  {
    // The loader of yaml as ES modules: an ordinary import for bundlers and browsers, a load on first
    // use for Node (src/internal/parsers/contract.ts; package.json "imports" chooses between them).
    entry: {
      'parsers/yaml': 'src/internal/parsers/yaml.ts',
      'parsers/yaml.node': 'src/internal/parsers/yaml.node.ts',
    },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    esbuildOptions,
    clean: false,
    target: 'es2022',
    silent,
  },
  {
    // The same loader for CommonJS: a `require` on first use, which Node and bundlers both follow.
    entry: { 'parsers/yaml': 'src/internal/parsers/yaml.cjs.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: true,
    esbuildOptions,
    clean: false,
    target: 'es2022',
    silent,
  },
  {
    // The command line: Node only, ESM, no declarations (it is not imported). It imports the library by the
    // package's own name, so that the code above is not shipped a second time inside it.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    external: [/^cancer-alliance-framework(\/|$)/],
    dts: false,
    sourcemap: true,
    esbuildOptions,
    clean: false,
    target: 'node20',
    platform: 'node',
    silent,
  },
]);
