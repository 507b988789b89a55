// The other Node.js versions that the smoke test (.ci/smoke.mjs) runs the package under, from the npm registry: the
// packages node-<platform>-<arch> (what the `node` package installs) hold Node's own build for each version. The first
// run fetches each with `npm pack` (about 52 MB each, npm's cache keeps the tarball) and keeps only its `node`
// executable, in node_modules/.cache/ (`npm ci` clears it with the rest of node_modules; the next run unpacks it again
// from npm's cache, without the network); later runs reuse it.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The versions, besides the one running the test: the newest of Node 22 and 24 on the registry when last set. */
export const SMOKE_NODE_VERSIONS = ['22.23.5', '24.22.3'] as const;

const run = promisify(execFile);
const cacheRoot = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));

/** The registry package that holds Node's build for this machine (the names the `node` package uses). */
function packageName(): string {
  if (process.platform !== 'linux' && process.platform !== 'darwin') {
    throw new Error(`nodeBinary: the smoke test fetches Node for Linux and macOS only, and this is ${process.platform}`);
  }
  return `${process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node'}-${process.platform}-${process.arch}`;
}

/**
 * The path of the `node` executable of `version` (e.g. '22.23.5'), fetched from the registry on first use and kept in
 * node_modules/.cache/node-<version>/. Each run fetches into a folder of its own and renames it into place, so that
 * two runs at once never see half a download.
 */
export async function nodeBinary(version: string): Promise<string> {
  const name = packageName();
  const folder = join(cacheRoot, `${name}-${version}`);
  const node = join(folder, 'bin', 'node');
  if (existsSync(node)) return node;

  const partial = `${folder}.partial-${String(process.pid)}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    const { stdout } = await run('npm', ['pack', `${name}@${version}`, '--json', '--prefer-offline', '--ignore-scripts', '--pack-destination', partial], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as [{ filename: string }];
    const tarball = join(partial, packed.filename);
    await run('tar', ['-xzf', tarball, '-C', partial, '--strip-components=1', 'package/bin/node']);
    rmSync(tarball);
    const { stdout: shown } = await run(join(partial, 'bin', 'node'), ['--version']);
    if (shown.trim() !== `v${version}`) throw new Error(`nodeBinary: ${name}@${version} holds Node ${shown.trim()}`);
    try {
      renameSync(partial, folder);
    } catch (error) {
      // Another run put it in place first: use that one.
      if (!existsSync(node)) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return node;
}
