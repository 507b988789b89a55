// The smoke test of the built package: imports it from ESM and CJS under Node 20 (this one), 22 and 24, and
// from a browser bundle run in headless Chromium. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

run(process.execPath, ['.ci/smoke-node.mjs']);
for (const version of ['22', '24']) run('npx', ['-y', `node@${version}`, '.ci/smoke-node.mjs']);

// A browser bundle: esbuild resolves the package's "browser"/"import" conditions and fails on any Node built-in.
const dir = mkdtempSync(join(tmpdir(), 'caf-smoke-'));
try {
  const result = await build({
    stdin: {
      contents: `
        import { effectiveCancerAllianceFramework, parseFramework, findItem } from 'cancer-alliance-framework';
        const reparsed = parseFramework(JSON.stringify(effectiveCancerAllianceFramework));
        window.smoke = {
          themes: effectiveCancerAllianceFramework.themes.length,
          frozen: Object.isFrozen(effectiveCancerAllianceFramework),
          reparsed: reparsed.themes.length,
          kind: findItem(effectiveCancerAllianceFramework, 'T1.E1').kind,
        };`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><title>smoke</title>');
    await page.addScriptTag({ content: code });
    const smoke = await page.evaluate(() => window.smoke);
    if (errors.length > 0 || !smoke || smoke.themes !== 8 || !smoke.frozen || smoke.reparsed !== 8 || smoke.kind !== 'enabler') {
      throw new Error(`smoke: the browser bundle failed: ${JSON.stringify({ smoke, errors })}`);
    }
    process.stdout.write(`smoke: browser bundle (${Math.round(code.length / 1024)} KiB) runs in Chromium\n`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
