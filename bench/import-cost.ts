/**
 * Import cost: how long a fresh Node process takes to import the built package, against importing only the modules
 * of its dependencies that it imports (`zod`, `yaml`, `papaparse` and the date-fns functions it uses, each by its
 * own path, as `dist/` imports them), and against starting Node with nothing to import. Each command runs `runs`
 * times, interleaved so that a busy moment of the machine falls on all three alike; the median wall time of each is
 * kept.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './library.js';

/** An `import … from "name"` (or `export … from`) of a package, at the start of a line of esbuild's output. */
const PACKAGE_IMPORT = /^(?:import|export)\b[^\n]*?\bfrom\s*"([^"./][^"]*)";?$/gm;

/** The packages and package paths the built ES modules import (the command line's own file aside), sorted. */
export function dependencyImports(): readonly string[] {
  const found = new Set<string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js') && path !== join(ROOT, 'dist', 'cli.js')) {
        for (const match of readFileSync(path, 'utf8').matchAll(PACKAGE_IMPORT)) found.add(match[1]!);
      }
    }
  };
  walk(join(ROOT, 'dist'));
  const dependencies = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: object }).dependencies);
  const imports = [...found].sort();
  for (const name of dependencies) {
    if (!imports.some((specifier) => specifier === name || specifier.startsWith(`${name}/`))) throw new Error(`dist/ never imports the dependency ${name}`);
  }
  return imports;
}

/** The three commands, run with the repository as the working folder (the package imports itself by its name). */
export function importCommands(): { readonly bare: string; readonly dependencies: string; readonly package: string } {
  return {
    bare: '',
    dependencies: `Promise.all([${dependencyImports()
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
