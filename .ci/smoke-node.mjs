// Imports the built package by its name from ESM and from CJS, and checks that the reference framework loads.
// Run by .ci/smoke.mjs under each Node version.
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const esm = await import('cancer-alliance-framework');
const cjs = createRequire(import.meta.url)('cancer-alliance-framework');

for (const [name, lib] of [['ESM', esm], ['CJS', cjs]]) {
  const framework = lib.effectiveCancerAllianceFramework;
  assert.equal(framework.themes.length, 8, `${name}: the reference framework has 8 themes`);
  assert.ok(Object.isFrozen(framework.themes[0]), `${name}: the reference framework is frozen`);
  assert.equal(typeof lib.parseFramework, 'function', `${name}: parseFramework is exported`);
  assert.equal(lib.findItem(framework, 'T1.C1').kind, 'condition');
}
assert.notEqual(esm.FrameworkError, undefined);

// Node takes the one-file ES module (the "node" condition); bundlers take the per-module files. Both export the same.
assert.match(import.meta.resolve('cancer-alliance-framework'), /\/dist\/index\.node\.js$/, 'Node imports dist/index.node.js');
const files = await import('../dist/index.js');
assert.deepEqual(Object.keys(esm).sort(), Object.keys(files).sort(), 'dist/index.node.js and dist/index.js export the same names');
assert.deepEqual(Object.keys(esm).sort(), Object.keys(cjs).sort(), 'the ES module and CommonJS export the same names');
process.stdout.write(`smoke: Node ${process.version}: ESM and CJS imports work\n`);
