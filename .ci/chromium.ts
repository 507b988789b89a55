// The Chromium that the tests drive (test/cli/browser.test.ts and the smoke test, .ci/smoke.mjs), from the npm
// registry like every other tool: the dev dependency @sparticuz/chromium ships a headless Chromium for Linux x64 inside
// its package, brotli-compressed, with the libraries it needs beyond the C library (NSS, NSPR, expat) and a font. The
// first launch unpacks it into node_modules/.cache/ (about 2 s; `npm ci` clears it with the rest of node_modules), and
// later launches reuse it. Nothing is read from the machine but the C library: not /usr/bin/chromium, not the
// machine's NSS, not its fonts, so that the browser tests see the same browser and the same font everywhere.
// CHROMIUM_PATH names another Chromium instead (on macOS, say, where the packaged one does not run).
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

/** The flags every launch takes: headless, no sandbox (tests run as root in CI), nothing that reaches the network. */
const FLAGS = ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The packaged browser draws through SwiftShader, the software GL it ships: with `--disable-gpu` instead, a full-page
 * screenshot of a long report (28,000 px) failed one time in three ("Unable to capture screenshot"); with these, never
 * in 24 runs. Another Chromium (CHROMIUM_PATH) takes `--disable-gpu`, as it did before.
 */
const PACKAGED_FLAGS = [...FLAGS, '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const PACKAGE = '@sparticuz/chromium';
const run = promisify(execFile);
const require = createRequire(import.meta.url);
const cacheRoot = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));

/** The unpacked browser: its executable, and the environment it runs in. */
interface Unpacked {
  readonly executablePath: string;
  readonly env: Readonly<Record<string, string>>;
}

/** Unpacks a brotli-compressed file (`.br`) to `target`, or a compressed tar (`.tar.br`) into the folder `target`. */
async function unpack(source: string, target: string, tar: boolean): Promise<void> {
  const file = tar ? `${target}/${basename(source, '.br')}` : target;
  await pipeline(createReadStream(source), createBrotliDecompress({ chunkSize: 2 ** 21 }), createWriteStream(file, { mode: 0o755 }));
  if (tar) {
    await run('tar', ['-x', '-f', file, '-C', target]);
    rmSync(file);
  }
}

/**
 * The packaged Chromium, unpacked on first use into node_modules/.cache/chromium-<version>/ (the browser, its
 * libraries in lib/, its font in fonts/ with a fontconfig file of ours), then reused. Each run unpacks into a folder
 * of its own and renames it into place, so that two runs at once never see half a browser.
 */
async function unpackChromium(): Promise<Unpacked> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `unpackChromium: ${PACKAGE} ships a Chromium for Linux x64 only, and this is ${process.platform} ${process.arch}; set CHROMIUM_PATH to a Chromium or Chrome to run the browser tests here`,
    );
  }
  const packageRoot = join(dirname(require.resolve('@sparticuz/chromium')), '..');
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  const folder = join(cacheRoot, `chromium-${version}`);
  const unpacked: Unpacked = {
    executablePath: join(folder, 'chromium'),
    env: { LD_LIBRARY_PATH: join(folder, 'lib'), FONTCONFIG_FILE: join(folder, 'fonts.conf') },
  };
  if (existsSync(unpacked.executablePath)) return unpacked;

  const partial = `${folder}.partial-${String(process.pid)}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    const bin = join(packageRoot, 'bin');
    await Promise.all([
      unpack(join(bin, 'chromium.br'), join(partial, 'chromium'), false),
      unpack(join(bin, 'al2023.tar.br'), partial, true),
      unpack(join(bin, 'fonts.tar.br'), partial, true),
      // SwiftShader's libraries, beside the browser, where it looks for them.
      unpack(join(bin, 'swiftshader.tar.br'), partial, true),
    ]);
    // The package's fontconfig file names Lambda's folders; ours names the unpacked font alone, and a cache in the folder.
    writeFileSync(
      join(partial, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(folder, 'fonts')}</dir>\n  <cachedir>${join(folder, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(partial, folder);
    } catch (error) {
      // Another run put it in place first: use that one.
      if (!existsSync(unpacked.executablePath)) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return unpacked;
}

/**
 * Launches headless Chromium for a test: CHROMIUM_PATH when it is set, otherwise the one @sparticuz/chromium ships
 * (unpacked on first use). Several pages and contexts may be open at once.
 */
export async function launchChromium(): Promise<Browser> {
  const chosen = process.env['CHROMIUM_PATH'];
  if (chosen !== undefined && chosen !== '') {
    if (!existsSync(chosen)) throw new Error(`launchChromium: CHROMIUM_PATH is ${chosen}, which does not exist; unset it to use the Chromium of ${PACKAGE}`);
    return chromium.launch({ executablePath: chosen, args: [...FLAGS, '--disable-gpu'] });
  }
  const { executablePath, env } = await unpackChromium();
  return chromium.launch({ executablePath, args: PACKAGED_FLAGS, env: { ...process.env, ...env } });
}
