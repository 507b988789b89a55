/**
 * Import cost: how long a fresh Node process takes to import the built package, against importing only its four
 * dependencies, and against starting Node with nothing to import. Each command runs `runs` times, interleaved so
 * that a busy moment of the machine falls on all three alike; the median wall time of each is kept.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './library.js';

/** The three commands, run with the repository as the working folder (the package imports itself by its name). */
export const IMPORT_COMMANDS = {
  bare: '',
  dependencies: "Promise.all([import('zod'), import('yaml'), import('date-fns'), import('papaparse')])",
  package: "import('cancer-alliance-framework')",
} as const;

/** The median wall time of each command, in milliseconds. */
export type ImportTimes = Record<keyof typeof IMPORT_COMMANDS, number>;

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
  const names = Object.keys(IMPORT_COMMANDS) as (keyof typeof IMPORT_COMMANDS)[];
  for (const name of names) timeOnce(IMPORT_COMMANDS[name]);
  const times: Record<string, number[]> = { bare: [], dependencies: [], package: [] };
  for (let run = 0; run < runs; run++) {
    for (const name of names) times[name]!.push(timeOnce(IMPORT_COMMANDS[name]));
  }
  return { bare: median(times['bare']!), dependencies: median(times['dependencies']!), package: median(times['package']!) };
}
