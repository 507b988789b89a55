/**
 * Import cost: how long a fresh Node process takes to import the built package, against importing the modules of
 * its dependencies that it is measured against (its peer: `zod`, `yaml`, `papaparse` and the date-fns functions it
 * uses, each by its own path, as `dist/` imports them), and against starting Node with nothing to import. Each
 * command runs `runs` times, interleaved so that a busy moment of the machine falls on all three alike; the median
 * wall time of each is kept.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './library.js';

/**
 * The peer: the dependency modules the package's built ES modules import, written down as they were when the package
 * was one Node module importing all of them at load (3 December 2026). It stays this set whatever dist/ comes to
 * import, so that the ratio stays comparable: since the 1.0 build Node loads yaml and papaparse only on the first
 * parse, and that saving counts for the package (bench/README.md, import cost). `date-fns/addDays` joined it on 5
 * December 2026, when the programme's dated data began to use it; `date-fns/format` left dist/ the same day (the
 * package writes its days itself, src/internal/day.ts) and stays in the peer, which is fixed.
 */
export const PEER_MODULES: readonly string[] = [
  'date-fns/addDays',
  'date-fns/endOfDay',
  'date-fns/endOfMonth',
  'date-fns/format',
  'date-fns/getMonth',
  'date-fns/getYear',
  'date-fns/isValid',
  'date-fns/parseISO',
  'date-fns/startOfDay',
  'papaparse',
  'yaml',
  'zod',
];

/** An `import … from "name"` (or `export … from`) of a package, at the start of a line of esbuild's output. */
const PACKAGE_IMPORT = /^(?:import|export)\b[^\n]*?\bfrom\s*"([^"./#][^"]*)";?$/gm;

/** Node's built-in modules, which the package may import (the parsers' loaders import `module`). */
const BUILT_IN = /^(?:node:|module$)/;

/**
 * The built files that importing the package never loads: the command line, and the workbook subpath
 * (`cancer-alliance-framework/xlsx`, whose code and fflate no other entry point reaches: test/boundaries.test.ts).
 */
const NOT_IMPORTED = new Set(['cli.js', 'xlsx.js'].map((name) => join(ROOT, 'dist', name)));

/** The packages and package paths the built ES modules import (the command line's and the workbooks' aside), sorted. */
export function dependencyImports(): readonly string[] {
  const found = new Set<string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js') && !NOT_IMPORTED.has(path)) {
        for (const match of readFileSync(path, 'utf8').matchAll(PACKAGE_IMPORT)) if (!BUILT_IN.test(match[1]!)) found.add(match[1]!);
      }
    }
  };
  walk(join(ROOT, 'dist'));
  return [...found].sort();
}

/**
 * The peer, checked against dist/: a dependency module that the package imports and the peer does not would make
 * the comparison unfair to the peer, so it stops the run until the peer's definition is decided again.
 */
export function peerModules(): readonly string[] {
  const extra = dependencyImports().filter((specifier) => !PEER_MODULES.includes(specifier));
  if (extra.length > 0) throw new Error(`dist/ imports ${extra.join(', ')}, which the import-cost peer (PEER_MODULES) leaves out`);
  return PEER_MODULES;
}

/** The three commands, run with the repository as the working folder (the package imports itself by its name). */
export function importCommands(): { readonly bare: string; readonly dependencies: string; readonly package: string } {
  return {
    bare: '',
    dependencies: `Promise.all([${peerModules()
      .map((specifier) => `import('${specifier}')`)
      .join(', ')}])`,
    package: "import('cancer-alliance-framework')",
  };
}

/** The median wall time of each command, in milliseconds. */
export type ImportTimes = Record<keyof ReturnType<typeof importCommands>, number>;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function timeOnce(code: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`node -e "${code}" failed: ${result.stderr}`);
  return elapsed;
}

/** Times the three commands; the first run of each warms the file system cache and is not counted. */
export function measureImportCost(runs: number): ImportTimes {
  const commands = importCommands();
  const names = Object.keys(commands) as (keyof ImportTimes)[];
  for (const name of names) timeOnce(commands[name]);
  const times: Record<string, number[]> = { bare: [], dependencies: [], package: [] };
  for (let run = 0; run < runs; run++) {
    for (const name of names) times[name]!.push(timeOnce(commands[name]));
  }
  return { bare: median(times['bare']!), dependencies: median(times['dependencies']!), package: median(times['package']!) };
}
