import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library as ES modules, one file per source module, so that a bundler keeps only what is imported
    // ("sideEffects": false): importing scoreAssessments alone brings in neither the YAML nor the CSV parser.
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
  },
  {
    // Node's entry (the "node" condition of "import"): the library as one ES module, which Node loads in a fraction of
    // the time it takes to resolve, read and link the files above one by one (bench/README.md, import cost). Its
    // types are the files' (.d.ts); bundlers for the browser take the files, so that they keep only what is imported.
    entry: { 'index.node': 'src/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
  {
    // The library as one CommonJS file, with its own declarations (.d.cts).
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
  {
    // The command line: Node only, ESM, no declarations (it is not imported).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
]);
