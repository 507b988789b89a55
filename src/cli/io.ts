/**
 * Everything the command-line interface does to the outside world, in one interface, so that tests can run
 * the CLI in memory (test/cli/memory-io.ts) and src/cli/node-io.ts can run it on the real file system.
 */
export interface CliIo {
  /**
   * Reads a UTF-8 text file. Throws when it cannot be read, and `NotUtf8Error` (src/cli/utf8.ts) when its bytes
   * are not UTF-8.
   */
  readonly readText: (path: string) => string;
  /** Writes a UTF-8 text file, replacing it. Throws when it cannot be written. */
  readonly writeText: (path: string, text: string) => void;
  /** Makes a directory and its parents; does nothing when it exists. Throws when it cannot be made. */
  readonly makeDir: (path: string) => void;
  /** Whether a file or directory exists at the path. */
  readonly exists: (path: string) => boolean;
  /** Writes text to standard output, as given (the CLI ends its lines with `\n`). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error, as given. */
  readonly stderr: (text: string) => void;
  /** The current time in milliseconds since 1970 (`Date.now()`); used for timing and for today's date. */
  readonly now: () => number;
}

/** The exit codes of the CLI, documented in docs/cli.md. */
export const EXIT = Object.freeze({
  /** Success. */
  ok: 0,
  /** Invalid input data: the framework, answers or outcomes have problems (each is printed with its place). */
  invalidData: 1,
  /** A usage error: unknown command, unknown flag, missing or extra argument. */
  usage: 2,
  /** An input file does not exist or cannot be read. */
  unreadable: 3,
  /** The output cannot be written. */
  unwritable: 4,
  /** A bug: an unexpected error inside the CLI (only set by main.ts). */
  internal: 70,
} as const);

/** Joins path segments with `/` (accepted by Node on every platform), without doubling separators. */
export function joinPath(...segments: readonly string[]): string {
  return segments
    .filter((segment) => segment !== '')
    .map((segment, index) => (index === 0 ? segment.replace(/[\\/]+$/, '') : segment.replace(/^[\\/]+|[\\/]+$/g, '')))
    .join('/');
}

/** The last segment of a path, e.g. `answers.csv` for `data/answers.csv`. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? path;
}
