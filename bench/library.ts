/**
 * The package as users get it: the built dist/, rebuilt first (`npm run build`) when it is missing or older than
 * any source file, so that the benchmark always measures the current code as shipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The package's public API that the benchmark uses: the root, report and framework entries (src/, which dist/ is built from). */
export type Library = typeof import('../src/index.js') & typeof import('../src/report/index.js') & typeof import('../src/framework/index.js');

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The built ES module that Node imports for the package's root entry (its "import" condition). */
export const DIST_ENTRY = join(ROOT, 'dist', 'index.js');

function newestModification(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** Whether dist/ is missing or older than src/, framework-data/ or the build's configuration. */
export function buildIsStale(): boolean {
  const outputs = [DIST_ENTRY, join(ROOT, 'dist', 'index.cjs'), join(ROOT, 'dist', 'report.js')];
  if (!outputs.every((path) => existsSync(path))) return true;
  const built = Math.min(...outputs.map((path) => statSync(path).mtimeMs));
  const inputs = ['src', 'framework-data', 'package.json', 'tsup.config.ts', 'tsconfig.json'].map((path) => join(ROOT, path));
  return inputs.some((path) => existsSync(path) && newestModification(path) > built);
}

/** Runs `npm run build` when dist/ is stale; returns whether it did. */
export function ensureBuild(log: (message: string) => void): boolean {
  if (!buildIsStale()) return false;
  log('dist/ is missing or older than the sources: running `npm run build` first…');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}

/** The built report entry (`cancer-alliance-framework/report`). */
export const DIST_REPORT_ENTRY = join(ROOT, 'dist', 'report.js');

/** The built framework entry (`cancer-alliance-framework/framework`). */
export const DIST_FRAMEWORK_ENTRY = join(ROOT, 'dist', 'framework.js');

/**
 * The framework the benchmark measures: the reference framework 1.0.0 (eight themes, 80 items), on which the figures
 * of bench/README.md were measured, so that they stay comparable as the current reference changes.
 */
export const BENCH_FRAMEWORK_VERSION = '1.0.0';

/** Imports the built package: its root, report and framework entries, as one object. */
export async function loadLibrary(): Promise<Library> {
  const [root, report, framework] = await Promise.all([DIST_ENTRY, DIST_REPORT_ENTRY, DIST_FRAMEWORK_ENTRY].map((path) => import(pathToFileURL(path).href) as Promise<object>));
  return { ...framework, ...report, ...root } as Library;
}
