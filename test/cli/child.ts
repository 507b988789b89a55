import { spawn, type StdioOptions } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles the command from src/cli/main.ts (and the library from src/, through tsconfig.json's paths) into one file
 * in `folder`, so that each run in a child process starts in a tenth of a second instead of compiling TypeScript.
 * It is the source as it is now: no build of dist/ is needed, and none can be stale.
 */
export async function bundleCli(folder: string): Promise<string> {
  const outfile = join(folder, 'cli.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    // yaml is CommonJS and requires Node built-ins; an ES module has no `require` of its own.
    banner: { js: "import { createRequire as __cafRequire } from 'node:module'; const require = __cafRequire(import.meta.url);" },
  });
  return outfile;
}

/** How a child run ended. */
export interface Ended {
  /** The exit code, or null when a signal ended it. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Standard output and standard error, when they were pipes read by the test. */
  readonly stdout: string;
  readonly stderr: string;
  /** From the spawn to the end, in milliseconds. */
  readonly ms: number;
}

export interface RunOptions {
  /** The child's stdin, stdout and stderr: 'pipe' (read by the test), 'ignore', or a file descriptor. Default all 'pipe'. */
  readonly stdio?: StdioOptions;
  readonly cwd?: string;
  /** Called with each chunk of standard error as it arrives, and the child (to signal it). */
  readonly onStderr?: (text: string, child: ReturnType<typeof spawn>) => void;
  /** Called once the child is spawned (e.g. to close the pipe of its standard output, or to feed its standard input). */
  readonly onSpawn?: (child: ReturnType<typeof spawn>) => void;
  /** The program and arguments before the CLI's arguments; default `node <cli>`. */
  readonly command?: readonly string[];
}

/** Runs the bundled CLI in a child process, with a wall clock; resolves when it has ended and its pipes are closed. */
export function runChild(cli: string, args: readonly string[], options: RunOptions = {}): Promise<Ended> {
  const [program, ...before] = options.command ?? [process.execPath, cli];
  const started = performance.now();
  const child = spawn(program!, [...before, ...args], { cwd: options.cwd ?? root, stdio: options.stdio ?? 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
    options.onStderr?.(text, child);
  });
  options.onSpawn?.(child);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
  });
}
