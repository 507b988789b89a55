// Holds the published package to its budgets in .ci/pack-budget.json: the tarball's size, its size unpacked and its
// number of files, as `npm pack --dry-run --json` reports them, and only dist/, src/ (the sources the source maps
// point into), framework-data/, the guides (docs/*.md) and npm's own files in it; every source a map names must be in
// the package. Run after `npm run build` (npm run size runs it after size-limit).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const budget = JSON.parse(readFileSync(new URL('./pack-budget.json', import.meta.url), 'utf8'));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));

const kinds = {};
for (const file of pack.files) {
  const kind = file.path.endsWith('.map') ? 'source maps' : /\.d\.c?ts$/.test(file.path) ? 'declarations' : file.path.startsWith('dist/') ? 'code' : file.path.split('/')[0];
  kinds[kind] = (kinds[kind] ?? 0) + file.size;
}
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const checks = [
  ['packed', pack.size, budget.size, kb],
  ['unpacked', pack.unpackedSize, budget.unpackedSize, kb],
  ['files', pack.entryCount, budget.files, String],
];
const strays = pack.files
  .map((file) => file.path)
  .filter((path) => !/^(dist|src|framework-data)\/|^docs\/[^/]+\.md$|^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(path));
const packed = new Set(pack.files.map((file) => file.path));
/** Sources named by a map that are not in the package: a stack trace or a debugger would lead nowhere. */
const unmapped = pack.files
  .filter((file) => file.path.endsWith('.map'))
  .flatMap((file) => JSON.parse(readFileSync(file.path, 'utf8')).sources.map((source) => normalize(join(dirname(file.path), source))))
  .filter((source) => !packed.has(source));

let failed = strays.length > 0 || unmapped.length > 0;
for (const [name, value, limit, show] of checks) {
  const ok = value <= limit;
  failed ||= !ok;
  process.stdout.write(`  ${name}: ${show(value)} (budget ${show(limit)}) ${ok ? 'ok' : 'OVER BUDGET'}\n`);
}
process.stdout.write(
  `  unpacked by kind: ${Object.entries(kinds)
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ')}\n`,
);
if (strays.length > 0) process.stdout.write(`  files outside dist/, src/, framework-data/ and docs/*.md: ${strays.join(', ')}\n`);
if (unmapped.length > 0) process.stdout.write(`  sources named by source maps but not in the package: ${[...new Set(unmapped)].join(', ')}\n`);
if (failed) {
  process.stderr.write('pack-size: the package is over its budget (.ci/pack-budget.json): shrink it, or raise the budget in the same commit and say why\n');
  process.exit(1);
}
