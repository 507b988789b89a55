// Imports every entry point of the installed package by its name, from ESM and from CJS (.ci/smoke.mjs installs the
// packed package into a scratch project, copies this file and smoke-calls.mjs there, and runs it under Node 20, 22
// and 24).
// Each entry exports the same names both ways and something at all; one real call per entry works both ways; and
// importing loads neither parser library, which Node loads on the first parse (package.json "imports").
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ENTRIES, checkEntries } from './smoke-calls.mjs';

const require = createRequire(import.meta.url);
const specifier = (entry) => (entry === '.' ? 'cancer-alliance-framework' : `cancer-alliance-framework/${entry.slice(2)}`);
const parsersLoaded = () => Object.keys(require.cache).filter((path) => /[\\/]node_modules[\\/](yaml|papaparse)[\\/]/.test(path)).length;

const esm = {};
const cjs = {};
for (const entry of ENTRIES) {
  esm[entry] = await import(specifier(entry));
  cjs[entry] = require(specifier(entry));
}
assert.match(import.meta.resolve('cancer-alliance-framework'), /\/node_modules\/cancer-alliance-framework\/dist\/index\.js$/, 'ESM takes dist/index.js');
assert.match(pathToFileURL(require.resolve('cancer-alliance-framework')).href, /\/node_modules\/cancer-alliance-framework\/dist\/index\.cjs$/, 'CJS takes dist/index.cjs');
assert.equal(parsersLoaded(), 0, 'importing the package (every entry, ESM and CJS) does not load yaml');

for (const [format, modules] of [
  ['ESM', esm],
  ['CJS', cjs],
]) {
  const { problems } = checkEntries(modules);
  assert.deepEqual(problems, [], `${format}: ${problems.join('; ')}`);
}
for (const entry of ENTRIES) {
  assert.deepEqual(Object.keys(esm[entry]).sort(), Object.keys(cjs[entry]).sort(), `${entry}: ESM and CJS export the same names`);
}
// The root re-exports names of the subpaths: the same values, in each format (docs/api.md).
for (const modules of [esm, cjs]) {
  for (const entry of ENTRIES.slice(1)) {
    for (const name of Object.keys(modules['.']).filter((key) => key in modules[entry])) {
      assert.equal(modules['.'][name], modules[entry][name], `${name} of the root is ${name} of ${entry}`);
    }
  }
}
// A framework given as YAML text loads the YAML parser on first use (JSON text goes to the package's own JSON reader,
// CSV to its own splitter, so the calls above may load none).
cjs['.'].safeParseFramework('id: smoke\n');
assert.ok(parsersLoaded() > 0, 'parsing YAML loaded the parser');
// The names, for the browser bundle's check (.ci/smoke.mjs).
if (process.env.SMOKE_NAMES_FILE) writeFileSync(process.env.SMOKE_NAMES_FILE, JSON.stringify(Object.fromEntries(ENTRIES.map((entry) => [entry, Object.keys(esm[entry]).sort()]))));
const counts = ENTRIES.map((entry) => `${entry} ${Object.keys(esm[entry]).length}`).join(', ');
process.stdout.write(`smoke: Node ${process.version}: every entry from ESM and CJS, the same names (${counts}), one call each; parsers loaded on first parse\n`);
