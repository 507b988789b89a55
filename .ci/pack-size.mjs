// Holds the published package to its budgets in .ci/pack-budget.json: the tarball's size, its size unpacked and its
// number of files, as `npm pack --dry-run --json` reports them, and only dist/, framework-data/, the guides
// (docs/*.md) and npm's own files in it. Run after `npm run build` (npm run size runs it after size-limit).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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
const strays = pack.files.map((file) => file.path).filter((path) => !/^(dist|framework-data)\/|^docs\/[^/]+\.md$|^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(path));

let failed = strays.length > 0;
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
if (strays.length > 0) process.stdout.write(`  files outside dist/, framework-data/ and docs/*.md: ${strays.join(', ')}\n`);
if (failed) {
  process.stderr.write('pack-size: the package is over its budget (.ci/pack-budget.json): shrink it, or raise the budget in the same commit and say why\n');
  process.exit(1);
}
