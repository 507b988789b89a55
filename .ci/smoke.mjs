// The smoke test of the built package as users get it: `npm pack`, installed into a scratch project's node_modules
// (its dependencies linked from this repository's), then every entry point imported by name from ESM and CJS under
// Node 20 (this one), 22 and 24 (.ci/smoke-node.mjs; the other two fetched from the registry once, .ci/node-binaries.ts),
// and from a browser bundle run in headless Chromium (.ci/chromium.ts). Each entry exports the same names everywhere,
// and one real call per entry works everywhere (.ci/smoke-calls.mjs). Run after `npm run build`, with tsx (which loads
// the two TypeScript helpers): `npm run smoke`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from './chromium.js';
import { SMOKE_NODE_VERSIONS, nodeBinary } from './node-binaries.js';

const root = process.cwd();
const run = (command, args, cwd, env = {}) => execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });

// Node 22 and 24, fetched (the first time) while the package is packed and Node 20 runs.
const otherNodes = Promise.all(SMOKE_NODE_VERSIONS.map((version) => nodeBinary(version)));
const project = mkdtempSync(join(tmpdir(), 'caf-smoke-'));
try {
  // The package as published, installed by hand (no registry): the tarball unpacked into node_modules, and the
  // dependencies linked to the ones this repository installed.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  const installed = join(project, 'node_modules', 'cancer-alliance-framework');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(project, packed.filename), '-C', installed, '--strip-components=1']);
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const name of Object.keys(dependencies)) symlinkSync(realpathSync(join(root, 'node_modules', name)), join(project, 'node_modules', name), 'dir');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'caf-smoke', private: true, type: 'module' }));
  for (const file of ['smoke-node.mjs', 'smoke-calls.mjs']) copyFileSync(join(root, '.ci', file), join(project, file));

  const names = join(project, 'names.json');
  run(process.execPath, ['smoke-node.mjs'], project, { SMOKE_NAMES_FILE: names });
  for (const node of await otherNodes) run(node, ['smoke-node.mjs'], project);

  // A browser bundle of every entry point: esbuild takes the "browser", "import" and "module" conditions, and fails on
  // any Node built-in. A warning (about the package's files) fails the test too: users would see it.
  const result = await build({
    stdin: {
      contents: `
        import * as root from 'cancer-alliance-framework';
        import * as framework from 'cancer-alliance-framework/framework';
        import * as programme from 'cancer-alliance-framework/programme';
        import * as assessment from 'cancer-alliance-framework/assessment';
        import * as analysis from 'cancer-alliance-framework/analysis';
        import * as report from 'cancer-alliance-framework/report';
        import * as xlsx from 'cancer-alliance-framework/xlsx';
        import * as surveyjs from 'cancer-alliance-framework/surveyjs';
        import * as schemas from 'cancer-alliance-framework/schemas';
        import { checkEntries } from './smoke-calls.mjs';
        window.smoke = checkEntries({ '.': root, './framework': framework, './programme': programme, './assessment': assessment, './analysis': analysis, './report': report, './xlsx': xlsx, './surveyjs': surveyjs, './schemas': schemas });`,
      resolveDir: project,
      loader: 'js',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) throw new Error(`smoke: the browser bundle warns: ${result.warnings.map((warning) => warning.text).join('; ')}`);
  const code = result.outputFiles[0].text;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><title>smoke</title>');
    await page.addScriptTag({ content: code });
    const smoke = await page.evaluate(() => globalThis.smoke);
    const expected = JSON.parse(readFileSync(names, 'utf8'));
    const differ = Object.keys(expected).filter((entry) => JSON.stringify(smoke?.names?.[entry]) !== JSON.stringify(expected[entry]));
    if (errors.length > 0 || !smoke || smoke.problems.length > 0 || differ.length > 0) {
      throw new Error(`smoke: the browser bundle failed: ${JSON.stringify({ errors, problems: smoke?.problems, namesDifferFromNode: differ })}`);
    }
    process.stdout.write(`smoke: a browser bundle of every entry (${Math.round(code.length / 1024)} KiB) runs in Chromium, with the same names as in Node, one call each\n`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
